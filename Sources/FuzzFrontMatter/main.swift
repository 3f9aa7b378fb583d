// libFuzzer target: front matter split + YAML + schema validation of one file.
// Built and run by scripts/fuzz.sh (libFuzzer through -sanitize=fuzzer,address).
import Foundation
import FuzzSupport
import SitegenCore

/// The entry point libFuzzer calls with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes = pointer else { return 0 }
    let diagnostics = StageEntryPoints.readFrontMatter(Data(bytes: bytes, count: count), file: "content/a/b/c.md")
    for diagnostic in diagnostics {
        precondition(!diagnostic.message.isEmpty && diagnostic.location.file == "content/a/b/c.md")
    }
    return 0
}

runFuzzer(fuzzFrontMatter)
