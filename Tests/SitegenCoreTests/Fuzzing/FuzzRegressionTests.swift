import Foundation
import FuzzSupport
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Every input a fuzzer found a crash with stays a test (Tests/Fuzz/regressions/).
final class FuzzRegressionTests: XCTestCase {
    func testEveryRegressionInputRendersAndParses() throws {
        let folder = repositoryRoot.appendingPathComponent("Tests/Fuzz/regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names where !name.hasPrefix("site-") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            var diagnostics = DiagnosticBag()
            if let text = String(data: data, encoding: .utf8) {
                let rendered = MarkdownRenderer().render(text, file: "content/a/b/c.md", contentPath: "a/b/c.md", firstLine: 1, diagnostics: &diagnostics)
                XCTAssertFalse(rendered.html.lowercased().contains("<script"), name)
            }
            if let source = SourceText.parse(data, file: "content/a/b/c.md", diagnostics: &diagnostics) {
                _ = FrontMatterDecoder.decode(source, file: "content/a/b/c.md", diagnostics: &diagnostics)
            }
        }
    }

    /// Inputs of the FuzzSite target (`site-*`: six files split at NUL bytes) build without
    /// breaking its rules.
    func testEverySiteRegressionInputKeepsTheBuildsRules() throws {
        let folder = repositoryRoot.appendingPathComponent("Tests/Fuzz/regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("site-") }.sorted()
        XCTAssertFalse(names.isEmpty)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-regression-\(UUID().uuidString)")
        for name in names {
            let outcome = FuzzSiteInput.build(try Data(contentsOf: folder.appendingPathComponent(name)), in: root)
            XCTAssertNil(outcome.brokenRule, name)
        }
    }

    /// Found by FuzzMarkdown: a heading's text lives in the heading node's buffer, so the replaced
    /// heading must outlive rendering. The headings' text must come out whole.
    func testHeadingTextSurvivesHeadingReplacement() {
        var diagnostics = DiagnosticBag()
        let body = String(repeating: "#### Overskrift med [et link](a.md) og *kursiv* tekst\n\n", count: 50)
        let rendered = MarkdownRenderer().render(body, file: "content/a/b/c.md", contentPath: "a/b/c.md", firstLine: 1, diagnostics: &diagnostics)
        XCTAssertEqual(rendered.html.components(separatedBy: "Overskrift med <a href=").count, 51)
        XCTAssertTrue(rendered.html.contains("<em>kursiv</em> tekst</h4>"))
    }
}
