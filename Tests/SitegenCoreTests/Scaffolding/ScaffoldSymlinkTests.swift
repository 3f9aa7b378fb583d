import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// `sitegen new` does not write through a symbolic link below content/: not through a folder on
/// the way, not through a link at the new file's own name (a dangling one included).
@Suite struct ScaffoldSymlinkTests {
    /// A folder outside the site, removed with `cleanUp`.
    static func outsideFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aLinkedDocumentFolderIsRefused() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let outside = try Self.outsideFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        // The framework's folder lives outside the site; content/aarhus/grundlag links to it.
        let folder = site.directory.appendingPathComponent("content/aarhus/grundlag")
        let moved = outside.appendingPathComponent("grundlag")
        try FileManager.default.moveItem(at: folder, to: moved)
        try FileManager.default.createSymbolicLink(at: folder, withDestinationURL: moved)

        let result = Scaffold.newFile(kind: .approach, path: "content/aarhus/grundlag/ny.md", siteDirectory: site.directory)
        guard case .failure(let failure) = result else {
            Issue.record("written through the link: \(result)")
            return
        }
        #expect(failure.problem == .newFileThroughSymlink(path: "aarhus/grundlag"))
        #expect(failure.problem.code == .symlink)
        #expect(failure.message(in: .en).contains("content/aarhus/grundlag is a symbolic link"), "\(failure.message(in: .en))")
        #expect(!FileManager.default.fileExists(atPath: moved.appendingPathComponent("ny.md").path))
    }

    /// content/ itself a link: the build refuses it, so `new` does too.
    @Test func aLinkedContentFolderIsRefused() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let outside = try Self.outsideFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        let content = site.directory.appendingPathComponent("content")
        let moved = outside.appendingPathComponent("content")
        try FileManager.default.moveItem(at: content, to: moved)
        try FileManager.default.createSymbolicLink(at: content, withDestinationURL: moved)

        let result = Scaffold.newFile(kind: .approach, path: "content/aarhus/grundlag/ny.md", siteDirectory: site.directory)
        guard case .failure(let failure) = result else {
            Issue.record("written through the link: \(result)")
            return
        }
        #expect(failure.problem == .newFileThroughSymlink(path: ""))
        #expect(failure.message(in: .en).hasPrefix("content/ is a symbolic link"), "\(failure.message(in: .en))")
        #expect(!FileManager.default.fileExists(atPath: moved.appendingPathComponent("aarhus/grundlag/ny.md").path))
    }

    @Test func aLinkedPagesFolderIsRefused() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let outside = try Self.outsideFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        let pages = site.directory.appendingPathComponent("content/pages")
        try? FileManager.default.removeItem(at: pages)
        try FileManager.default.createSymbolicLink(at: pages, withDestinationURL: outside)

        let result = Scaffold.newFile(kind: .page, path: "kontakt", siteDirectory: site.directory)
        #expect(result == .failure(Scaffold.Failure(problem: .newFileThroughSymlink(path: "pages"))))
        #expect(!FileManager.default.fileExists(atPath: outside.appendingPathComponent("kontakt.md").path))
    }

    @Test func aDanglingLinkAtTheFilesNameIsRefused() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let outside = try Self.outsideFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        let target = outside.appendingPathComponent("target.md")
        try FileManager.default.createSymbolicLink(at: site.directory.appendingPathComponent("content/aarhus/grundlag/ny.md"),
                                                   withDestinationURL: target)

        let result = Scaffold.newFile(kind: .approach, path: "content/aarhus/grundlag/ny.md", siteDirectory: site.directory)
        #expect(result == .failure(Scaffold.Failure(problem: .newFileThroughSymlink(path: "aarhus/grundlag/ny.md"))))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    /// Ordinary folders, new ones included, are written as before; every language has the text.
    @Test func ordinaryFoldersAreStillWritten() throws {
        let site = try TemporarySite(minimalSiteFiles())
        #expect(Scaffold.symbolicLink(in: site.directory.appendingPathComponent("content"), along: ["aarhus", "grundlag", "ny.md"]) == nil)
        let written = try Scaffold.newFile(kind: .municipality, path: "content/odense", siteDirectory: site.directory).get()
        #expect(written == "content/odense/index.md")
        for language in [Language.da, .nb, .en] {
            #expect(Scaffold.Failure(problem: .newFileThroughSymlink(path: "x")).message(in: language).contains("content/x"))
        }
    }
}
