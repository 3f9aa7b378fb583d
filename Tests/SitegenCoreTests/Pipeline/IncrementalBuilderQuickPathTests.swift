import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// The quick path (`rebuild(changedMarkdownFiles:)`, used by `sitegen serve`), and when it
/// gives way to the full one.
final class IncrementalBuilderQuickPathTests: XCTestCase {
    func testQuickPathAfterABodyChangeIsTheSameAsAFullBuild() throws {
        let (site, builder) = try quickSite()
        let path = "content/aarhus/grundlag/anden.md"
        let report = try edit(site, path, minimalSiteFiles()[path]!.replacingOccurrences(of: "Tilbage til", with: "Ny indledning.\n\nTilbage til"), with: builder)
        XCTAssertEqual(report.status, .success)
        XCTAssertTrue(report.tookQuickPath)
        XCTAssertEqual(report.changedPaths, ["aarhus/grundlag/anden/index.html", "aarhus/grundlag/print/index.html", "search/index.js"])
        XCTAssertTrue(site.read("output/search/index.js")?.contains("Ny indledning.") ?? false)
        try assertSameAsFullBuild(site, builder: builder)
        // The full comparison afterwards finds nothing left to do.
        XCTAssertEqual(builder.rebuild().changedPaths, [])
    }

    func testQuickPathReportsABrokenLinkAtItsNewLineAndResumes() throws {
        let (site, builder) = try quickSite()
        let path = "content/aarhus/grundlag/index.md"
        let original = minimalSiteFiles()[path]!
        // The same link target, moved two lines down: the link's diagnostic must follow it.
        try site.edit(path, original.replacingOccurrences(of: "Se [den første tilgang]", with: "Først.\n\nSe [den første tilgang]")
            .replacingOccurrences(of: "forste.md#hvorfor", with: "forste.md#hvorfor"))
        let moved = builder.rebuild(changedMarkdownFiles: ["aarhus/grundlag/index.md"])
        XCTAssertEqual(moved.status, .success)
        XCTAssertTrue(moved.tookQuickPath)
        try assertSameAsFullBuild(site, builder: builder)
        // A broken link is reported with its place, and output/ is left as it was.
        let broken = try edit(site, path, original + "\nSe [intet](findes-ikke.md).\n", with: builder)
        XCTAssertEqual(broken.status, .contentErrors)
        XCTAssertTrue(broken.tookQuickPath)
        XCTAssertTrue(broken.diagnostics.contains { $0.code.rawValue == "broken-link" && $0.location.file == path })
        try site.edit(path, original + "\nMere tekst.\n")
        XCTAssertEqual(builder.rebuild(changedMarkdownFiles: ["aarhus/grundlag/index.md"]).status, .success)
        try assertSameAsFullBuild(site, builder: builder)
    }

    func testQuickPathAfterATitleChange() throws {
        let (site, builder) = try quickSite()
        let path = "content/aarhus/grundlag/anden.md"
        let renamed = try edit(site, path, minimalSiteFiles()[path]!.replacingOccurrences(of: "Den anden tilgang", with: "Den nye tilgang"), with: builder)
        XCTAssertEqual(renamed.status, .success)
        XCTAssertTrue(renamed.tookQuickPath)
        XCTAssertTrue(renamed.changedPaths.contains("aarhus/grundlag/forste/index.html"), "the next-link title changed")
        XCTAssertTrue(renamed.changedPaths.contains("aarhus/grundlag/index.html"), "the document lists its parts")
        XCTAssertFalse(renamed.changedPaths.contains("om/index.html"), "a page that does not show the part is left alone")
        try assertSameAsFullBuild(site, builder: builder)
        XCTAssertEqual(builder.rebuild().changedPaths, [])
        // A paragraph above a heading moves it down a line: still the same heading.
        let first = "content/aarhus/grundlag/forste.md"
        let moved = try edit(site, first, minimalSiteFiles()[first]!.replacingOccurrences(of: "## Hvorfor", with: "Indledning.\n\n## Hvorfor"), with: builder)
        XCTAssertEqual(moved.status, .success)
        XCTAssertTrue(moved.tookQuickPath)
        try assertSameAsFullBuild(site, builder: builder)
    }

