// libFuzzer target: Markdown rendering with link and image rewriting.
import Foundation
import FuzzSupport
import SitegenCore

/// The entry point libFuzzer calls with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes = pointer else { return 0 }
    guard let text = String(data: Data(bytes: bytes, count: count), encoding: .utf8) else { return 0 }
    for unsafe in [false, true] {
        let rendered = StageEntryPoints.renderMarkdown(text, allowRawHTML: unsafe, file: "content/a/b/c.md",
                                                       contentPath: "a/b/c.md", pagePath: "a/b/c/index.html")
        let html = rendered.html.lowercased()
        // Unsanitary output is a failure: no script element, no dangerous link scheme.
        precondition(!containsScriptElement(html), "script element in output")
        for scheme in ["javascript:", "vbscript:", "data:text"] {
            precondition(!html.contains("href=\"\(scheme)") && !html.contains("src=\"\(scheme)"), "unsafe \(scheme) link")
        }
        for path in rendered.assetPaths { precondition(!path.split(separator: "/").contains("..")) }
    }
    return 0
}

/// A `<script` start tag: the name followed by a blank, `>` or `/` (`<scriptable>` is another
/// element, which unsafe mode may pass through).
private func containsScriptElement(_ html: String) -> Bool {
    var rest = Substring(html)
    while let range = rest.range(of: "<script") {
        let after = rest[range.upperBound...].first
        if after == nil || after == ">" || after == "/" || after!.isWhitespace { return true }
        rest = rest[range.upperBound...]
    }
    return false
}

runFuzzer(fuzzMarkdown)
