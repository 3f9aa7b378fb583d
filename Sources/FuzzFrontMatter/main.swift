// libFuzzer target: front matter split + YAML + schema validation of one file.
// Built and run by scripts/fuzz.sh (libFuzzer through -sanitize=fuzzer,address).
import Foundation
import FuzzSupport
import SitegenCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes = pointer else { return 0 }
    var diagnostics = DiagnosticBag()
    let data = Data(bytes: bytes, count: count)
    if let source = SourceText.parse(data, file: "content/a/b/c.md", diagnostics: &diagnostics) {
        _ = FrontMatterDecoder.decode(source, file: "content/a/b/c.md", diagnostics: &diagnostics)
    }
    for diagnostic in diagnostics.items {
        precondition(!diagnostic.message.isEmpty && diagnostic.location.file == "content/a/b/c.md")
    }
    return 0
}

runFuzzer(fuzzFrontMatter)
