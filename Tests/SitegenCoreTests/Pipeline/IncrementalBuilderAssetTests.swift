import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Pictures and other files beside the content: copied, replaced and removed as a full build would.
final class IncrementalBuilderAssetTests: XCTestCase {
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
}
