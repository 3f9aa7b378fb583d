import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class SiteValidationTests: XCTestCase {
    func testMinimalSiteBuildsWithoutDiagnostics() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let result = site.build()
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.status, .success)
        for path in ["index.html", "aarhus/index.html", "aarhus/grundlag/index.html", "aarhus/grundlag/forste/index.html",
                     "aarhus/grundlag/print/index.html", "om/index.html", "search/index.html", "search/index.js",
                     "404.html", "sitemap.xml", "assets/style.css"] {
            XCTAssertTrue(site.exists("output/" + path), path)
        }
    }

    func testLowContrastColour() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/index.md"] = files["content/aarhus/index.md"]!.replacingOccurrences(of: "#00558c", with: "#ffcc00")
        let result = try TemporarySite(files).build()
        let problem = try XCTUnwrap(diagnostics(result, code: "low-contrast").first)
        XCTAssertEqual(problem.location.line, 6)
    }

    func testDraftsAreLeftOutUnlessAsked() throws {
        var files = minimalSiteFiles()
        files["content/pages/kladde.md"] = "---\nkind: page\ntitle: Kladde\ndraft: true\n---\n"
        let site = try TemporarySite(files)
        XCTAssertEqual(site.build().status, .success)
        XCTAssertFalse(site.exists("output/kladde/index.html"))
        XCTAssertEqual(site.build(drafts: true).status, .success)
        XCTAssertTrue(site.exists("output/kladde/index.html"))
    }

    func testStrictMakesWarningsFail() throws {
        var files = minimalSiteFiles()
        files["content/pages/om.md"] = "---\nkind: page\ntitle: Om\n---\n## A\n\n#### B\n"
        let site = try TemporarySite(files)
        XCTAssertEqual(site.build().status, .success)
        XCTAssertEqual(site.build(strict: true).status, .contentErrors)
    }

    func testManyErrorsInManyFilesComeOutInOneRunSorted() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/forste.md"] = "---\nkind: approach\ntitle: A\nnumber: 1\nstatement: Vi\nactions:\n  - x\nfarve: blå\n---\n"
        files["content/aarhus/grundlag/anden.md"] = "---\nkind: approach\ntitle: B\nnumber: 2\nstatement: Vi\nactions: []\n---\n# Titel\n"
        files["content/pages/om.md"] = "---\nkind: page\ntitle: Om\nmenu: første\n---\n[x](findes-ikke.md)\n"
        files["content/aarhus/index.md"] = "---\nkind: municipality\ntitle: Aarhus\nname: Aarhus\ncountry: se\n---\n"
        let result = try TemporarySite(files).build()
        let codes = result.diagnostics.map { "\($0.location.file):\($0.code)" }
        XCTAssertEqual(codes, [
            "content/aarhus/grundlag/anden.md:empty-list",
            "content/aarhus/grundlag/anden.md:h1-in-body",
            "content/aarhus/grundlag/forste.md:unknown-key",
            "content/aarhus/grundlag/index.md:missing-fragment",
            "content/aarhus/index.md:invalid-value",
            "content/pages/om.md:type-mismatch",
            "content/pages/om.md:broken-link",
        ])
        XCTAssertEqual(result.diagnostics, result.diagnostics.sorted())
    }

    func testLargeBodyBuilds() throws {
        var files = minimalSiteFiles()
        let paragraph = "Vi leder læring og trivsel med fokus på elevernes udvikling og fællesskab. "
        files["content/pages/stor.md"] = "---\nkind: page\ntitle: Stor\n---\n" + String(repeating: paragraph + "\n\n", count: 70_000)
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.status, .success)
    }
}

/// One fixture per remaining rule: code, file, line and hint.
final class MoreRuleTests: XCTestCase {
    func testLinkForms() throws {
        var files = minimalSiteFiles()
        files["content/pages/om.md"] = "---\nkind: page\ntitle: Om\n---\n[a](/aarhus/index.md)\n\n[b]()\n\n[c](#findes-ikke)\n\n![d](http://example.com/x.png)\n"
        let result = try TemporarySite(files).build()
        let found = result.diagnostics.filter { $0.location.file == "content/pages/om.md" }.map { "\($0.location.line):\($0.code)" }
        XCTAssertEqual(found, ["5:absolute-link", "7:empty-link", "9:missing-fragment", "11:external-image"])
        XCTAssertEqual(diagnostics(result, code: "absolute-link").first?.hint, "write the path relative to this file, e.g. ../faglig-ledelse.md")
    }

    func testLogoMustExistAndReservedNamesAndClashes() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/index.md"] = files["content/aarhus/index.md"]!.replacingOccurrences(of: "country: dk", with: "country: dk\nlogo: logo.png")
        files["content/pages/search.md"] = "---\nkind: page\ntitle: Søg\n---\n"
        files["content/pages/aarhus.md"] = "---\nkind: page\ntitle: Aarhus\n---\n"
        let result = try TemporarySite(files).build()
        XCTAssertEqual(diagnostics(result, code: "missing-file").map(\.location.line), [6])
        XCTAssertEqual(diagnostics(result, code: "reserved-name").map(\.location.file), ["content/pages/search.md"])
        XCTAssertEqual(diagnostics(result, code: "name-clash").map(\.location.file), ["content/pages/aarhus.md"])
    }

    func testMultilineTitleAndEmptyListItem() throws {
        let (_, problems) = parseFile("---\nkind: approach\ntitle: |\n  To\n  linjer\nnumber: 1\nstatement: Vi\nactions:\n  - x\n  -\n---\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["multiline-value", "empty-item"])
    }

    func testTooLargeFileAndTooDeepFolders() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("content/pages/stor.md", Data(repeating: 0x61, count: ContentScanner.maximumFileSize + 1))
        let deep = (1...13).map { "d\($0)" }.joined(separator: "/")
        try site.write("content/aarhus/\(deep)/x.md", "---\nkind: page\ntitle: x\n---\n")
        let result = site.build()
        XCTAssertEqual(diagnostics(result, code: "file-too-large").map(\.location.file), ["content/pages/stor.md"])
        XCTAssertEqual(diagnostics(result, code: "too-deep").count, 1)
        XCTAssertEqual(result.status, .contentErrors)
    }

    func testBrokenThemeTemplateIsAConfigurationError() throws {
        let site = try TemporarySite(minimalSiteFiles(), config: "title: A\ntheme: egen\n")
        try site.write("themes/egen/templates/page.mustache", "{{#title}}ikke lukket\n")
        let result = site.build()
        XCTAssertEqual(result.status, .configurationError)
        let problem = try XCTUnwrap(diagnostics(result, code: "theme-error").first)
        XCTAssertEqual(problem.location.file, "themes/egen/templates/page.mustache")
    }
}
