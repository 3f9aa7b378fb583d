import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// A site's own theme: its mistakes, what it overrides, and the default theme built in.
final class BuildThemeTests: XCTestCase {
    func testADynamicPartialIsAThemeErrorWithItsLine() throws {
        let site = try TemporarySite(minimalSiteFiles(), config: "title: A\ntheme: kommune\n")
        try site.write("themes/kommune/templates/partials/footer.mustache", "<footer>\n{{>*kind}}\n</footer>\n")
        let result = site.build()
        XCTAssertEqual(result.status, .configurationError)
        let found = diagnostics(result, code: "theme-error")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.location.file, "themes/kommune/templates/partials/footer.mustache")
        XCTAssertEqual(found.first?.location.line, 2)
        XCTAssertFalse(site.exists("output/index.html"))
    }

    /// Theme mistakes that used to build without a word: a partial that does not exist (it
    /// rendered as nothing), an empty text (an empty skip link on every page), a list where a
    /// text belongs, and a text no template uses (a typo: the text meant stays as it was).
    func testThemeMistakesAreReported() throws {
        let site = try TemporarySite(minimalSiteFiles(), config: "title: A\ntheme: kommune\n")
        try site.write("themes/kommune/templates/partials/footer.mustache", "<footer>\n{{> partials/kontakt}}\n</footer>\n")
        try site.write("themes/kommune/strings/da.yml", "skipLinx: Gå til indhold\nskipLink: \"\"\nsearch: [a, b]\n")
        let result = site.build()
        XCTAssertEqual(result.status, .configurationError)
        XCTAssertEqual(result.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.severity == .error ? "error" : "warning")" }, [
            "themes/kommune/strings/da.yml:0:warning", "themes/kommune/strings/da.yml:2:error", "themes/kommune/strings/da.yml:3:error",
            "themes/kommune/templates/partials/footer.mustache:2:error",
        ])
        XCTAssertEqual(result.diagnostics.first?.hint, "did you mean 'skipLink'?")
        XCTAssertFalse(site.exists("output"))
        // A strings file for a language sitegen does not have is a warning.
        try site.write("themes/kommune/strings/sv.yml", "skipLink: Hoppa till innehållet\n")
        XCTAssertTrue(site.build().diagnostics.contains { $0.location.file == "themes/kommune/strings/sv.yml" && $0.severity == .warning })
        try FileManager.default.removeItem(at: site.directory.appendingPathComponent("themes/kommune/strings/sv.yml"))
        // So is a symbolic link, which is not followed.
        try site.write("logo.png", "png")
        try FileManager.default.createDirectory(at: site.directory.appendingPathComponent("themes/kommune/assets"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.directory.appendingPathComponent("themes/kommune/assets/logo.png").path,
                                                   withDestinationPath: site.directory.appendingPathComponent("logo.png").path)
        XCTAssertEqual(diagnostics(site.build(), code: "symlink").map(\.location.file), ["themes/kommune/assets/logo.png"])
        try FileManager.default.removeItem(at: site.directory.appendingPathComponent("themes/kommune/assets/logo.png"))
        // A text of the theme's own that its own template uses is fine.
        try site.write("themes/kommune/templates/partials/footer.mustache", "<footer><p>{{t.kontakt}}</p></footer>\n")
        try site.write("themes/kommune/strings/da.yml", "kontakt: Skriv til os\n")
        let fine = site.build()
        XCTAssertEqual(fine.diagnostics, [])
        XCTAssertTrue(site.read("output/index.html")?.contains("Skriv til os") ?? false)
    }

    func testThemeOverrideFallsBackToDefault() throws {
        let site = try TemporarySite(minimalSiteFiles(), config: "title: A\ntheme: kommune\n")
        try site.write("themes/kommune/templates/partials/footer.mustache", "<footer class=\"site-footer\"><p>Egen sidefod</p></footer>\n")
        try site.write("themes/kommune/strings/da.yml", "skipLink: Spring til indholdet\n")
        try site.write("themes/kommune/assets/extra.css", "body { color: #000; }\n")
        XCTAssertEqual(site.build().status, .success)
        let home = try XCTUnwrap(site.read("output/index.html"))
        XCTAssertTrue(home.contains("Egen sidefod"))
        XCTAssertTrue(home.contains("Spring til indholdet"))
        XCTAssertTrue(home.contains("Forside"), "strings the theme lacks come from the default")
        XCTAssertTrue(site.exists("output/assets/extra.css"))
        XCTAssertTrue(site.exists("output/assets/style.css"))
    }

    func testEmbeddedDefaultThemeMatchesThemesFolder() throws {
        let folder = repositoryRoot.appendingPathComponent("themes/default")
        var onDisk: [String: String] = [:]
        for (relative, url) in Theme.files(in: folder) {
            onDisk[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        XCTAssertEqual(Set(onDisk.keys), Set(DefaultTheme.files.keys), "run `make theme` after changing themes/default")
        for (path, text) in onDisk {
            XCTAssertEqual(DefaultTheme.files[path], text, "\(path) differs: run `make theme`")
        }
    }
}
