import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class BuildOutputTests: XCTestCase {
    func testTwoBuildsAreByteIdenticalAndParallelEqualsSerial() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let first = site.directory.appendingPathComponent("first")
        let second = site.directory.appendingPathComponent("second")
        XCTAssertEqual(site.build(parallel: true, output: first).status, .success)
        XCTAssertEqual(site.build(parallel: false, output: second).status, .success)
        XCTAssertEqual(try snapshot(of: first), try snapshot(of: second))
    }

    /// cmark-gfm's extensions share one table of inline characters across the process: parsed
    /// on several threads at once, paragraphs lost their autolinks and strikethrough at random
    /// (found by an audit: every build of 200 such files differed). Each page must have them all.
    func testAutolinksAndStrikethroughSurviveAParallelBuild() throws {
        var files = minimalSiteFiles()
        let paragraph = (0..<20).map { "Se https://www.eksempel\($0).dk/side og ~~gammelt~~ og www.skole\($0).dk.\n" }.joined(separator: "\n")
        for index in 0..<150 {
            files["content/aarhus/grundlag/afsnit-\(index).md"] = "---\nkind: section\ntitle: Afsnit \(index)\n---\n" + paragraph
        }
        let site = try TemporarySite(files)
        XCTAssertEqual(site.build(parallel: true).status, .success)
        for index in 0..<150 {
            let page = try XCTUnwrap(site.read("output/aarhus/grundlag/afsnit-\(index)/index.html"))
            XCTAssertEqual(page.components(separatedBy: "<del>").count - 1, 20, "afsnit-\(index)")
            XCTAssertEqual(page.components(separatedBy: "href=\"https://www.eksempel").count - 1, 20, "afsnit-\(index)")
            XCTAssertEqual(page.components(separatedBy: "href=\"http://www.skole").count - 1, 20, "afsnit-\(index)")
        }
    }

    func testFailedBuildLeavesOutputAsItWas() throws {
        let site = try TemporarySite(minimalSiteFiles())
        XCTAssertEqual(site.build().status, .success)
        let before = try snapshot(of: site.directory.appendingPathComponent("output"))
        try site.write("content/aarhus/grundlag/anden.md", "---\nkind: approach\ntitle: x\n---\n")
        XCTAssertEqual(site.build().status, .contentErrors)
        XCTAssertEqual(try snapshot(of: site.directory.appendingPathComponent("output")), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.directory.path).filter { $0.hasPrefix(".output") }
        XCTAssertEqual(leftovers, [])
    }

    /// A build replaces its whole output folder, so a folder that holds the site, lies in content/
    /// or themes/, is a file, or holds other things is refused (status 2) and nothing is touched.
    func testAnOutputFolderThatWouldDestroySomethingIsRefused() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("themes/mit/templates/.keep", "")
        try site.write("andet/brev.docx", "Word")
        try site.write("fil.txt", "tekst")
        let before = try snapshot(of: site.directory)
        let outputs = [".", "content", "content/aarhus", "themes", "themes/mit/ud", "..", "andet", "fil.txt", "content/../."]
        for relative in outputs {
            let output = site.directory.appendingPathComponent(relative)
            let result = site.build(output: output)
            XCTAssertEqual(result.status, .configurationError, relative)
            XCTAssertEqual(result.diagnostics.map(\.code.rawValue), ["output-folder"], relative)
            XCTAssertEqual(try snapshot(of: site.directory), before, relative)
        }
        // A folder that only has hidden files, an empty one, and one sitegen built before are fine.
        try site.write("tom/.gitkeep", "")
        XCTAssertEqual(site.build(output: site.directory.appendingPathComponent("tom")).status, .success)
        XCTAssertEqual(site.build(output: site.directory.appendingPathComponent("tom")).status, .success)
        XCTAssertEqual(site.build(output: site.directory.appendingPathComponent("ny/mappe")).status, .success)
        // A check writes nothing, so any folder will do.
        XCTAssertEqual(site.build(check: true, output: site.directory).status, .success)
    }

    func testCheckWritesNothing() throws {
        let site = try TemporarySite(minimalSiteFiles())
        XCTAssertEqual(site.build(check: true).status, .success)
        XCTAssertFalse(site.exists("output"))
    }

    func testConfigurationErrorsAreStatusTwo() throws {
        let noConfig = try TemporarySite(minimalSiteFiles(), config: nil)
        XCTAssertEqual(noConfig.build().status, .configurationError)
        let unknownKey = try TemporarySite(minimalSiteFiles(), config: "title: A\nlanguge: da\n")
        let result = unknownKey.build()
        XCTAssertEqual(result.status, .configurationError)
        XCTAssertEqual(result.diagnostics.first?.hint, "did you mean 'language'?")
        let missingTheme = try TemporarySite(minimalSiteFiles(), config: "title: A\ntheme: mit-tema\n")
        XCTAssertEqual(diagnostics(missingTheme.build(), code: "missing-theme").count, 1)
        // sitegen.yml is named as itself, not as a content file's "front matter".
        let noTitle = try TemporarySite(minimalSiteFiles(), config: "language: da\n").build()
        XCTAssertEqual(noTitle.diagnostics.first?.hint, "add a line 'title: ...' to sitegen.yml")
        let tab = try TemporarySite(minimalSiteFiles(), config: "title: A\n\tlanguage: da\n").build()
        XCTAssertEqual(tab.diagnostics.first?.message.hasPrefix("sitegen.yml is not valid YAML"), true, tab.diagnostics.first?.message ?? "")
    }

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

    func testLanguageIsInheritedAndDatesAreWrittenOut() throws {
        let site = try TemporarySite([
            "content/oslo/index.md": "---\nkind: municipality\ntitle: Oslo kommune\nname: Oslo kommune\ncountry: no\nlanguage: no\n---\n",
            "content/oslo/plan/index.md": "---\nkind: programme\ntitle: Plan\ngoal: Bedre skole\nadopted: 2026-11-23\n---\n",
            "content/oslo/plan/tiltak.md": "---\nkind: initiative\ntitle: Tiltak\nnumber: 1\nprerequisite: At vi samarbeider\n---\n",
        ])
        XCTAssertEqual(site.build().status, .success)
        let page = try XCTUnwrap(site.read("output/oslo/plan/index.html"))
        XCTAssertTrue(page.contains("<html lang=\"no\">"))
        XCTAssertTrue(page.contains("Hopp til hovedinnhold"))
        XCTAssertTrue(page.contains("23. november 2026"))
        let part = try XCTUnwrap(site.read("output/oslo/plan/tiltak/index.html"))
        // The field's heading names it; the sentence under it starts "Det forutsetter …" as
        // CONTENT-FORMAT.md asks, so the heading does not say the same words first.
        XCTAssertTrue(part.contains(">Forutsetning</h2>"), part)
    }

    /// Text in another language than its page is marked with `lang` (WCAG 3.1.2), and a part
    /// in another language is labelled in its own: a Danish approach in an English framework.
    func testContentInAnotherLanguageIsMarked() throws {
        let site = try TemporarySite([
            "content/oslo/index.md": "---\nkind: municipality\ntitle: Oslo kommune\nname: Oslo kommune\ncountry: no\nlanguage: nn\n---\n",
            "content/oslo/plan/index.md": "---\nkind: framework\ntitle: Framework\nlabel: Framework\nlanguage: en\n---\n",
            "content/oslo/plan/forste.md": "---\nkind: approach\ntitle: Første tilgang\nnumber: 1\nlanguage: da\nstatement: Vi leder.\nactions:\n  - Vi gør\n---\n",
        ], config: "title: Testsite\nlanguage: no\n")
        XCTAssertEqual(site.build().status, .success)
        let municipality = try XCTUnwrap(site.read("output/oslo/index.html"))
        XCTAssertTrue(municipality.contains("<li class=\"card\" lang=\"en\">"), "the English framework on a Nynorsk page")
        let document = try XCTUnwrap(site.read("output/oslo/plan/index.html"))
        XCTAssertTrue(document.contains("<li class=\"card approach-card\" lang=\"da\">"), document)
        XCTAssertTrue(document.contains("Derfor gør vi følgende"), "the Danish part's own strings")
        let printPage = try XCTUnwrap(site.read("output/oslo/plan/print/index.html"))
        XCTAssertTrue(printPage.contains("aria-labelledby=\"del-forste-heading\" lang=\"da\">"), printPage)
        XCTAssertTrue(printPage.contains(">Tilgang 1<"), "labelled in Danish")
        // The Danish part's own page links to its English document by the document's title.
        let part = try XCTUnwrap(site.read("output/oslo/plan/forste/index.html"))
        XCTAssertTrue(part.contains("<html lang=\"da\">"), part)
        XCTAssertTrue(part.contains("Tilgang 1 · <a href=\"../../../oslo/plan/index.html\" lang=\"en\">Framework</a>"), part)
        let home = try XCTUnwrap(site.read("output/index.html"))
        XCTAssertTrue(home.contains("lang=\"nn\""))
        XCTAssertTrue(home.contains("<li lang=\"en\"><span class=\"label\">"), "the framework inside the Nynorsk card")
    }

    /// A Nynorsk site's interface is Nynorsk, not Bokmål (an audit found "Eier",
    /// "Utskriftsvennlig versjon", "Vedtatt" beside "Vedteke" on `lang="nn"` pages).
    func testNynorskPagesSpeakNynorsk() throws {
        let site = try TemporarySite([
            "content/bergen/index.md": "---\nkind: municipality\ntitle: Bergen kommune\nname: Bergen kommune\ncountry: no\n---\n",
            "content/bergen/plan/index.md": "---\nkind: framework\ntitle: Leiingsgrunnlag\nlabel: Leiingsgrunnlag\nstatus: adopted\nadopted: 2025-01-01\nowner: Skuleetaten\n---\n",
            "content/bergen/plan/forste.md": "---\nkind: approach\ntitle: Fagleg leiing\nnumber: 1\nstatement: Vi leier.\nactions:\n  - Vi gjer\n---\n",
        ], config: "title: Skular\nlanguage: nn\n")
        XCTAssertEqual(site.build().status, .success)
        let pages = try ["output/index.html", "output/bergen/plan/index.html", "output/bergen/plan/forste/index.html"]
            .map { try XCTUnwrap(site.read($0), $0) }.joined()
        for nynorsk in ["Utskriftsvenleg versjon", "Eigar", "Vedteke", "Tilnærmingar", "Kommunar og styresmakter"] {
            XCTAssertTrue(pages.contains(nynorsk), nynorsk)
        }
        for bokmaal in ["Utskriftsvennlig", "Eier", "Vedtatt", "Tilnærminger", "Kommuner og myndigheter", "Forrige"] {
            XCTAssertFalse(pages.contains(bokmaal), bokmaal)
        }
    }

    /// The print page and previous/next follow the document's numbers across kinds, as
    /// CONTENT-FORMAT.md orders parts ("by number, then by title"): a document numbered as one
    /// sequence, section 1, roles 2–3, section 4 (as Aarhus' is), reads in that order.
    func testPrintPageAndPagerFollowTheNumbersAcrossKinds() throws {
        let site = try TemporarySite([
            "content/aarhus/index.md": "---\nkind: municipality\ntitle: Aarhus Kommune\nname: Aarhus Kommune\ncountry: dk\n---\n",
            "content/aarhus/plan/index.md": "---\nkind: framework\ntitle: Ressourcepersoner\nlabel: Grundlag\n---\n",
            "content/aarhus/plan/modellen.md": "---\nkind: section\ntitle: Modellen\nnumber: 1\n---\n",
            "content/aarhus/plan/ledelsen.md": "---\nkind: role\ntitle: Skoleledelsen\nnumber: 2\nactor: Ledelsen\nresponsibilities:\n  - Leder\n---\n",
            "content/aarhus/plan/partneren.md": "---\nkind: role\ntitle: Læringspartneren\nnumber: 3\nactor: Partneren\nresponsibilities:\n  - Støtter\n---\n",
            "content/aarhus/plan/kurser.md": "---\nkind: section\ntitle: Du klædes på\nnumber: 4\n---\n",
        ])
        XCTAssertEqual(site.build().status, .success)
        let printPage = try XCTUnwrap(site.read("output/aarhus/plan/print/index.html"))
        let order = ["id=\"del-modellen\"", "id=\"del-ledelsen\"", "id=\"del-partneren\"", "id=\"del-kurser\""]
            .map { printPage.range(of: $0)?.lowerBound }
        XCTAssertEqual(order.compactMap { $0 }.count, 4, printPage)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted())
        let role = try XCTUnwrap(site.read("output/aarhus/plan/ledelsen/index.html"))
        XCTAssertTrue(role.contains("</span> Modellen</a>") && role.contains("</span> Læringspartneren</a>"), role)
    }

    /// A contact's missing title, e-mail or phone is missing on the page: the template must not
    /// find the page's own `title` (or any other outer value) in its place.
    func testAContactsMissingFieldsStayEmpty() throws {
        let site = try TemporarySite([
            "content/oslo/index.md": "---\nkind: municipality\ntitle: Oslo kommune\nname: Oslo kommune\ncountry: no\n---\n",
            "content/oslo/plan/index.md": """
            ---
            kind: programme
            title: Planen for skolen
            goal: Bedre skole
            contacts:
              - name: Kari Nordmann
              - name: Ola Nordmann
                title: Rektor
                email: ola@oslo.kommune.no
            ---
            """,
        ])
        XCTAssertEqual(site.build().status, .success)
        for path in ["output/oslo/plan/index.html", "output/oslo/plan/print/index.html"] {
            let page = try XCTUnwrap(site.read(path), path)
            let kari = try XCTUnwrap(page.range(of: "Kari Nordmann"), path)
            let rest = page[kari.upperBound...].prefix { $0 != "\n" }
            XCTAssertFalse(rest.contains("Planen for skolen"), "\(path): \(rest)")
            XCTAssertTrue(rest.hasPrefix("</strong></li>") || rest.hasPrefix("</li>"), "\(path): \(rest)")
            XCTAssertTrue(page.contains("Ola Nordmann"), path)
            XCTAssertTrue(page.contains("Rektor"), path)
            XCTAssertTrue(page.contains("mailto:ola@oslo.kommune.no"), path)
        }
    }

    /// Lists follow the alphabet of their language: Æ, Ø and Å after Z in Danish, "Aa" read as "Å".
    func testListsAreInTheirLanguagesAlphabeticalOrder() throws {
        func municipality(_ slug: String, _ name: String) -> (String, String) {
            ("content/\(slug)/index.md", "---\nkind: municipality\ntitle: \(name)\nname: \(name)\ncountry: dk\n---\n")
        }
        func programme(_ path: String, _ title: String) -> (String, String) {
            ("content/\(path)/index.md", "---\nkind: programme\ntitle: \(title)\ngoal: Bedre skole\n---\n")
        }
        let site = try TemporarySite(Dictionary(uniqueKeysWithValues: [
            municipality("aarhus", "Aarhus Kommune"), municipality("aero", "Ærø Kommune"),
            municipality("odense", "Odense Kommune"), municipality("albertslund", "Albertslund Kommune"),
            programme("odense/a", "Åben skole"), programme("odense/b", "Øget trivsel"),
            programme("odense/c", "Ældre elever"), programme("odense/d", "børn og unge"), programme("odense/e", "Skolestart"),
        ]))
        XCTAssertEqual(site.build().status, .success)
        func order(_ names: [String], in path: String) throws -> [String] {
            let page = try XCTUnwrap(site.read(path), path)
            let places = try names.map { name in try XCTUnwrap(page.range(of: ">\(name)<"), "\(name) in \(path)").lowerBound }
            return zip(names, places).sorted { $0.1 < $1.1 }.map(\.0)
        }
        XCTAssertEqual(try order(["Aarhus Kommune", "Ærø Kommune", "Odense Kommune", "Albertslund Kommune"], in: "output/index.html"),
                       ["Albertslund Kommune", "Odense Kommune", "Ærø Kommune", "Aarhus Kommune"])
        XCTAssertEqual(try order(["Åben skole", "Øget trivsel", "Ældre elever", "børn og unge", "Skolestart"], in: "output/odense/index.html"),
                       ["børn og unge", "Skolestart", "Ældre elever", "Øget trivsel", "Åben skole"])
    }

    /// The footer in sitegen.yml goes through the same renderer: its raw HTML is shown as text.
    func testRawHTMLInTheFooterIsShownAsText() throws {
        let config = "title: A\nfooter: \"Udgivet af <b>skoleafdelingen</b>. [Om](pages/om.md)\\n\\n<script>alert(1)</script>\"\n"
        let site = try TemporarySite(minimalSiteFiles(), config: config)
        let result = site.build()
        XCTAssertEqual(result.status, .success, "\(result.diagnostics)")
        let home = try XCTUnwrap(site.read("output/index.html"))
        XCTAssertTrue(home.contains("<p>Udgivet af &lt;b&gt;skoleafdelingen&lt;/b&gt;. <a href=\"om/index.html\">Om</a></p>"), home)
        XCTAssertTrue(home.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"), home)
        XCTAssertFalse(home.contains("omitted"))
        XCTAssertFalse(home.contains("<script>"))
    }

    /// Every id is used once on every page, the print page included, which shows the document's
    /// body and each part's with a prefix: parts named "a" and "a-b", "dokument" and "del", with
    /// headings that took the same ids with the prefixes "dokument-" and "<part>-".
    func testEveryIDIsUniqueOnEveryPageThePrintPageIncluded() throws {
        func section(_ name: String, _ number: Int, _ body: String) -> (String, String) {
            ("content/k/g/\(name).md", "---\nkind: section\ntitle: Del \(name)\nnumber: \(number)\n---\n\(body)\n")
        }
        let site = try TemporarySite(Dictionary(uniqueKeysWithValues: [
            ("content/k/index.md", "---\nkind: municipality\ntitle: K\nname: K\ncountry: dk\n---\n"),
            ("content/k/g/index.md", "---\nkind: framework\ntitle: G\nlabel: Ledelsesgrundlag\n---\n## Baggrund\n\n## Indhold\n\n## Print toc heading\n"),
            section("a", 1, "## B c\n\n## Heading\n\nNote[^1].\n\n[^1]: Fodnote."),
            section("a-b", 2, "## C\n\n## fn 1\n\nNote[^1].\n\n[^1]: Fodnote."),
            section("dokument", 3, "## Baggrund\n\n## Related heading"),
            section("del", 4, "## A\n\n## A b heading\n\n## Backlinks heading"),
        ]))
        let result = site.build()
        XCTAssertEqual(result.status, .success, "\(result.diagnostics)")
        XCTAssertEqual(try OutputLinkChecker(root: site.directory.appendingPathComponent("output")).problems(), [])
        let print = try XCTUnwrap(site.read("output/k/g/print/index.html"))
        for id in ["dokument-baggrund", "dokument-indhold-1", "dokument-print-toc-heading-1", "del-a_b-c", "del-a-b_c",
                   "del-a_heading", "del-a-b_fn-1-1", "del-dokument_baggrund", "del-del_a", "del-a"] {
            XCTAssertTrue(print.contains(" id=\"\(id)\""), id)
        }
    }

    /// A link may spell "å" as a + U+030A (NFD) to a file whose name holds U+00E5 (NFC), or the
    /// other way round: the page links to the name as it is on disk, which is the name the file
    /// is published under.
    func testAnAssetLinkSpeltInOtherCodePointsUsesTheNameOnDisk() throws {
        let nfc = "billede-\u{E5}.png", nfd = "plan-a\u{30A} & 'b'.pdf"
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
            ![Modellen](billede-a\u{30A}.png) og [planen](plan-\u{E5}%20&%20'b'.pdf#side-2) og [igen](plan-\u{E5}%20&%20'b'.pdf).
            """
        let site = try TemporarySite(files)
        try site.write("content/aarhus/grundlag/" + nfc, Data([0x89, 0x50, 0x4E, 0x47]))
        try site.write("content/aarhus/grundlag/" + nfd, Data("%PDF-1.4".utf8))
        let names = try FileManager.default.contentsOfDirectory(atPath: site.directory.appendingPathComponent("content/aarhus/grundlag").path)
        XCTAssertTrue(names.contains { $0.utf8.elementsEqual(nfd.utf8) }, "the file system keeps the name's code points")
        let result = site.build()
        XCTAssertEqual(result.status, .success, "\(result.diagnostics)")
        for path in ["output/aarhus/grundlag/anden/index.html", "output/aarhus/grundlag/print/index.html"] {
            let page = try XCTUnwrap(site.read(path))
            XCTAssertTrue(page.contains("src=\"../../../aarhus/grundlag/billede-%C3%A5.png\""), page)
            XCTAssertTrue(page.contains("href=\"../../../aarhus/grundlag/plan-a%CC%8A%20&amp;%20&#x27;b&#x27;.pdf#side-2\""), page)
            XCTAssertTrue(page.contains("href=\"../../../aarhus/grundlag/plan-a%CC%8A%20&amp;%20&#x27;b&#x27;.pdf\""), page)
            XCTAssertFalse(page.contains("a%CC%8A.png"), page)
            XCTAssertFalse(page.contains("plan-%C3%A5"), page)
        }
        XCTAssertEqual(try OutputLinkChecker(root: site.directory.appendingPathComponent("output")).problems(), [])
    }

    func testBacklinksAndPreviousNext() throws {
        let site = try TemporarySite(minimalSiteFiles())
        XCTAssertEqual(site.build().status, .success)
        let first = try XCTUnwrap(site.read("output/aarhus/grundlag/forste/index.html"))
        XCTAssertTrue(first.contains("Henvisninger hertil"))
        XCTAssertTrue(first.contains("href=\"../../../aarhus/grundlag/index.html\">Fælles ledelsesgrundlag</a></li>"), "the framework links here")
        XCTAssertTrue(first.contains("rel=\"next\""))
        XCTAssertFalse(first.contains("rel=\"prev\""))
        let second = try XCTUnwrap(site.read("output/aarhus/grundlag/anden/index.html"))
        XCTAssertTrue(second.contains("rel=\"prev\""))
        XCTAssertTrue(second.contains("Den første tilgang</a></li>"), "related: makes a backlink")
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

/// Every file under `directory` with its bytes.
func snapshot(of directory: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let base = directory.standardizedFileURL.path + "/"
    guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
    for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
        files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
    }
    return files
}

final class LeftoverTests: XCTestCase {
    func testAnInterruptedBuildsFoldersAreRemoved() throws {
        let site = try TemporarySite(minimalSiteFiles())
        // A process id that is not running: the build that left this folder was killed.
        let stale = site.directory.appendingPathComponent(".output.tmp-999999")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        XCTAssertEqual(site.build().status, .success)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path))
    }
}