    func testATitleThatReordersDocumentsTakesTheFullPath() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/plan/index.md"] = "---\nkind: programme\ntitle: Handleplan\ngoal: Bedre overgange\n---\nTekst.\n"
        let site = try TemporarySite(files)
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        // "Fælles ledelsesgrundlag" comes before "Handleplan"; "Åbent grundlag" comes after it.
        let path = "content/aarhus/grundlag/index.md"
        let reordered = try edit(site, path, files[path]!.replacingOccurrences(of: "title: Fælles ledelsesgrundlag", with: "title: Åbent grundlag"), with: builder)
        XCTAssertEqual(reordered.status, .success)
        XCTAssertFalse(reordered.tookQuickPath)
        try assertSameAsFullBuild(site, report: reordered, builder: builder)
        // A title that keeps the order (after "Handleplan" still) stays on the quick path.
        let sameOrder = try edit(site, path, files[path]!.replacingOccurrences(of: "title: Fælles ledelsesgrundlag", with: "title: Øvrigt grundlag"), with: builder)
        XCTAssertEqual(sameOrder.status, .success)
        XCTAssertTrue(sameOrder.tookQuickPath)
        try assertSameAsFullBuild(site, report: sameOrder, builder: builder)
        let kept = try edit(site, "content/aarhus/plan/index.md", "---\nkind: programme\ntitle: Ny handleplan\ngoal: Bedre overgange\n---\nTekst.\n", with: builder)
        XCTAssertTrue(kept.tookQuickPath)
        try assertSameAsFullBuild(site, report: kept, builder: builder)
    }

    func testQuickPathTakesTheFullPathWhenTheOrderChanges() throws {
        let (site, builder) = try quickSite()
        // Two approaches swap numbers: the pager's order changes.
        let first = "content/aarhus/grundlag/forste.md", second = "content/aarhus/grundlag/anden.md"
        try site.edit(first, minimalSiteFiles()[first]!.replacingOccurrences(of: "number: 1", with: "number: 2"))
        try site.edit(second, minimalSiteFiles()[second]!.replacingOccurrences(of: "number: 2", with: "number: 1"))
        let swapped = builder.rebuild(changedMarkdownFiles: ["aarhus/grundlag/anden.md", "aarhus/grundlag/forste.md"])
        XCTAssertEqual(swapped.status, .success)
        XCTAssertFalse(swapped.tookQuickPath)
        try assertSameAsFullBuild(site, builder: builder)
        let heading = try edit(site, second, (site.read(second) ?? "") + "\n## Ny overskrift\n\nTekst.\n", with: builder)
        XCTAssertEqual(heading.status, .success)
        XCTAssertTrue(heading.tookQuickPath)
        try assertSameAsFullBuild(site, builder: builder)
    }

    /// The list of pages that link to a page, as written in its HTML.
    private func backlinks(_ site: TemporarySite, _ path: String) -> String {
        let html = site.read(path) ?? ""
        guard let start = html.range(of: "class=\"backlinks\"") else { return "" }
        return String(html[start.upperBound...]).components(separatedBy: "</section>").first ?? ""
    }

    func testQuickPathAfterLinksToOtherPagesChange() throws {
        let (site, builder) = try quickSite()
        let path = "content/aarhus/grundlag/vejlederen.md"
        let original = minimalSiteFiles()[path]!
        // A new link: the target's page lists the role among the pages that link to it.
        let added = try edit(site, path, original + "\nSe [den anden tilgang](anden.md).\n", with: builder)
        XCTAssertEqual(added.status, .success)
        XCTAssertTrue(added.tookQuickPath)
        XCTAssertTrue(added.changedPaths.contains("aarhus/grundlag/anden/index.html"))
        XCTAssertTrue(backlinks(site, "output/aarhus/grundlag/anden/index.html").contains("Vejlederens rolle"))
        try assertSameAsFullBuild(site, builder: builder)
        // Its title changes: the target's list of backlinks shows the new one.
        try site.edit(path, original.replacingOccurrences(of: "title: Vejlederens rolle", with: "title: Vejlederen")
            + "\nSe [den anden tilgang](anden.md).\n")
        let renamed = builder.rebuild(changedMarkdownFiles: ["aarhus/grundlag/vejlederen.md"])
        XCTAssertTrue(renamed.tookQuickPath)
        XCTAssertTrue(renamed.changedPaths.contains("aarhus/grundlag/anden/index.html"))
        try assertSameAsFullBuild(site, builder: builder)
        // The link goes again.
        let removed = try edit(site, path, original, with: builder)
        XCTAssertTrue(removed.tookQuickPath)
        XCTAssertTrue(removed.changedPaths.contains("aarhus/grundlag/anden/index.html"))
        XCTAssertFalse(backlinks(site, "output/aarhus/grundlag/anden/index.html").contains("Vejlederens rolle"))
        try assertSameAsFullBuild(site, builder: builder)
        // 'related' changes the graph the same way.
        let first = "content/aarhus/grundlag/forste.md"
        let related = try edit(site, first, minimalSiteFiles()[first]!.replacingOccurrences(of: "  - aarhus/grundlag/anden\n", with: "  - aarhus/grundlag/vejlederen\n"), with: builder)
        XCTAssertEqual(related.status, .success)
        XCTAssertTrue(related.tookQuickPath)
        try assertSameAsFullBuild(site, builder: builder)
        let unknown = try edit(site, first, minimalSiteFiles()[first]!.replacingOccurrences(of: "  - aarhus/grundlag/anden\n", with: "  - aarhus/grundlag/ingen\n"), with: builder)
        XCTAssertEqual(unknown.status, .contentErrors)
        XCTAssertTrue(unknown.diagnostics.contains { $0.code.rawValue == "unknown-id" && $0.location.file == first })
    }

    func testARenamedHeadingIsCheckedAgainstTheLinksToItOnTheQuickPath() throws {
        let (site, builder) = try quickSite()
        // content/aarhus/grundlag/index.md links to forste.md#hvorfor.
        let first = "content/aarhus/grundlag/forste.md", index = "content/aarhus/grundlag/index.md"
        let renamed = try edit(site, first, minimalSiteFiles()[first]!.replacingOccurrences(of: "## Hvorfor", with: "## Derfor"), with: builder)
        XCTAssertEqual(renamed.status, .success)
        XCTAssertTrue(renamed.tookQuickPath)
        XCTAssertEqual(renamed.diagnostics.map(\.code.rawValue), ["missing-fragment"])
        XCTAssertEqual(renamed.diagnostics.first?.location.file, index)
        try assertSameAsFullBuild(site, builder: builder)
        // The link follows the heading: the warning goes.
        let followed = try edit(site, index, minimalSiteFiles()[index]!.replacingOccurrences(of: "#hvorfor", with: "#derfor"), with: builder)
        XCTAssertTrue(followed.tookQuickPath)
        XCTAssertEqual(followed.diagnostics, [])
        try assertSameAsFullBuild(site, builder: builder)
        // The heading gets its old name back: the warning is back.
        let back = try edit(site, first, minimalSiteFiles()[first]!, with: builder)
        XCTAssertTrue(back.tookQuickPath)
        XCTAssertEqual(back.diagnostics.map(\.code.rawValue), ["missing-fragment"])
        try assertSameAsFullBuild(site, builder: builder)
    }

    func testQuickPathTakesTheFullPathForAPagesFrontMatterAndAKind() throws {
        let (site, builder) = try quickSite()
        let page = "content/pages/om.md"
        let menu = try edit(site, page, minimalSiteFiles()[page]!.replacingOccurrences(of: "title: Om sitet", with: "title: Om hjemmesiden"), with: builder)
        XCTAssertEqual(menu.status, .success)
        XCTAssertFalse(menu.tookQuickPath, "the menu of every page shows the title")
        XCTAssertTrue(menu.changedPaths.contains("aarhus/grundlag/anden/index.html"))
        try assertSameAsFullBuild(site, builder: builder)
        let role = "content/aarhus/grundlag/vejlederen.md"
        let kind = try edit(site, role, minimalSiteFiles()[role]!.replacingOccurrences(of: "kind: role", with: "kind: page"), with: builder)
        XCTAssertEqual(kind.status, .contentErrors)
        XCTAssertFalse(kind.tookQuickPath)
        XCTAssertTrue(kind.diagnostics.contains { $0.code.rawValue == "kind-mismatch" && $0.location.file == role })
    }

    func testQuickPathAfterADocumentsDatesAndExpectations() throws {
        let (site, builder) = try quickSite()
        let path = "content/aarhus/grundlag/index.md"
        let original = minimalSiteFiles()[path]!
        let revised = try edit(site, path, original.replacingOccurrences(of: "revised: 2025-03-01", with: "revised: 2025-06-01"), with: builder)
        XCTAssertEqual(revised.status, .success)
        XCTAssertTrue(revised.tookQuickPath)
        XCTAssertTrue(revised.changedPaths.contains("sitemap.xml"), "the pages' lastmod changed")
        XCTAssertTrue(site.read("output/sitemap.xml")?.contains("2025-06-01") ?? false)
        try assertSameAsFullBuild(site, builder: builder)
        // A rule across files, broken by a front matter: reported on the quick path, output left as it was.
        let expects = try edit(site, path, original.replacingOccurrences(of: "approaches: 2", with: "approaches: 3"), with: builder)
        XCTAssertEqual(expects.status, .contentErrors)
        XCTAssertTrue(expects.tookQuickPath)
        XCTAssertTrue(expects.diagnostics.contains { $0.code.rawValue == "expects-count" && $0.location.file == path })
        XCTAssertTrue(site.read("output/sitemap.xml")?.contains("2025-06-01") ?? false)
        let fixed = try edit(site, path, original, with: builder)
        XCTAssertEqual(fixed.status, .success)
        XCTAssertEqual(fixed.diagnostics, [])
        try assertSameAsFullBuild(site, builder: builder)
    }

    func testQuickPathAfterAMunicipalitysColour() throws {
        let (site, builder) = try quickSite()
        let path = "content/aarhus/index.md"
        let report = try edit(site, path, minimalSiteFiles()[path]!.replacingOccurrences(of: "#00558c", with: "#7a1f3d"), with: builder)
        XCTAssertEqual(report.status, .success)
        XCTAssertTrue(report.tookQuickPath)
        XCTAssertTrue(report.changedPaths.contains("aarhus/grundlag/vejlederen/index.html"), "the accent is on every page of the municipality")
        XCTAssertTrue(site.read("output/aarhus/grundlag/vejlederen/index.html")?.contains("#7a1f3d") ?? false)
        try assertSameAsFullBuild(site, builder: builder)
        // Too light a colour is an error found across files; the output stays as it was.
        let light = try edit(site, path, minimalSiteFiles()[path]!.replacingOccurrences(of: "#00558c", with: "#ffee00"), with: builder)
        XCTAssertEqual(light.status, .contentErrors)
        XCTAssertTrue(light.diagnostics.contains { $0.code.rawValue == "low-contrast" })
        XCTAssertTrue(site.read("output/aarhus/grundlag/vejlederen/index.html")?.contains("#7a1f3d") ?? false)
    }

    func testQuickPathWithAPageBodyAndABodyWarning() throws {
        let (site, builder) = try quickSite()
        let path = "content/pages/om.md"
        let report = try edit(site, path, minimalSiteFiles()[path]! + "\nEn ny sætning om sitet.\n", with: builder)
        XCTAssertEqual(report.status, .success)
        XCTAssertTrue(report.tookQuickPath)
        XCTAssertTrue(report.changedPaths.contains("om/index.html"))
        try assertSameAsFullBuild(site, builder: builder)
        // A diagnostic of the body itself (an image without alt text) comes out on the quick path too.
        let missingAlt = try edit(site, path, minimalSiteFiles()[path]! + "\n![](billede.png)\n", with: builder)
        XCTAssertEqual(missingAlt.status, .contentErrors)
        XCTAssertTrue(missingAlt.diagnostics.contains { $0.code.rawValue == "missing-alt" && $0.location.file == path })
        // Fixed again: the next quick rebuild writes the page without the image.
        try site.edit(path, minimalSiteFiles()[path]! + "\nRettet.\n")
        XCTAssertEqual(builder.rebuild(changedMarkdownFiles: ["pages/om.md"]).status, .success)
        try assertSameAsFullBuild(site, builder: builder)
    }

    func testAFileReplacedByASymbolicLinkIsCaughtByTheScanner() throws {
        let (site, builder) = try quickSite()
        let outside = site.directory.appendingPathComponent("hemmelig.md")
        try "---\nkind: approach\ntitle: Udenfor\nnumber: 2\n---\nHemmeligt.\n".write(to: outside, atomically: true, encoding: .utf8)
        let path = site.directory.appendingPathComponent("content/aarhus/grundlag/anden.md")
        try FileManager.default.removeItem(at: path)
        try FileManager.default.createSymbolicLink(at: path, withDestinationURL: outside)
        let report = builder.rebuild(changedMarkdownFiles: ["aarhus/grundlag/anden.md"])
        XCTAssertEqual(report.status, .contentErrors)
        XCTAssertFalse(report.tookQuickPath)
        XCTAssertTrue(report.diagnostics.contains { $0.code.rawValue == "symlink" })
        XCTAssertFalse(site.read("output/aarhus/grundlag/anden/index.html")?.contains("Hemmeligt") ?? false)
    }
}
