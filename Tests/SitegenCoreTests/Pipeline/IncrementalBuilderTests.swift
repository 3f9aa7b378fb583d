import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class IncrementalBuilderTests: XCTestCase {
    func testOneChangedPartRewritesOnlyWhatShowsIt() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        let unchanged = builder.rebuild()
        XCTAssertEqual(unchanged.changedPaths, [])

        try site.edit("content/aarhus/grundlag/anden.md", minimalSiteFiles()["content/aarhus/grundlag/anden.md"]! + "\nNy sætning.\n")
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
        try site.edit("content/aarhus/grundlag/anden.md", "---\nkind: approach\ntitle: B\nnumbr: 2\n---\n")
        let broken = builder.rebuild()
        XCTAssertEqual(broken.status, .contentErrors)
        XCTAssertTrue(broken.diagnostics.contains { $0.code.rawValue == "unknown-key" && $0.location.line == 4 })
        XCTAssertEqual(try snapshot(of: site.directory.appendingPathComponent("output")), before)
        try site.edit("content/aarhus/grundlag/anden.md", minimalSiteFiles()["content/aarhus/grundlag/anden.md"]!.replacingOccurrences(of: "Den anden tilgang", with: "Den nye tilgang"))
        let fixed = builder.rebuild()
        XCTAssertEqual(fixed.status, .success)
        XCTAssertTrue(fixed.changedPaths.contains("aarhus/grundlag/forste/index.html"), "the next-link title changed")
        try assertSameAsFullBuild(site, builder: builder)
    }

    func testAddedAndRemovedFiles() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        XCTAssertEqual(builder.rebuild().status, .success)
        try site.edit("content/pages/ny.md", "---\nkind: page\ntitle: Ny side\nmenu: 2\n---\nSe [Aarhus](../aarhus/index.md).\n")
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
        try site.edit("content/pages/side-999.md", "---\nkind: page\ntitle: Side 999\n---\nTekst.\n")
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
}
