import Foundation
import XCTest
@testable import SitegenCore
@testable import SitegenServer

/// What the watcher of `sitegen serve` reports: which Markdown files changed, or nil when more
/// than that changed (and the builder must compare everything).
final class SiteWatcherTests: XCTestCase {
    func testReportsChangedMarkdownFilesOnly() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let watcher = SiteWatcher(siteDirectory: site.directory)
        let before = watcher.snapshot()
        XCTAssertEqual(watcher.snapshot().changedMarkdownFiles(since: before), [])

        // An edit saved through a temporary file and a rename, as editors do: the folder's time
        // changes, but only the file counts.
        let file = site.directory.appendingPathComponent("content/aarhus/grundlag/anden.md")
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".anden.md.swp")
        try (minimalSiteFiles()["content/aarhus/grundlag/anden.md"]! + "\nMere.\n").write(to: temporary, atomically: false, encoding: .utf8)
        XCTAssertEqual(rename(temporary.path, file.path), 0)
        XCTAssertEqual(watcher.snapshot().changedMarkdownFiles(since: before), ["aarhus/grundlag/anden.md"])
    }

    func testAnythingElseAsksForAFullComparison() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let watcher = SiteWatcher(siteDirectory: site.directory)
        let before = watcher.snapshot()
        try site.write("content/aarhus/grundlag/ny.md", "---\nkind: approach\ntitle: Ny\nnumber: 3\n---\n")
        XCTAssertNil(watcher.snapshot().changedMarkdownFiles(since: before), "a file was added")

        let again = watcher.snapshot()
        try site.write("content/aarhus/logo.svg", "<svg/>")
        XCTAssertNil(watcher.snapshot().changedMarkdownFiles(since: again), "an asset was added")

        let third = watcher.snapshot()
        try site.write("sitegen.yml", (site.read("sitegen.yml") ?? "") + "\n# ændret\n")
        XCTAssertNil(watcher.snapshot().changedMarkdownFiles(since: third), "the settings changed")
    }
}
