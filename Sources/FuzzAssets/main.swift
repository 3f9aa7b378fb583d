// libFuzzer target: the filter of files beside the content, above all the check of an SVG
// picture's bytes, which must never crash or hang, and must refuse every picture with a
// script element written out plainly.
import Foundation
import FuzzSupport
import SitegenCore

/// The entry point libFuzzer calls with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAssets(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let pointer else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: pointer, count: count))
    let verdict = StageEntryPoints.checkFileBesideContent(name: "bilde.svg", bytes: bytes)
    let lines = bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    precondition(verdict.line >= 0 && verdict.line <= lines, "line \(verdict.line) of \(lines)")
    let text = String(decoding: bytes, as: UTF8.self).lowercased()
    if text.contains("<script") || text.contains("<foreignobject") {
        precondition(!verdict.publishable, "an SVG with a script or foreignObject was accepted")
    }
    // The first line names the file for the extension rules.
    let name = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }.prefix(80), as: UTF8.self)
    _ = StageEntryPoints.checkFileBesideContent(name: name, bytes: bytes)
    return 0
}

runFuzzer(fuzzAssets)
