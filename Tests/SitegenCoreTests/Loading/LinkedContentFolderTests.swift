import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// content/ that is itself a symbolic link was followed without a word, publishing whatever the
/// link points to. Links under content/ were already refused (`symlink`); the folder itself is
/// now refused the same way, at `content`, and nothing is read through it.
@Suite struct LinkedContentFolderTests {
    /// Replaces the site's content/ with a link to the content/ of `outside`.
    static func linkContent(of site: TemporarySite, to outside: TemporarySite) throws {
        let content = site.directory.appendingPathComponent("content")
        try FileManager.default.removeItem(at: content)
        try FileManager.default.createSymbolicLink(at: content, withDestinationURL: outside.directory.appendingPathComponent("content"))
    }

    /// A valid site elsewhere, with a file that must not be published.
    static func outsideSite() throws -> TemporarySite {
        var files = minimalSiteFiles()
        files["content/aarhus/hemmelig.txt"] = "hemmeligt"
        return try TemporarySite(files)
    }

    @Test func aBuildReportsOneSymlinkErrorAndPublishesNothing() throws {
        let outside = try Self.outsideSite()
        let site = try TemporarySite([:])
        try Self.linkContent(of: site, to: outside)
        let result = site.build()
        #expect(result.status == .configurationError)
        #expect(result.diagnostics.map(\.code) == [.symlink])
        #expect(result.diagnostics.first?.location.file == "content")
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.message == "'content/' is a symbolic link; sitegen does not follow links, so it reads nothing through it")
        #expect(!site.exists("output"))
        // Nothing written into the linked folder either.
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.directory.appendingPathComponent("content").path).sorted()
                == ["aarhus", "pages"])
    }

    @Test func aCheckReportsTheSameError() throws {
        let outside = try Self.outsideSite()
        let site = try TemporarySite([:])
        try Self.linkContent(of: site, to: outside)
        let result = site.build(check: true)
        #expect(result.status == .configurationError)
        #expect(result.diagnostics.map(\.code) == [.symlink])
        #expect(result.diagnostics.first?.location.file == "content")
    }

    /// A link that leads nowhere is the same link: not "no content/ folder".
    @Test func aDanglingLinkIsReportedAsALink() throws {
        let site = try TemporarySite([:])
        let content = site.directory.appendingPathComponent("content")
        try FileManager.default.removeItem(at: content)
        try FileManager.default.createSymbolicLink(atPath: content.path, withDestinationPath: "findes-ikke")
        let result = site.build()
        #expect(result.status == .configurationError)
        #expect(result.diagnostics.map(\.code) == [.symlink])
    }

    /// The scanner refuses it too, for a preview whose content/ became a link since its plan.
    @Test func theScannerDoesNotWalkALinkedContentFolder() throws {
        let outside = try Self.outsideSite()
        let site = try TemporarySite([:])
        try Self.linkContent(of: site, to: outside)
        var bag = DiagnosticBag()
        let inventory = ContentScanner.scan(site.directory.appendingPathComponent("content"), diagnostics: &bag)
        #expect(inventory.markdownFiles.isEmpty)
        #expect(inventory.assets.isEmpty)
        #expect(inventory.folders.isEmpty)
        #expect(bag.sorted.map(\.code) == [.symlink])
        #expect(bag.sorted.first?.location.file == "content")
    }

    /// `sitegen serve`: refused at the first rebuild, and when content/ is replaced by a link
    /// while serving, the next rebuild fails with the error and output/ keeps what it had.
    @Test func thePreviewRefusesALinkedContentFolder() throws {
        let outside = try Self.outsideSite()
        let first = try TemporarySite([:])
        try Self.linkContent(of: first, to: outside)
        let refused = IncrementalBuilder(options: BuildOptions(siteDirectory: first.directory)).rebuild()
        #expect(refused.status == .configurationError)
        #expect(refused.diagnostics.map(\.code) == [.symlink])
        #expect(!first.exists("output"))

        let site = try TemporarySite(minimalSiteFiles())
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        #expect(builder.rebuild().status == .success)
        let before = site.read("output/index.html")
        try Self.linkContent(of: site, to: outside)
        let report = builder.rebuild()
        #expect(report.status != .success)
        #expect(report.diagnostics.filter { $0.code == .symlink }.map(\.location.file) == ["content"])
        #expect(!site.exists("output/aarhus/hemmelig.txt"))
        #expect(site.read("output/index.html") == before)
        // A watcher's report of a changed file takes the full scan too.
        let known = builder.rebuild(changedMarkdownFiles: ["aarhus/index.md"])
        #expect(known.status != .success)
        #expect(known.diagnostics.filter { $0.code == .symlink }.map(\.location.file) == ["content"])
        #expect(!site.exists("output/aarhus/hemmelig.txt"))
    }
}
