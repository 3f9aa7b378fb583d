import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// A build replaces its whole output folder, so a folder given with `--output` must be empty or
/// carry the marker of an earlier build: `--output repo` deleted a gh-pages checkout's `.git`.
@Suite struct OutputLocationTests {
    /// `repo/` with only `.git/` and `.env` was built into, and both were gone.
    @Test func aFolderOfHiddenFilesIsRefusedAndKept() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("repo/.git/HEAD", "ref: refs/heads/gh-pages\n")
        try site.write("repo/.env", "TOKEN=x\n")
        let result = site.build(output: site.directory.appendingPathComponent("repo"))
        #expect(result.status == .configurationError)
        #expect(result.diagnostics.map(\.code) == [.outputFolder])
        #expect(result.diagnostics.first?.location.file == "--output")
        #expect(result.diagnostics.first?.message.hasSuffix("holds files that sitegen did not write (it has no .sitegen-output file), and a build would delete them") == true)
        #expect(site.read("repo/.git/HEAD") == "ref: refs/heads/gh-pages\n")
        #expect(site.read("repo/.env") == "TOKEN=x\n")
    }

    /// A folder with an index.html looked like sitegen's, and its .docx was wiped too.
    @Test func aFolderWithAnIndexPageButNoMarkerIsRefused() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("andet/index.html", "<p>egen</p>")
        try site.write("andet/rapport.docx", "Word")
        #expect(site.build(output: site.directory.appendingPathComponent("andet")).status == .configurationError)
        #expect(site.read("andet/rapport.docx") == "Word")
    }

    /// Every build leaves the marker, so the next build into the same folder is allowed.
    @Test func aFolderSitegenWroteCarriesTheMarkerAndIsBuiltIntoAgain() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let output = site.directory.appendingPathComponent("ud")
        #expect(site.build(output: output).status == .success)
        #expect(site.read("ud/.sitegen-output") == OutputLocation.markerText)
        #expect(site.build(output: output).status == .success)
        #expect(site.build().status == .success)
        #expect(site.exists("output/.sitegen-output"))
    }

    /// The site's own output/ is sitegen's by the content format, marker or not.
    @Test func theSitesOwnOutputFolderIsAdopted() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("output/gammel.txt", "fra før")
        try site.write("output/.gitkeep", "")
        #expect(site.build().status == .success)
        #expect(site.build(output: site.directory.appendingPathComponent("output")).status == .success)
        #expect(!site.exists("output/gammel.txt"))
        #expect(site.exists("output/.sitegen-output"))
    }

    /// The names in the site's content/, hidden ones too.
    static func contentNames(_ site: TemporarySite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.directory.appendingPathComponent("content").path).sorted()
    }

    /// `--output link/new` with `link` → content/: the guard resolved links only in a path that
    /// exists, so a folder not made yet slipped past it and the site was written into content/.
    @Test func aNewFolderReachedThroughALinkIntoContentIsRefused() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let fm = FileManager.default
        try fm.createSymbolicLink(at: site.directory.appendingPathComponent("link"), withDestinationURL: site.directory.appendingPathComponent("content"))
        // Relative targets too: `selv` → the site folder, `ud` → content/new, which does not exist.
        try fm.createSymbolicLink(atPath: site.directory.appendingPathComponent("selv").path, withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: site.directory.appendingPathComponent("ud").path, withDestinationPath: "content/new")
        for relative in ["content/new", "link/new", "link/new/deeper", "selv/content/new", "ud", "ud/deeper"] {
            let result = site.build(output: site.directory.appendingPathComponent(relative))
            #expect(result.status == .configurationError, "\(relative)")
            #expect(result.diagnostics.map(\.code) == [.outputFolder], "\(relative)")
            #expect(result.diagnostics.first?.message.contains("lies inside the site's content/ folder") == true, "\(relative)")
        }
        #expect(try Self.contentNames(site) == ["aarhus", "pages"])
        #expect(!site.exists("content/new"))
    }

    /// themes/ the same way, and `--output` through a link to the site folder itself.
    @Test func aNewFolderReachedThroughALinkIntoThemesOrTheSiteIsRefused() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("themes/mit/templates/.keep", "")
        let fm = FileManager.default
        try fm.createSymbolicLink(at: site.directory.appendingPathComponent("temaer"), withDestinationURL: site.directory.appendingPathComponent("themes"))
        let themes = site.build(output: site.directory.appendingPathComponent("temaer/ny"))
        #expect(themes.diagnostics.map(\.code) == [.outputFolder])
        #expect(themes.diagnostics.first?.message.contains("lies inside the site's themes/ folder") == true)
        #expect(!site.exists("themes/ny"))
        let outside = try TemporarySite([:], config: nil)
        try fm.createSymbolicLink(at: outside.directory.appendingPathComponent("sitet"), withDestinationURL: site.directory)
        let whole = site.build(output: outside.directory.appendingPathComponent("sitet"))
        #expect(whole.diagnostics.map(\.code) == [.outputFolder])
        #expect(try Self.contentNames(site) == ["aarhus", "pages"])
    }

    /// A link to a folder outside content/ and themes/ is still fine, new folder and all.
    @Test func aNewFolderThroughALinkElsewhereIsBuiltInto() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let elsewhere = try TemporarySite([:], config: nil)
        try FileManager.default.createSymbolicLink(at: site.directory.appendingPathComponent("udgivelse"), withDestinationURL: elsewhere.directory)
        #expect(site.build(output: site.directory.appendingPathComponent("udgivelse/ny")).status == .success)
        #expect(elsewhere.exists("ny/index.html"))
        #expect(try Self.contentNames(site) == ["aarhus", "pages"])
    }

    /// The resolved path: the deepest existing ancestor through realpath(3), the rest appended,
    /// a link that leads nowhere followed, `..` taken from the folder it is in.
    @Test func aPathIsResolvedAsFarAsItExists() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let fm = FileManager.default
        let root = OutputLocation.physicalPath(site.directory.path)
        try fm.createSymbolicLink(atPath: site.directory.appendingPathComponent("link").path, withDestinationPath: "content")
        try fm.createSymbolicLink(atPath: site.directory.appendingPathComponent("ud").path, withDestinationPath: "ny/../content/x")
        try fm.createSymbolicLink(atPath: site.directory.appendingPathComponent("ring").path, withDestinationPath: "ring")
        #expect(OutputLocation.physicalPath(site.directory.path + "/link/a/b") == root + "/content/a/b")
        #expect(OutputLocation.physicalPath(site.directory.path + "/ud/y") == root + "/content/x/y")
        #expect(OutputLocation.physicalPath(site.directory.path + "/ny/mappe") == root + "/ny/mappe")
        #expect(OutputLocation.physicalPath("/") == "/")
        // A loop of links ends (at the link limit) instead of recursing for ever.
        #expect(OutputLocation.physicalPath(site.directory.path + "/ring/x").hasSuffix("/ring/x"))
    }
}

