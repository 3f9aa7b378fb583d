import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// themes/, or the theme folder in use, that is itself a symbolic link was followed without a
/// word, publishing its assets from wherever it points. It is now a `symlink` error at the
/// folder, the theme is not read, and nothing is built.
@Suite struct LinkedThemeFolderTests {
    /// A theme folder elsewhere, with an asset that must not be published.
    static func outsideTheme() throws -> TemporarySite {
        let outside = try TemporarySite([:], config: nil)
        try outside.write("tema/assets/hemmelig.txt", "hemmeligt")
        try outside.write("tema/strings/da.yml", "skipLink: Spring til indholdet\n")
        return outside
    }

    static func link(_ path: String, in site: TemporarySite, to target: URL) throws {
        let url = site.directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
    }

    static func expectRefused(_ result: BuildResult, at folder: String, site: TemporarySite) {
        #expect(result.status == .configurationError)
        #expect(result.diagnostics.map(\.code) == [.symlink])
        #expect(result.diagnostics.first?.location.file == folder)
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.message == "'\(folder)/' is a symbolic link; sitegen does not follow links, so it reads nothing through it")
        #expect(!site.exists("output"))
    }

    @Test func aLinkedDefaultThemeFolderIsRefused() throws {
        let outside = try Self.outsideTheme()
        let site = try TemporarySite(minimalSiteFiles())
        try Self.link("themes/default", in: site, to: outside.directory.appendingPathComponent("tema"))
        Self.expectRefused(site.build(), at: "themes/default", site: site)
        Self.expectRefused(site.build(check: true), at: "themes/default", site: site)
    }

    /// The chosen theme's folder as a link: the same error, not "the theme does not exist".
    @Test func aLinkedChosenThemeFolderIsRefused() throws {
        let outside = try Self.outsideTheme()
        let site = try TemporarySite(minimalSiteFiles(), config: "title: A\ntheme: kommune\n")
        try Self.link("themes/kommune", in: site, to: outside.directory.appendingPathComponent("tema"))
        Self.expectRefused(site.build(), at: "themes/kommune", site: site)
    }

    /// themes/ itself a link: named once, as `themes`, not once per theme folder under it.
    @Test func aLinkedThemesFolderIsRefused() throws {
        let outside = try Self.outsideTheme()
        try outside.write("temaer/default/assets/hemmelig.txt", "hemmeligt")
        let site = try TemporarySite(minimalSiteFiles())
        try Self.link("themes", in: site, to: outside.directory.appendingPathComponent("temaer"))
        Self.expectRefused(site.build(), at: "themes", site: site)
        // Nothing is read through it, by the theme's layers or the preview's stamp of the theme files.
        #expect(Theme.files(in: site.directory.appendingPathComponent("themes")).isEmpty)
        #expect(Theme.layers(siteDirectory: site.directory, name: "default").allSatisfy { $0.label == Theme.builtInLabel || $0.files.isEmpty })
    }

    /// The preview's first rebuild is refused the same way.
    @Test func thePreviewRefusesALinkedThemeFolder() throws {
        let outside = try Self.outsideTheme()
        let site = try TemporarySite(minimalSiteFiles())
        try Self.link("themes/default", in: site, to: outside.directory.appendingPathComponent("tema"))
        let report = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory)).rebuild()
        #expect(report.status == .configurationError)
        #expect(report.diagnostics.map(\.code) == [.symlink])
        #expect(report.diagnostics.first?.location.file == "themes/default")
        #expect(!site.exists("output"))
    }

    /// A real theme folder is read as before, links inside it being warnings.
    @Test func aRealThemeFolderStillBuilds() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("themes/default/assets/extra.css", "body { color: #000; }\n")
        let result = site.build()
        #expect(result.status == .success)
        #expect(site.read("output/assets/extra.css") == "body { color: #000; }\n")
    }
}
