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
}
