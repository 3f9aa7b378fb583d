import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Where files lie in content/ and what they are called: misplaced and misnamed files,
/// symbolic links, clashes with generated output, and files never published.
final class ContentLayoutValidationTests: XCTestCase {
    func testLayoutRules() throws {
        var files = minimalSiteFiles()
        files["content/stray.md"] = "---\nkind: page\ntitle: A\n---\n"
        files["content/aarhus/note.md"] = "---\nkind: section\ntitle: A\n---\n"
        files["content/aarhus/grundlag/tiltag.md"] = "---\nkind: initiative\ntitle: A\nnumber: 1\nprerequisite: B\n---\n"
        files["content/Høje Taastrup/index.md"] = "---\nkind: municipality\ntitle: A\nname: A\ncountry: dk\n---\n"
        files["content/odense/plan/index.md"] = "---\nkind: framework\ntitle: A\nlabel: B\n---\n"
        files["content/aarhus/grundlag/print.md"] = "---\nkind: section\ntitle: A\n---\n"
        let result = try TemporarySite(files).build()
        XCTAssertEqual(diagnostics(result, code: "misplaced-file").map(\.location.file).sorted(), ["content/aarhus/note.md", "content/stray.md"])
        XCTAssertEqual(diagnostics(result, code: "kind-mismatch").map(\.location.file), ["content/aarhus/grundlag/tiltag.md"])
        let name = try XCTUnwrap(diagnostics(result, code: "invalid-name").first)
        XCTAssertEqual(name.hint, "rename it to 'hoeje-taastrup' (æ→ae, ø→oe, å→aa, spaces → '-')")
        XCTAssertEqual(diagnostics(result, code: "missing-index").map(\.location.file), ["content/odense"])
        XCTAssertEqual(diagnostics(result, code: "reserved-name").map(\.location.file), ["content/aarhus/grundlag/print.md"])
    }

    /// content/pages/index.md is no page of its own name, and a subfolder of pages/ is not a
    /// document to be given an index.md: each gets the one diagnostic that says what is wrong.
    func testMisplacedPagesGetOneClearDiagnosticEach() throws {
        var files = minimalSiteFiles()
        files["content/pages/index.md"] = "---\nkind: page\ntitle: Forside\n---\n"
        files["content/pages/sub/x.md"] = "---\nkind: page\ntitle: X\n---\n"
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.diagnostics.map { "\($0.location.file):\($0.code)" },
                       ["content/pages/index.md:reserved-name", "content/pages/sub/x.md:misplaced-file"])
        XCTAssertEqual(result.diagnostics.first?.message, "a page cannot be called index.md; sitegen makes the front page itself")
    }

    func testSymbolicLinksAreReportedNotFollowed() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try FileManager.default.createSymbolicLink(atPath: site.directory.appendingPathComponent("content/aarhus/loop").path,
                                                   withDestinationPath: site.directory.appendingPathComponent("content").path)
        let result = site.build()
        XCTAssertEqual(diagnostics(result, code: "symlink").map(\.location.file), ["content/aarhus/loop"])
    }

    /// "Plan.MD" or "plan.markdown" is neither read nor published: it is an error that says how
    /// to name it (it was copied to output/ as a file, and its text never became a page).
    func testMarkdownFilesNotNamedDotMdAreErrors() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/Tredje.MD"] = "---\nkind: section\ntitle: Tredje\n---\n"
        files["content/aarhus/grundlag/fjerde.markdown"] = "---\nkind: section\ntitle: Fjerde\n---\n"
        files["content/aarhus/grundlag/noter.txt"] = "tekst"
        let site = try TemporarySite(files)
        let result = site.build()
        XCTAssertEqual(result.status, .contentErrors)
        let problems = diagnostics(result, code: "markdown-extension")
        XCTAssertEqual(problems.map(\.location.file), ["content/aarhus/grundlag/Tredje.MD", "content/aarhus/grundlag/fjerde.markdown"])
        XCTAssertEqual(problems.map { $0.hint ?? "" }, ["rename it to 'tredje.md'", "rename it to 'fjerde.md'"])
        XCTAssertEqual(ContentScanner.markdownBaseName(".md"), nil)
        XCTAssertEqual(ContentScanner.markdownBaseName("a.Md"), "a")
        XCTAssertEqual(ContentScanner.markdownBaseName("model.png"), nil)
    }

    /// A file beside the content whose place under output/ sitegen writes itself is an error:
    /// one of the two was lost without a word.
    func testFilesThatWouldTakeThePlaceOfGeneratedOnesAreErrors() throws {
        var files = minimalSiteFiles()
        let clashes = ["index.html", "404.html", "sitemap.xml", "assets/style.css", "search/index.js",
                       "aarhus/index.html", "aarhus/grundlag/forste/index.html", "aarhus/grundlag/print/index.html"]
        for path in clashes { files["content/" + path] = "<p>min egen</p>" }
        files["content/aarhus/grundlag/grundlag.pdf"] = "%PDF"
        files["content/aarhus/grundlag/model.png"] = "png"
        // A folder named as a page is an error of its own ("page-clash").
        files["content/om/index.html"] = "<p>min egen</p>"
        // Web pages and scripts are published at all only with raw HTML allowed (else each is an `unsafe-file` error).
        let site = try TemporarySite(files, config: "title: Testsite\nlanguage: da\nmarkdown: {unsafe: true}\n")
        let result = site.build()
        XCTAssertEqual(result.status, .contentErrors)
        XCTAssertEqual(diagnostics(result, code: "output-clash").map(\.location.file), clashes.map { "content/" + $0 }.sorted())
        XCTAssertEqual(result.diagnostics.filter { $0.location.file.hasPrefix("content/om") || $0.message.contains("'om'") }.count, 1,
                       result.diagnostics.map { DiagnosticFormatter.format($0, as: .text) }.joined(separator: "\n"))
        // The document's own PDF clashes only when sitegen writes PDFs.
        try site.write("sitegen.yml", "title: Testsite\nlanguage: da\nmarkdown: {unsafe: true}\npdf: true\n")
        let withPDF = site.build(check: true)
        XCTAssertEqual(diagnostics(withPDF, code: "output-clash").count, clashes.count + 1)
        XCTAssertTrue(diagnostics(withPDF, code: "output-clash").contains { $0.location.file == "content/aarhus/grundlag/grundlag.pdf" })
    }

    /// Editors' backups and Office's lock files (which hold a user's name) are never published.
    func testBackupAndLockFilesAreNotPublished() throws {
        var files = minimalSiteFiles()
        for name in ["anden.md~", "#anden.md#", ".anden.md.swp", "anden.md.bak", "anden.md.orig", "~$plan.docx", "Thumbs.db"] {
            files["content/aarhus/grundlag/" + name] = "kopi"
        }
        files["content/aarhus/grundlag/plan.docx"] = "docx"
        let site = try TemporarySite(files)
        XCTAssertEqual(site.build().diagnostics, [])
        let published = try FileManager.default.contentsOfDirectory(atPath: site.directory.appendingPathComponent("output/aarhus/grundlag").path)
        XCTAssertEqual(published.filter { !$0.hasSuffix("index.html") && !["anden", "forste", "print", "vejlederen"].contains($0) }, ["plan.docx"])
        XCTAssertTrue(ContentScanner.isIgnored("~$rapport.docx"))
        XCTAssertFalse(ContentScanner.isIgnored("rapport.docx"))
    }
}
