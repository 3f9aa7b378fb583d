import XCTest
@testable import SitegenCore

// What the Markdown renderer's tests share.

/// Renders `body` as the body of content/`path`, starting at line 10 of its file.
func render(_ body: String, unsafe: Bool = false, path: String = "a/b/c.md") -> (RenderedMarkdown, [Diagnostic]) {
    var bag = DiagnosticBag()
    let result = MarkdownRenderer(allowRawHTML: unsafe).render(body, file: "content/" + path, contentPath: path, firstLine: 10, diagnostics: &bag)
    return (result, bag.sorted)
}
