import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Links, pictures and `related` ids that reach nothing, and the hints that say what was meant.
final class LinkValidationTests: XCTestCase {
    func testBrokenLinksFragmentsAndImages() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"] = """
        ---
        kind: approach
        title: Den anden tilgang
        number: 2
        statement: Vi leder trivsel.
        actions:
          - Vi gør mere
        ---
        Se [noget](forstee.md) og [afsnit](forste.md#findes-ikke).

        ![Et billede](mangler.png)
        """
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.status, .contentErrors)
        let broken = try XCTUnwrap(diagnostics(result, code: "broken-link").first)
        XCTAssertEqual(broken.location.line, 9)
        XCTAssertEqual(broken.hint, "did you mean 'forste.md'?")
        let fragment = try XCTUnwrap(diagnostics(result, code: "missing-fragment").first)
        XCTAssertEqual(fragment.severity, .warning)
        XCTAssertEqual(fragment.hint, "the headings' ids are: #hvorfor")
        XCTAssertEqual(diagnostics(result, code: "missing-image").map(\.location.line), [11])
    }

    /// A part of a kind its document cannot hold (an initiative copied into a framework) is not
    /// published, but its broken links and missing pictures are told in the same run.
    func testAMisplacedPartsLinksAreStillChecked() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/tiltag.md"] = "---\nkind: initiative\ntitle: Tiltag\nnumber: 1\nprerequisite: Det forudsætter noget\n---\nSe [planen](plan.md) og ![Model](model.png).\n"
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.diagnostics.map(\.code.rawValue).sorted(), ["broken-link", "kind-mismatch", "missing-image"],
                       result.diagnostics.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(result.diagnostics.first { $0.code.rawValue == "broken-link" }?.location.line, 7)
    }

    /// An unknown `related` id is answered with the page whose file has that name, or with the
    /// id without `content/`, not with the same nearest spellings for every mistake.
    func testUnknownRelatedIDsSuggestThePageMeant() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/forste.md"] = files["content/aarhus/grundlag/forste.md"]!
            .replacingOccurrences(of: "  - aarhus/grundlag/anden\n", with: "  - anden\n  - content/aarhus/index.md\n")
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.diagnostics.map(\.code.rawValue), ["unknown-id", "unknown-id"])
        XCTAssertEqual(result.diagnostics.map(\.hint), ["did you mean 'aarhus/grundlag/anden'?", "did you mean 'aarhus'?"])
    }

    /// A picture whose name differs from the file's only in capitals (which Windows and macOS
    /// hide) says so; a link to a page's .html address names the page's .md file.
    func testHintsForCapitalsAndHTMLAddresses() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"] = files["content/aarhus/grundlag/anden.md"]!
            + "\n![Modellen](Modell.png) og [kommunen](../index.html)\n"
        let site = try TemporarySite(files)
        try site.write("content/aarhus/grundlag/modell.png", "png")
        let result = site.build()
        XCTAssertEqual(result.diagnostics.map(\.code.rawValue), ["missing-image", "broken-link"])
        XCTAssertEqual(result.diagnostics.map(\.hint), ["the file is called 'modell.png': capital and small letters must match",
                                                        "link to the page by its file, '../index.md'"])
    }

    /// A link with the name a misnamed file should have (`anden-tilgang.md` for the file
    /// `Anden tilgang.md`) says the file is to be renamed, not "did you mean 'Anden tilgang.md'?".
    func testALinkToAMisnamedFilesRightNameSaysRenameIt() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/Tredje tilgang.md"] = "---\nkind: section\ntitle: Tredje\n---\n"
        files["content/aarhus/grundlag/anden.md"] = files["content/aarhus/grundlag/anden.md"]! + "\nSe [tredje](tredje-tilgang.md).\n"
        let result = try TemporarySite(files).build()
        let link = try XCTUnwrap(result.diagnostics.first { $0.code.rawValue == "broken-link" })
        XCTAssertEqual(link.hint, "the file is called 'Tredje tilgang.md'; rename it as its own error says, and this link works")
        XCTAssertTrue(result.diagnostics.contains { $0.code.rawValue == "invalid-name" })
    }

    func testRelatedIDsMustExist() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/forste.md"] = files["content/aarhus/grundlag/forste.md"]!
            .replacingOccurrences(of: "aarhus/grundlag/anden", with: "aarhus/grundlag/andne")
        let result = try TemporarySite(files).build()
        let problem = try XCTUnwrap(diagnostics(result, code: "unknown-id").first)
        XCTAssertEqual(problem.location, SourceLocation(file: "content/aarhus/grundlag/forste.md", line: 9, column: 5))
        XCTAssertEqual(problem.hint?.contains("'aarhus/grundlag/anden'"), true)
    }

    /// A `related` entry naming the page itself or one named before is a warning, and the page
    /// lists each related page once and never itself.
    func testRelatedNamingItselfOrTwiceIsAWarning() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/forste.md"] = files["content/aarhus/grundlag/forste.md"]!
            .replacingOccurrences(of: "  - aarhus/grundlag/anden\n", with: "  - aarhus/grundlag/anden\n  - aarhus/grundlag/forste\n  - aarhus/grundlag/anden\n")
        let site = try TemporarySite(files)
        let result = site.build()
        XCTAssertEqual(result.status, .success)
        XCTAssertEqual(result.diagnostics.map { "\($0.location.line):\($0.code)" }, ["10:related-duplicate", "11:related-duplicate"])
        let page = try XCTUnwrap(site.read("output/aarhus/grundlag/forste/index.html"))
        let related = try XCTUnwrap(page.components(separatedBy: "class=\"related\"").dropFirst().first?.components(separatedBy: "</section>").first)
        XCTAssertEqual(related.components(separatedBy: "Den anden tilgang").count - 1, 1, related)
        XCTAssertFalse(related.contains("Den første tilgang"), related)
    }

    /// A link to a page written without its file ("forste", "index", "../grundlag/") gets the
    /// way to write it with the page's file; a logo must be a picture.
    func testHintsForLinksWithoutTheirFileAndLogosThatAreNoPictures() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"]! += "\n[a](forste) [b](index) [c](./) [d](../grundlag/)\n"
        files["content/aarhus/index.md"] = files["content/aarhus/index.md"]!.replacingOccurrences(of: "country: dk\n", with: "country: dk\nlogo: grundlag/index.md\n")
        let result = try TemporarySite(files).build()
        XCTAssertEqual(diagnostics(result, code: "broken-link").map { $0.hint ?? "" }, [
            "link to the page by its file, 'forste.md'", "link to the page by its file, 'index.md'",
            "link to the page by its file, 'index.md'", "link to the page by its file, '../grundlag/index.md'",
        ])
        XCTAssertEqual(diagnostics(result, code: "missing-file").map(\.message), ["the logo 'grundlag/index.md' is not a picture file"])
    }

    /// A link address with an invisible character pasted in says so, rather than asking for a
    /// file that is plainly there.
    func testALinkWithAnInvisibleCharacterSaysSo() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"]! += "\nSe [den første](forste.md\u{200B}).\n"
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.diagnostics.map(\.message), ["the address 'forste.md' holds an invisible character (U+200B), so it matches no file"])
    }

    /// The hint for a broken link never names the file the link is in.
    func testABrokenLinksHintDoesNotNameItsOwnFile() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"]! += "\nSe [noget](andne.md).\n"
        let result = try TemporarySite(files).build()
        let hints = diagnostics(result, code: "broken-link").map { $0.hint ?? "" }
        XCTAssertEqual(hints.count, 1)
        XCTAssertFalse(hints[0].contains("'anden.md'"), hints[0])
    }

    /// A link or a `related` entry to a left-out draft says so, instead of "does not exist" and
    /// a guess at another file; with --drafts both are built.
    func testALinkToADraftSaysItIsADraft() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/kladde.md"] = "---\nkind: section\ntitle: Kladde\ndraft: true\n---\n"
        files["content/aarhus/plan/index.md"] = "---\nkind: programme\ntitle: Plan\ngoal: G\ndraft: true\n---\n"
        files["content/aarhus/plan/tiltag.md"] = "---\nkind: section\ntitle: Tiltag\n---\n"
        files["content/aarhus/grundlag/anden.md"]! += "\nSe [kladden](kladde.md) og [tiltaget](../plan/tiltag.md).\n"
        files["content/pages/om.md"] = files["content/pages/om.md"]!.replacingOccurrences(of: "menu: 1\n", with: "menu: 1\nrelated:\n  - aarhus/plan\n")
        let site = try TemporarySite(files)
        let result = site.build()
        XCTAssertEqual(result.status, .contentErrors)
        let messages = result.diagnostics.map(\.message)
        XCTAssertEqual(messages, [
            "the link 'kladde.md' points to a draft, which is left out of the build",
            "the link '../plan/tiltag.md' points to a draft, which is left out of the build",
            "'related' names 'aarhus/plan', a draft, which is left out of the build",
        ])
        XCTAssertEqual(site.build(drafts: true).status, .success)
    }

    /// The footer's links are checked like a body's, from content/, at their lines in
    /// sitegen.yml, and a mistake there is a configuration error (status 2).
    func testFooterLinksAreCheckedAtTheirLines() throws {
        let site = try TemporarySite(minimalSiteFiles(), config: """
        title: Testsite
        language: da
        footer: |
          Se [om sitet](pages/om.md) og [Aarhus](aarhus/index.md).

          Også [intet](pages/intet.md), [rod](/om/) og ![Logo](logo.png).
        """)
        let result = site.build()
        XCTAssertEqual(result.status, .configurationError)
        let found = result.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.code)" }
        XCTAssertEqual(found, ["sitegen.yml:6:broken-link", "sitegen.yml:6:absolute-link", "sitegen.yml:6:missing-image"])
        let absolute = try XCTUnwrap(diagnostics(result, code: "absolute-link").first)
        XCTAssertEqual(absolute.hint, "write the path from content/, e.g. pages/om.md")
        // Mended, the footer's links work from every page.
        try site.write("sitegen.yml", "title: Testsite\nlanguage: da\nfooter: \"Se [om sitet](pages/om.md).\"\n")
        XCTAssertEqual(site.build().status, .success)
        XCTAssertTrue(site.read("output/aarhus/grundlag/index.html")?.contains("href=\"../../om/index.html\">om sitet</a>") ?? false)
    }
}
