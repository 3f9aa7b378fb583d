// libFuzzer target: a whole small site built from fuzzed files in a temporary folder.
// The input is split at NUL bytes into up to six files placed at fixed paths of the layout.
import Foundation
import FuzzSupport
import SitegenCore

private let paths = [
    "content/aarhus/index.md", "content/aarhus/plan/index.md", "content/aarhus/plan/a.md",
    "content/aarhus/plan/b.md", "content/pages/om.md", "sitegen.yml",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSite(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes = pointer else { return 0 }
    let data = Data(bytes: bytes, count: count)
    let parts = data.split(separator: 0, maxSplits: paths.count - 1, omittingEmptySubsequences: false)
    let fm = FileManager.default
    let root = fm.temporaryDirectory.appendingPathComponent("sitegen-fuzz-\(getpid())")
    try? fm.removeItem(at: root)
    defer { try? fm.removeItem(at: root) }
    for (index, part) in parts.enumerated() {
        let url = root.appendingPathComponent(paths[index])
        try? fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(part).write(to: url)
    }
    if parts.count < paths.count {
        try? Data("title: Fuzz\n".utf8).write(to: root.appendingPathComponent("sitegen.yml"))
    }
    var options = BuildOptions(siteDirectory: root)
    options.parallel = false
    let result = SiteBuilder.build(options)
    // Nothing may be written outside output/.
    let entries = Set((try? fm.contentsOfDirectory(atPath: root.path)) ?? [])
    precondition(entries.isSubset(of: ["content", "sitegen.yml", "output"]), "wrote outside output/: \(entries)")
    if result.status != .success {
        precondition(!result.diagnostics.isEmpty, "a failed build must say why")
        precondition(!entries.contains("output"), "a failed build must not leave output/")
    }
    return 0
}

runFuzzer(fuzzSite)
