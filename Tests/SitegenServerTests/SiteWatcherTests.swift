import Foundation
import XCTest
@testable import SitegenCore
@testable import SitegenServer
import SitegenTestSupport

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

    /// inotify says when to look: nothing while nothing happens, yes after a change anywhere a
    /// build reads, new folders included.
    func testTheNotifierSaysWhenSomethingChanged() throws {
        #if os(Linux)
        let site = try TemporarySite(minimalSiteFiles())
        let notifier = ChangeNotifier(siteDirectory: site.directory)
        XCTAssertTrue(notifier.isListening)
        XCTAssertFalse(notifier.mayHaveChanged())
        try site.write("content/aarhus/grundlag/anden.md", minimalSiteFiles()["content/aarhus/grundlag/anden.md"]! + "\nMere.\n")
        XCTAssertTrue(notifier.mayHaveChanged())
        XCTAssertFalse(notifier.mayHaveChanged(), "each event is reported once")
        // A new folder, then a file in it: the folder is listened to from the first answer on.
        try FileManager.default.createDirectory(at: site.directory.appendingPathComponent("content/odense/plan"),
                                                withIntermediateDirectories: true)
        XCTAssertTrue(notifier.mayHaveChanged())
        try site.write("content/odense/plan/index.md", "---\nkind: framework\ntitle: Plan\n---\n")
        XCTAssertTrue(notifier.mayHaveChanged())
        try site.write("content/odense/plan/index.md", "---\nkind: framework\ntitle: Plan 2\n---\n")
        XCTAssertTrue(notifier.mayHaveChanged())
        // sitegen.yml and the theme.
        try site.write("sitegen.yml", (site.read("sitegen.yml") ?? "") + "\n")
        XCTAssertTrue(notifier.mayHaveChanged())
        try site.write("themes/default/templates/partials/footer.mustache", "<footer></footer>\n")
        XCTAssertTrue(notifier.mayHaveChanged())
        try site.write("themes/default/templates/partials/footer.mustache", "<footer>2</footer>\n")
        XCTAssertTrue(notifier.mayHaveChanged())
        XCTAssertFalse(notifier.mayHaveChanged())
        #endif
    }

    /// content/ may be a symbolic link (which the build refuses, `symlink`): the notifier still
    /// listens inside it, so a rebuild after an edit there says so again.
    func testTheNotifierFollowsALinkedContentFolder() throws {
        #if os(Linux)
        let site = try TemporarySite(minimalSiteFiles())
        let content = site.directory.appendingPathComponent("content")
        let elsewhere = site.directory.appendingPathComponent("shared-content")
        try FileManager.default.moveItem(at: content, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: content, withDestinationURL: elsewhere)
        let notifier = ChangeNotifier(siteDirectory: site.directory)
        XCTAssertTrue(notifier.isListening)
        XCTAssertFalse(notifier.mayHaveChanged())
        try site.write("content/aarhus/grundlag/anden.md", minimalSiteFiles()["content/aarhus/grundlag/anden.md"]! + "\nMere.\n")
        XCTAssertTrue(notifier.mayHaveChanged())
        #endif
    }
}
