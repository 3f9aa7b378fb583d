import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class IncrementalBuilderTests: XCTestCase {
    /// Builds the same site from scratch into another folder and compares.
    /// When `report` is given, its diagnostics must be the full build's too; when `builder` is,
    /// its link graph (kept up to date from change to change) must be the one built afresh.
    private func assertSameAsFullBuild(_ site: TemporarySite, report: IncrementalBuilder.Report? = nil,
                                       builder: IncrementalBuilder? = nil,
                                       file: StaticString = #filePath, line: UInt = #line) throws {
        if let snapshot = builder?.snapshot {
            XCTAssertEqual(snapshot.graph.incoming, LinkGraph(site: snapshot.analysis.site).incoming, "the link graph", file: file, line: line)
        }
        let fresh = site.directory.appendingPathComponent("fresh-output")
        try? FileManager.default.removeItem(at: fresh)
        let result = site.build(output: fresh)
        if let report { XCTAssertEqual(report.diagnostics, result.diagnostics, file: file, line: line) }
        // A rebuild that found errors leaves output/ as it was: only the diagnostics compare.
        if let report, report.status == .contentErrors {
            XCTAssertEqual(result.status, .contentErrors, file: file, line: line)
            return
        }
        XCTAssertEqual(result.status, .success, file: file, line: line)
        let incremental = try snapshot(of: site.directory.appendingPathComponent("output"))
        let full = try snapshot(of: fresh)
        XCTAssertEqual(incremental.keys.sorted(), full.keys.sorted(), file: file, line: line)
        for (path, data) in full where incremental[path] != data {
            XCTFail("\(path) differs from a full build", file: file, line: line)
        }
    }

    private func touch(_ site: TemporarySite, _ path: String, _ text: String) throws {
        try site.write(path, text)
        // File systems with coarse timestamps: make the change visible by size and time.
        let url = site.directory.appendingPathComponent(path)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(2)], ofItemAtPath: url.path)
    }

    func testOneChangedPartRewritesOnlyWhatShowsIt() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        let unchanged = builder.rebuild()
        XCTAssertEqual(unchanged.changedPaths, [])

        try touch(site, "content/aarhus/grundlag/anden.md", minimalSiteFiles()["content/aarhus/grundlag/anden.md"]! + "\nNy sætning.\n")
        let report = builder.rebuild()
        XCTAssertEqual(report.status, .success)
        XCTAssertTrue(report.changedPaths.contains("aarhus/grundlag/anden/index.html"))
        XCTAssertTrue(report.changedPaths.contains("aarhus/grundlag/print/index.html"))
        XCTAssertFalse(report.changedPaths.contains("om/index.html"), "a page that does not show the part is left alone")
        XCTAssertTrue(site.read("output/aarhus/grundlag/anden/index.html")?.contains("Ny sætning.") ?? false)
        try assertSameAsFullBuild(site, builder: builder)
    }

    /// The first build hands each file's parse, stamped before it was read, to the builder's
    /// cache, so `sitegen serve` does not read every file a second time at start.
    func testTheFirstBuildSeedsTheCache() throws {
        let site = try TemporarySite(minimalSiteFiles())
        var options = BuildOptions(siteDirectory: site.directory)
        let plain = SiteBuilder.build(options)
        XCTAssertEqual(plain.parsedFiles.count, 0, "a plain build keeps nothing")
        XCTAssertEqual(plain.searchEntries.count, 0)
        options.keepsParsedFiles = true
        let result = SiteBuilder.build(options)
        XCTAssertEqual(result.searchEntries.count, minimalSiteFiles().count, "the search entries are kept too")
        XCTAssertEqual(result.parsedFiles.map(\.path), minimalSiteFiles().keys.map { String($0.dropFirst("content/".count)) }.sorted())
        for parsed in result.parsedFiles {
            XCTAssertEqual(parsed.stamp, FileStamp(path: site.directory.path + "/content/" + parsed.path))
            XCTAssertNotNil(parsed.file)
        }
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        XCTAssertEqual(builder.cache.count, minimalSiteFiles().count)
        XCTAssertEqual(builder.rebuild().changedPaths, [])
        try assertSameAsFullBuild(site, builder: builder)
    }

    func testErrorsLeaveOutputAndFixingResumes() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        let before = try snapshot(of: site.directory.appendingPathComponent("output"))
        try touch(site, "content/aarhus/grundlag/anden.md", "---\nkind: approach\ntitle: B\nnumbr: 2\n---\n")
        let broken = builder.rebuild()
        XCTAssertEqual(broken.status, .contentErrors)
        XCTAssertTrue(broken.diagnostics.contains { $0.code.rawValue == "unknown-key" && $0.location.line == 4 })
        XCTAssertEqual(try snapshot(of: site.directory.appendingPathComponent("output")), before)
        try touch(site, "content/aarhus/grundlag/anden.md", minimalSiteFiles()["content/aarhus/grundlag/anden.md"]!.replacingOccurrences(of: "Den anden tilgang", with: "Den nye tilgang"))
        let fixed = builder.rebuild()
        XCTAssertEqual(fixed.status, .success)
        XCTAssertTrue(fixed.changedPaths.contains("aarhus/grundlag/forste/index.html"), "the next-link title changed")
        try assertSameAsFullBuild(site, builder: builder)
    }

    func testAddedAndRemovedFiles() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        try touch(site, "content/pages/ny.md", "---\nkind: page\ntitle: Ny side\nmenu: 2\n---\nSe [Aarhus](../aarhus/index.md).\n")
        let added = builder.rebuild()
        XCTAssertEqual(added.status, .success)
        XCTAssertTrue(site.exists("output/ny/index.html"))
        try assertSameAsFullBuild(site, builder: builder)
        try FileManager.default.removeItem(at: site.directory.appendingPathComponent("content/pages/ny.md"))
        let report = builder.rebuild()
        XCTAssertTrue(report.changedPaths.contains("ny/index.html"))
        XCTAssertFalse(site.exists("output/ny/index.html"))
        try assertSameAsFullBuild(site, builder: builder)
    }

    /// A page links to an asset by its name on disk: when the name's code points change (NFC to
    /// NFD) and nothing else does, the page that links to it is written again.
    func testAnAssetRenamedToOtherCodePointsRewritesThePagesThatLinkToIt() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"] = "---\nkind: approach\ntitle: Den anden tilgang\nnumber: 2\nstatement: S\nactions:\n  - a\n---\n![Modellen](billede-\u{E5}.png)\n"
        let site = try TemporarySite(files)
        try site.write("content/aarhus/grundlag/billede-a\u{30A}.png", Data([0x89, 0x50]))
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        XCTAssertTrue(site.read("output/aarhus/grundlag/anden/index.html")?.contains("billede-a%CC%8A.png") ?? false)
        try FileManager.default.removeItem(at: site.directory.appendingPathComponent("content/aarhus/grundlag/billede-a\u{30A}.png"))
        try site.write("content/aarhus/grundlag/billede-\u{E5}.png", Data([0x89, 0x50]))
        let report = builder.rebuild()
        XCTAssertEqual(report.status, .success)
        XCTAssertTrue(report.changedPaths.contains("aarhus/grundlag/anden/index.html"), "\(report.changedPaths)")
        let page = try XCTUnwrap(site.read("output/aarhus/grundlag/anden/index.html"))
        XCTAssertTrue(page.contains("billede-%C3%A5.png"), page)
        try assertSameAsFullBuild(site, builder: builder)
    }

    /// A picture replaced by a new version is copied again, and one deleted leaves output/ too.
    func testAChangedOrRemovedAssetIsCopiedOrRemoved() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"]! += "\n![Modellen](model.png)\n"
        let site = try TemporarySite(files)
        try site.write("content/aarhus/grundlag/model.png", Data([1, 2, 3]))
        try site.write("content/aarhus/grundlag/bilag.pdf", Data([4]))
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        try site.write("content/aarhus/grundlag/model.png", Data([9, 9, 9, 9]))
        let url = site.directory.appendingPathComponent("content/aarhus/grundlag/model.png")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(2)], ofItemAtPath: url.path)
        let changed = builder.rebuild()
        XCTAssertEqual(changed.status, .success)
        XCTAssertTrue(changed.changedPaths.contains("aarhus/grundlag/model.png"), "\(changed.changedPaths)")
        XCTAssertEqual(FileManager.default.contents(atPath: site.directory.appendingPathComponent("output/aarhus/grundlag/model.png").path), Data([9, 9, 9, 9]))
        try assertSameAsFullBuild(site, builder: builder)
        try FileManager.default.removeItem(at: site.directory.appendingPathComponent("content/aarhus/grundlag/bilag.pdf"))
        let removed = builder.rebuild()
        XCTAssertTrue(removed.changedPaths.contains("aarhus/grundlag/bilag.pdf"), "\(removed.changedPaths)")
        XCTAssertFalse(site.exists("output/aarhus/grundlag/bilag.pdf"))
        try assertSameAsFullBuild(site, builder: builder)
    }

    /// A picture only a left-out draft part shows is published with the draft, not before; once a
    /// published page shows it too, it is published, in a rebuild as in a full build.
    func testAPictureOnlyADraftShowsIsNotPublished() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/kladde.md"] = "---\nkind: section\ntitle: Kladde\ndraft: true\n---\n![Hemmelig model](hemmelig.png)\n"
        let site = try TemporarySite(files)
        try site.write("content/aarhus/grundlag/hemmelig.png", Data([1]))
        try site.write("content/aarhus/grundlag/andet.png", Data([2]))
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        XCTAssertFalse(site.exists("output/aarhus/grundlag/hemmelig.png"))
        XCTAssertTrue(site.exists("output/aarhus/grundlag/andet.png"), "a file no draft shows is published as before")
        XCTAssertEqual(site.build(drafts: true, output: site.directory.appendingPathComponent("med-kladder")).status, .success)
        XCTAssertTrue(site.exists("med-kladder/aarhus/grundlag/hemmelig.png"), "with --drafts it is there")
        let path = "content/aarhus/grundlag/anden.md"
        let shown = try edit(site, path, minimalSiteFiles()[path]! + "\n![Modellen](hemmelig.png)\n", with: builder)
        XCTAssertEqual(shown.status, .success)
        XCTAssertTrue(site.exists("output/aarhus/grundlag/hemmelig.png"))
        try assertSameAsFullBuild(site, builder: builder)
    }

    /// The folders under `directory`, by path.
    private func folders(under directory: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory), isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    /// A renamed page leaves no folder behind, a theme file removed leaves
    /// output/assets/, and output/ deleted while serving is written again whole.
    func testOutputKeepsNothingAFullBuildWouldNotHave() throws {
        let site = try TemporarySite(minimalSiteFiles(), config: "title: Testsite\nlanguage: da\ntheme: kommune\n")
        try site.write("themes/kommune/assets/extra.css", "p { }")
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        XCTAssertTrue(site.exists("output/assets/extra.css"))
        // A page is renamed: its old folder goes.
        let pages = site.directory.appendingPathComponent("content/pages")
        try FileManager.default.moveItem(at: pages.appendingPathComponent("om.md"), to: pages.appendingPathComponent("kontakt.md"))
        XCTAssertEqual(builder.rebuild().status, .success)
        XCTAssertFalse(site.exists("output/om"), "\(folders(under: site.directory.appendingPathComponent("output")))")
        try assertSameAsFullBuild(site, builder: builder)
        XCTAssertEqual(folders(under: site.directory.appendingPathComponent("output")), folders(under: site.directory.appendingPathComponent("fresh-output")))
        // The theme's file goes.
        try FileManager.default.removeItem(at: site.directory.appendingPathComponent("themes/kommune/assets/extra.css"))
        XCTAssertTrue(builder.rebuild().changedPaths.contains("assets/extra.css"))
        XCTAssertFalse(site.exists("output/assets/extra.css"))
        try assertSameAsFullBuild(site, builder: builder)
        // output/ is deleted, then a part is edited: the whole site is written again.
        try FileManager.default.removeItem(at: site.directory.appendingPathComponent("output"))
        let path = "content/aarhus/grundlag/anden.md"
        let report = try edit(site, path, minimalSiteFiles()[path]!.replacingOccurrences(of: "Den anden tilgang", with: "Anden tilgang"), with: builder)
        XCTAssertEqual(report.status, .success)
        XCTAssertTrue(site.exists("output/index.html"))
        XCTAssertTrue(site.exists("output/assets/style.css"))
        try assertSameAsFullBuild(site, builder: builder)
    }

    // MARK: The quick path (`rebuild(changedMarkdownFiles:)`, used by `sitegen serve`)

    /// Writes `text` to `path` (under the site folder, in content/) and rebuilds as
    /// `sitegen serve` does when it sees that one file change.
    private func edit(_ site: TemporarySite, _ path: String, _ text: String, with builder: IncrementalBuilder) throws
        -> IncrementalBuilder.Report {
        precondition(path.hasPrefix("content/"), "a content file's path from the site folder")
        try touch(site, path, text)
        return builder.rebuild(changedMarkdownFiles: [String(path.dropFirst("content/".count))])
    }

    private func quickSite() throws -> (TemporarySite, IncrementalBuilder) {
        let site = try TemporarySite(minimalSiteFiles())
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        return (site, builder)
    }

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
        try touch(site, path, original.replacingOccurrences(of: "Se [den første tilgang]", with: "Først.\n\nSe [den første tilgang]")
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
        try touch(site, path, original + "\nMere tekst.\n")
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
        try touch(site, first, minimalSiteFiles()[first]!.replacingOccurrences(of: "number: 1", with: "number: 2"))
        try touch(site, second, minimalSiteFiles()[second]!.replacingOccurrences(of: "number: 2", with: "number: 1"))
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
        try touch(site, path, original.replacingOccurrences(of: "title: Vejlederens rolle", with: "title: Vejlederen")
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

    /// Random edits of the kinds a writer makes, one after another, mistakes included: after
    /// each, the diagnostics are a full build's and so is the output (when there are no errors),
    /// whichever path the rebuild took.
    func testRandomEditsGiveTheSameOutputAsAFullBuild() throws {
        let (site, builder) = try quickSite()
        var texts = minimalSiteFiles()
        // From each file, links that reach other files of the minimal site.
        let links: [String: [String]] = [
            "content/aarhus/index.md": ["grundlag/index.md", "grundlag/forste.md#hvorfor", "../pages/om.md"],
            "content/aarhus/grundlag/index.md": ["anden.md", "vejlederen.md", "../index.md"],
            "content/aarhus/grundlag/forste.md": ["anden.md", "vejlederen.md", "../../pages/om.md"],
            "content/aarhus/grundlag/anden.md": ["forste.md#hvorfor", "vejlederen.md", "../index.md"],
            "content/aarhus/grundlag/vejlederen.md": ["forste.md", "anden.md", "index.md"],
            "content/pages/om.md": ["../aarhus/grundlag/anden.md", "../aarhus/grundlag/vejlederen.md"],
        ]
        var random = SplitMix64(seed: 6)
        var quick = 0, errors = 0
        for step in 0..<60 {
            let count = random.next(below: 4) == 0 ? 2 : 1
            var changed: [String] = []
            for _ in 0..<count {
                let path = links.keys.sorted()[random.next(below: links.count)]
                var text = texts[path] ?? ""
                switch random.next(below: 10) {
                case 0: text += "\n\nSætning \(step).\n"
                case 1 where !path.hasPrefix("content/pages/"):
                    text = text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Ny \(step) ")
                case 2, 3:
                    let targets = links[path] ?? []
                    text += "\n\nSe [side \(step)](\(targets[random.next(below: targets.count)])).\n"
                case 4: text += "\n\n## Emne \(step)\n\nTekst.\n"
                case 5 where path.hasSuffix("forste.md"):
                    // The heading other files link to: the links' warnings come and go.
                    text = text.contains("## Hvorfor") ? text.replacingOccurrences(of: "## Hvorfor", with: "## Derfor")
                        : text.replacingOccurrences(of: "## Derfor", with: "## Hvorfor")
                case 6 where path.hasSuffix("forste.md") || path.hasSuffix("anden.md"):
                    // Numbers: a swap reorders the parts, a twin or a gap is an error.
                    text = text.replacingOccurrences(of: #"number: \d"#, with: "number: \(1 + random.next(below: 3))",
                                                     options: .regularExpression)
                case 7 where path.hasSuffix("forste.md"):
                    let related = ["aarhus/grundlag/anden", "aarhus/grundlag/vejlederen", "aarhus/grundlag/ingen"]
                    text = text.replacingOccurrences(of: #"  - aarhus/grundlag/\w+"#, with: "  - " + related[random.next(below: 3)],
                                                     options: .regularExpression)
                case 8 where path.hasSuffix("grundlag/index.md"):
                    // 2023 is before 'adopted': an error.
                    let dates = ["2025-03-01", "2025-06-01", "2023-01-01"]
                    text = text.replacingOccurrences(of: #"revised: [0-9-]+"#, with: "revised: " + dates[random.next(below: 3)],
                                                     options: .regularExpression)
                case 9 where path == "content/aarhus/index.md":
                    // The last colour is too light: an error.
                    let colours = ["#00558c", "#7a1f3d", "#ffee00"]
                    text = text.replacingOccurrences(of: ##"color: "#[0-9a-f]+""##, with: "color: \"\(colours[random.next(below: 3)])\"",
                                                     options: .regularExpression)
                    text = text.replacingOccurrences(of: #"name: Aarhus Kommune[^\n]*"#, with: "name: Aarhus Kommune \(step)",
                                                     options: .regularExpression)
                default: text = minimalSiteFiles()[path] ?? text
                }
                texts[path] = text
                try touch(site, path, text)
                changed.append(String(path.dropFirst("content/".count)))
            }
            let report = builder.rebuild(changedMarkdownFiles: changed)
            XCTAssertNotEqual(report.status, .configurationError, "step \(step)")
            if report.tookQuickPath { quick += 1 }
            if report.status == .contentErrors { errors += 1 }
            try assertSameAsFullBuild(site, report: report, builder: builder)
        }
        XCTAssertGreaterThan(quick, 20, "most of these edits keep the structure")
        XCTAssertGreaterThan(errors, 3, "some edits are mistakes")
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
        try touch(site, path, minimalSiteFiles()[path]! + "\nRettet.\n")
        XCTAssertEqual(builder.rebuild(changedMarkdownFiles: ["pages/om.md"]).status, .success)
        try assertSameAsFullBuild(site, builder: builder)
    }

    func testTheSearchIndexIsCutIntoFilesAndOnlyTheChangedOneIsWritten() throws {
        var files = minimalSiteFiles()
        for n in 1...SearchIndex.shardSize {
            files["content/pages/side-\(n).md"] = "---\nkind: page\ntitle: Side \(n)\n---\nTekst \(n).\n"
        }
        let site = try TemporarySite(files)
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        XCTAssertTrue(site.exists("output/search/index.js"))
        XCTAssertTrue(site.exists("output/search/index-2.js"))
        XCTAssertFalse(site.exists("output/search/index-3.js"))
        let searchPage = site.read("output/search/index.html") ?? ""
        XCTAssertTrue(searchPage.contains("<script src=\"index.js\" defer></script>\n<script src=\"index-2.js\" defer></script>"))
        XCTAssertTrue(site.read("output/search/index-2.js")?.hasPrefix("(window.sitegenSearchIndex = window.sitegenSearchIndex || []).push(") ?? false)

        // "Side 99" is the last page in the site's order (titles sort as text), so in the second file.
        let report = try edit(site, "content/pages/side-99.md", "---\nkind: page\ntitle: Side 99\n---\nNy tekst om 99.\n", with: builder)
        XCTAssertTrue(report.tookQuickPath)
        XCTAssertEqual(report.changedPaths.filter { $0.hasPrefix("search/") }.count, 1)
        try assertSameAsFullBuild(site, builder: builder)

        // A new page at the end of the order: only the file of the index that holds it is
        // written again, on the full comparison too.
        try touch(site, "content/pages/side-999.md", "---\nkind: page\ntitle: Side 999\n---\nTekst.\n")
        let added = builder.rebuild()
        XCTAssertEqual(added.status, .success)
        XCTAssertEqual(added.changedPaths.filter { $0.hasPrefix("search/") && $0.hasSuffix(".js") }, ["search/index-2.js"])
        try assertSameAsFullBuild(site, builder: builder)

        // Fewer files: the second file of the index goes, and the search page names only the first.
        for n in 2...SearchIndex.shardSize {
            try FileManager.default.removeItem(at: site.directory.appendingPathComponent("content/pages/side-\(n).md"))
        }
        let shrunk = builder.rebuild()
        XCTAssertEqual(shrunk.status, .success)
        XCTAssertTrue(shrunk.changedPaths.contains("search/index-2.js"))
        XCTAssertFalse(site.exists("output/search/index-2.js"))
        XCTAssertFalse(site.read("output/search/index.html")?.contains("index-2.js") ?? true)
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

/// A small random number generator with a seed, so a failing sequence can be replayed.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A number in 0..<bound.
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
