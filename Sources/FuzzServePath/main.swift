// libFuzzer target: the request path resolver of `sitegen serve`.
import Foundation
import FuzzSupport
import SitegenServer

private let root: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-fuzz-serve/output")
    try? FileManager.default.createDirectory(at: url.appendingPathComponent("a/b"), withIntermediateDirectories: true)
    try? Data("x".utf8).write(to: url.appendingPathComponent("index.html"))
    try? Data("x".utf8).write(to: url.appendingPathComponent("a/b/index.html"))
    return url.resolvingSymlinksInPath()
}()
private let resolver = RequestPathResolver(root: root)

/// The entry point libFuzzer calls with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzServePath(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes = pointer else { return 0 }
    let target = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    if case .file(let url) = resolver.resolve(target) {
        precondition(url.path.hasPrefix(root.path + "/"), "escaped the root: \(target) → \(url.path)")
    }
    return 0
}

runFuzzer(fuzzServePath)