/// `sitegen serve` builds through `IncrementalBuilder`, whose first rebuild is a full build:
/// it refuses the same folders (its options come from the server, which may name an output folder).
@Suite struct IncrementalOutputLocationTests {
    @Test func theFirstRebuildRefusesAFolderOfOtherFiles() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("repo/.git/HEAD", "ref: refs/heads/gh-pages\n")
        var options = BuildOptions(siteDirectory: site.directory)
        options.outputDirectory = site.directory.appendingPathComponent("repo")
        let builder = IncrementalBuilder(options: options)
        for _ in 0..<2 {
            let report = builder.rebuild()
            #expect(report.status == .configurationError)
            #expect(report.diagnostics.map(\.code) == [.outputFolder])
        }
        #expect(site.read("repo/.git/HEAD") == "ref: refs/heads/gh-pages\n")
        #expect(!site.exists("repo/index.html"))
    }

    @Test func theFirstRebuildRefusesANewFolderThroughALinkIntoContent() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try FileManager.default.createSymbolicLink(at: site.directory.appendingPathComponent("link"),
                                                   withDestinationURL: site.directory.appendingPathComponent("content"))
        var options = BuildOptions(siteDirectory: site.directory)
        options.outputDirectory = site.directory.appendingPathComponent("link/new")
        let report = IncrementalBuilder(options: options).rebuild()
        #expect(report.status == .configurationError)
        #expect(report.diagnostics.map(\.code) == [.outputFolder])
        #expect(!site.exists("content/new"))
    }
}
