import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class SiteValidationTests: XCTestCase {
    func testMinimalSiteBuildsWithoutDiagnostics() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let result = site.build()
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.status, .success)
        for path in ["index.html", "aarhus/index.html", "aarhus/grundlag/index.html", "aarhus/grundlag/forste/index.html",
                     "aarhus/grundlag/print/index.html", "om/index.html", "search/index.html", "search/index.js",
                     "404.html", "sitemap.xml", "assets/style.css"] {
            XCTAssertTrue(site.exists("output/" + path), path)
        }
    }

    func testNumberingGapsAndTwins() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"] = files["content/aarhus/grundlag/anden.md"]!.replacingOccurrences(of: "number: 2", with: "number: 3")
        files["content/aarhus/grundlag/tredje.md"] = "---\nkind: approach\ntitle: Tredje\nnumber: 1\nstatement: Vi\nactions:\n  - x\n---\n"
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.status, .contentErrors)
        let twin = try XCTUnwrap(diagnostics(result, code: "duplicate-number").first)
        XCTAssertEqual(twin.location.line, 4)
        let gap = try XCTUnwrap(diagnostics(result, code: "numbering-gap").first)
        XCTAssertEqual(gap.location.file, "content/aarhus/grundlag/index.md")
        XCTAssertTrue(gap.message.contains("skip 2"), gap.message)
        XCTAssertEqual(diagnostics(result, code: "expects-count").map(\.location.line), [10])
    }

    func testMissingNumbersAreRanges() {
        XCTAssertEqual(SiteValidator.missingNumbers([1, 2, 3], upTo: 3), [])
        XCTAssertEqual(SiteValidator.missingNumbers([1, 3], upTo: 2), [2...2])
        XCTAssertEqual(SiteValidator.missingNumbers([1, 1, 2], upTo: 3), [3...3])
        XCTAssertEqual(SiteValidator.missingNumbers([2, 30_000_000], upTo: 2), [1...1, 3...29_999_999])
        XCTAssertEqual(SiteValidator.missingNumbers([1, Int.max], upTo: 2), [2...(Int.max - 1)])
        XCTAssertEqual(SiteValidator.missingNumbers([], upTo: 2), [1...2])
        XCTAssertEqual(SiteValidator.describe([3...3, 5...9]), "3, 5–9")
        XCTAssertEqual(SiteValidator.describe((1...12).map { ($0 * 2)...($0 * 2) }), "2, 4, 6, 8, 10, 12, 14, 16, 18, 20, …")
    }

    /// A number far too large (a date or a phone number typed by mistake) is a gap in the
    /// numbering, found at once: it made the build build a set of every number below it.
    func testAHugeNumberIsAGapNotAHang() throws {
        for huge in ["30000000", "9223372036854775807"] {
            var files = minimalSiteFiles()
            files["content/aarhus/grundlag/anden.md"] = files["content/aarhus/grundlag/anden.md"]!.replacingOccurrences(of: "number: 2", with: "number: \(huge)")
            let result = try TemporarySite(files).build()
            XCTAssertEqual(result.status, .contentErrors, huge)
            let gap = try XCTUnwrap(diagnostics(result, code: "numbering-gap").first, huge)
            XCTAssertTrue(gap.message.contains("skip 2–"), gap.message)
        }
    }

    /// A part whose number cannot be read has its own error, and no gap is made up for it.
    func testAnUnreadableNumberMakesNoGap() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"] = files["content/aarhus/grundlag/anden.md"]!.replacingOccurrences(of: "number: 2", with: "number: to")
        files["content/aarhus/grundlag/index.md"] = files["content/aarhus/grundlag/index.md"]!.replacingOccurrences(of: "  approaches: 2\n", with: "")
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.status, .contentErrors)
        XCTAssertEqual(diagnostics(result, code: "numbering-gap").map(\.message), [])
        XCTAssertFalse(result.diagnostics.isEmpty)
    }

    /// A part that cannot be read (broken front matter) or whose number cannot be read has its
    /// own error; the document's numbering and count are not checked until it is mended, so no
    /// hint says "number the 2 approaches 1 to 2" or "change 'expects' to 2" (an audit found both).
    func testAnUnreadablePartMakesNoGapAndNoCount() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/tredje.md"] = "---\nkind: approach\ntitle: Trivsel: alle skal trives\nnumber: 3\n---\n"
        files["content/aarhus/grundlag/fjerde.md"] = "---\nkind: approach\ntitle: Fjerde\nnumber: 4\nstatement: Vi\nactions:\n  - x\n---\n"
        files["content/aarhus/grundlag/index.md"] = files["content/aarhus/grundlag/index.md"]!
            .replacingOccurrences(of: "  approaches: 2\n", with: "  approaches: 4\n")
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.diagnostics.map(\.code.rawValue), ["yaml-syntax"], result.diagnostics.map(\.message).joined(separator: "\n"))
        // Mended, the same site has neither.
        files["content/aarhus/grundlag/tredje.md"] = "---\nkind: approach\ntitle: \"Trivsel: alle skal trives\"\nnumber: 3\nstatement: Vi\nactions:\n  - x\n---\n"
        XCTAssertEqual(try TemporarySite(files).build().diagnostics, [])
        // A number written "3." cannot be read: no gap is made up either.
        files["content/aarhus/grundlag/tredje.md"] = files["content/aarhus/grundlag/tredje.md"]!.replacingOccurrences(of: "number: 3", with: "number: 3.")
        let dotted = try TemporarySite(files).build()
        XCTAssertEqual(diagnostics(dotted, code: "numbering-gap").map(\.message), [])
        XCTAssertFalse(dotted.diagnostics.isEmpty)
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

    /// `expects` naming parts the document cannot hold says so, not "add the missing ones".
    func testExpectsOfPartsTheDocumentCannotHold() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/index.md"] = files["content/aarhus/grundlag/index.md"]!
            .replacingOccurrences(of: "  roles: 1\n", with: "  roles: 1\n  initiatives: 2\n")
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.diagnostics.map(\.message), ["a framework has no initiatives"])
        XCTAssertEqual(result.diagnostics.first?.hint, "remove 'initiatives' from 'expects'")
        XCTAssertEqual(result.diagnostics.first?.location.line, 12)
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

    func testLowContrastColour() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/index.md"] = files["content/aarhus/index.md"]!.replacingOccurrences(of: "#00558c", with: "#ffcc00")
        let result = try TemporarySite(files).build()
        let problem = try XCTUnwrap(diagnostics(result, code: "low-contrast").first)
        XCTAssertEqual(problem.location.line, 6)
    }

    func testLayoutRules() throws {
        var files = minimalSiteFiles()
        files["content/stray.md"] = "---\nkind: page\ntitle: A\n---\n"
        files["content/aarhus/note.md"] = "---\nkind: section\ntitle: A\n---\n"
        files["content/aarhus/grundlag/tiltag.md"] = "---\nkind: initiative\ntitle: A\nnumber: 1\nprerequisite: B\n---\n"
        files["content/Høje Taastrup/index.md"] = "---\nkind: municipality\ntitle: A\nname: A\ncountry: dk\n---\n"
        files["content/odense/plan/index.md"] = "---\nkind: framework\ntitle: A\nlabel: B\n---\n"
        files["content/aarhus/grundlag/print.md"] = "---\nkind: section\ntitle: A\n---\n"
        let result = try TemporarySite(files).build()
        XCTAssertEqual(diagnostics(result, code: "misplaced-file").map(\.location.file).sorted(), ["content/aarhus/note.md", "content/stray.md"])
        XCTAssertEqual(diagnostics(result, code: "kind-mismatch").map(\.location.file), ["content/aarhus/grundlag/tiltag.md"])
        let name = try XCTUnwrap(diagnostics(result, code: "invalid-name").first)
        XCTAssertEqual(name.hint, "rename it to 'hoeje-taastrup' (æ→ae, ø→oe, å→aa, spaces → '-')")
        XCTAssertEqual(diagnostics(result, code: "missing-index").map(\.location.file), ["content/odense"])
        XCTAssertEqual(diagnostics(result, code: "reserved-name").map(\.location.file), ["content/aarhus/grundlag/print.md"])
    }

    /// content/pages/index.md is no page of its own name, and a subfolder of pages/ is not a
    /// document to be given an index.md: each gets the one diagnostic that says what is wrong.
    func testMisplacedPagesGetOneClearDiagnosticEach() throws {
        var files = minimalSiteFiles()
        files["content/pages/index.md"] = "---\nkind: page\ntitle: Forside\n---\n"
        files["content/pages/sub/x.md"] = "---\nkind: page\ntitle: X\n---\n"
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.diagnostics.map { "\($0.location.file):\($0.code)" },
                       ["content/pages/index.md:reserved-name", "content/pages/sub/x.md:misplaced-file"])
        XCTAssertEqual(result.diagnostics.first?.message, "a page cannot be called index.md; sitegen makes the front page itself")
    }

    func testDraftsAreLeftOutUnlessAsked() throws {
        var files = minimalSiteFiles()
        files["content/pages/kladde.md"] = "---\nkind: page\ntitle: Kladde\ndraft: true\n---\n"
        let site = try TemporarySite(files)
        XCTAssertEqual(site.build().status, .success)
        XCTAssertFalse(site.exists("output/kladde/index.html"))
        XCTAssertEqual(site.build(drafts: true).status, .success)
        XCTAssertTrue(site.exists("output/kladde/index.html"))
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

    func testStrictMakesWarningsFail() throws {
        var files = minimalSiteFiles()
        files["content/pages/om.md"] = "---\nkind: page\ntitle: Om\n---\n## A\n\n#### B\n"
        let site = try TemporarySite(files)
        XCTAssertEqual(site.build().status, .success)
        XCTAssertEqual(site.build(strict: true).status, .contentErrors)
    }

    func testManyErrorsInManyFilesComeOutInOneRunSorted() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/forste.md"] = "---\nkind: approach\ntitle: A\nnumber: 1\nstatement: Vi\nactions:\n  - x\nfarve: blå\n---\n"
        files["content/aarhus/grundlag/anden.md"] = "---\nkind: approach\ntitle: B\nnumber: 2\nstatement: Vi\nactions: []\n---\n# Titel\n"
        files["content/pages/om.md"] = "---\nkind: page\ntitle: Om\nmenu: første\n---\n[x](findes-ikke.md)\n"
        files["content/aarhus/index.md"] = "---\nkind: municipality\ntitle: Aarhus\nname: Aarhus\ncountry: se\n---\n"
        let result = try TemporarySite(files).build()
        let codes = result.diagnostics.map { "\($0.location.file):\($0.code)" }
        XCTAssertEqual(codes, [
            "content/aarhus/grundlag/anden.md:empty-list",
            "content/aarhus/grundlag/anden.md:h1-in-body",
            "content/aarhus/grundlag/forste.md:unknown-key",
            "content/aarhus/grundlag/index.md:missing-fragment",
            "content/aarhus/index.md:invalid-value",
            "content/pages/om.md:type-mismatch",
            "content/pages/om.md:broken-link",
        ])
        XCTAssertEqual(result.diagnostics, result.diagnostics.sorted())
    }

    func testSymbolicLinksAreReportedNotFollowed() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try FileManager.default.createSymbolicLink(atPath: site.directory.appendingPathComponent("content/aarhus/loop").path,
                                                   withDestinationPath: site.directory.appendingPathComponent("content").path)
        let result = site.build()
        XCTAssertEqual(diagnostics(result, code: "symlink").map(\.location.file), ["content/aarhus/loop"])
    }

    /// "Plan.MD" or "plan.markdown" is neither read nor published: it is an error that says how
    /// to name it (it was copied to output/ as a file, and its text never became a page).
    func testMarkdownFilesNotNamedDotMdAreErrors() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/Tredje.MD"] = "---\nkind: section\ntitle: Tredje\n---\n"
        files["content/aarhus/grundlag/fjerde.markdown"] = "---\nkind: section\ntitle: Fjerde\n---\n"
        files["content/aarhus/grundlag/noter.txt"] = "tekst"
        let site = try TemporarySite(files)
        let result = site.build()
        XCTAssertEqual(result.status, .contentErrors)
        let problems = diagnostics(result, code: "markdown-extension")
        XCTAssertEqual(problems.map(\.location.file), ["content/aarhus/grundlag/Tredje.MD", "content/aarhus/grundlag/fjerde.markdown"])
        XCTAssertEqual(problems.map { $0.hint ?? "" }, ["rename it to 'tredje.md'", "rename it to 'fjerde.md'"])
        XCTAssertEqual(ContentScanner.markdownBaseName(".md"), nil)
        XCTAssertEqual(ContentScanner.markdownBaseName("a.Md"), "a")
        XCTAssertEqual(ContentScanner.markdownBaseName("model.png"), nil)
    }

    /// A file beside the content whose place under output/ sitegen writes itself is an error:
    /// one of the two was lost without a word.
    func testFilesThatWouldTakeThePlaceOfGeneratedOnesAreErrors() throws {
        var files = minimalSiteFiles()
        let clashes = ["index.html", "404.html", "sitemap.xml", "assets/style.css", "search/index.js",
                       "aarhus/index.html", "aarhus/grundlag/forste/index.html", "aarhus/grundlag/print/index.html"]
        for path in clashes { files["content/" + path] = "<p>min egen</p>" }
        files["content/aarhus/grundlag/grundlag.pdf"] = "%PDF"
        files["content/aarhus/grundlag/model.png"] = "png"
        // A folder named as a page is an error of its own ("page-clash").
        files["content/om/index.html"] = "<p>min egen</p>"
        let site = try TemporarySite(files)
        let result = site.build()
        XCTAssertEqual(result.status, .contentErrors)
        XCTAssertEqual(diagnostics(result, code: "output-clash").map(\.location.file), clashes.map { "content/" + $0 }.sorted())
        XCTAssertEqual(result.diagnostics.filter { $0.location.file.hasPrefix("content/om") || $0.message.contains("'om'") }.count, 1,
                       result.diagnostics.map { DiagnosticFormatter.format($0, as: .text) }.joined(separator: "\n"))
        // The document's own PDF clashes only when sitegen writes PDFs.
        try site.write("sitegen.yml", "title: Testsite\nlanguage: da\npdf: true\n")
        let withPDF = site.build(check: true)
        XCTAssertEqual(diagnostics(withPDF, code: "output-clash").count, clashes.count + 1)
        XCTAssertTrue(diagnostics(withPDF, code: "output-clash").contains { $0.location.file == "content/aarhus/grundlag/grundlag.pdf" })
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

    /// Editors' backups and Office's lock files (which hold a user's name) are never published.
    func testBackupAndLockFilesAreNotPublished() throws {
        var files = minimalSiteFiles()
        for name in ["anden.md~", "#anden.md#", ".anden.md.swp", "anden.md.bak", "anden.md.orig", "~$plan.docx", "Thumbs.db"] {
            files["content/aarhus/grundlag/" + name] = "kopi"
        }
        files["content/aarhus/grundlag/plan.docx"] = "docx"
        let site = try TemporarySite(files)
        XCTAssertEqual(site.build().diagnostics, [])
        let published = try FileManager.default.contentsOfDirectory(atPath: site.directory.appendingPathComponent("output/aarhus/grundlag").path)
        XCTAssertEqual(published.filter { !$0.hasSuffix("index.html") && !["anden", "forste", "print", "vejlederen"].contains($0) }, ["plan.docx"])
        XCTAssertTrue(ContentScanner.isIgnored("~$rapport.docx"))
        XCTAssertFalse(ContentScanner.isIgnored("rapport.docx"))
    }

    func testLargeBodyBuilds() throws {
        var files = minimalSiteFiles()
        let paragraph = "Vi leder læring og trivsel med fokus på elevernes udvikling og fællesskab. "
        files["content/pages/stor.md"] = "---\nkind: page\ntitle: Stor\n---\n" + String(repeating: paragraph + "\n\n", count: 70_000)
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.status, .success)
    }
}

/// One fixture per remaining rule: code, file, line and hint.
final class MoreRuleTests: XCTestCase {
    func testLinkForms() throws {
        var files = minimalSiteFiles()
        files["content/pages/om.md"] = "---\nkind: page\ntitle: Om\n---\n[a](/aarhus/index.md)\n\n[b]()\n\n[c](#findes-ikke)\n\n![d](http://example.com/x.png)\n"
        let result = try TemporarySite(files).build()
        let found = result.diagnostics.filter { $0.location.file == "content/pages/om.md" }.map { "\($0.location.line):\($0.code)" }
        XCTAssertEqual(found, ["5:absolute-link", "7:empty-link", "9:missing-fragment", "11:external-image"])
        XCTAssertEqual(diagnostics(result, code: "absolute-link").first?.hint, "write the path relative to this file, e.g. ../faglig-ledelse.md")
    }

    func testLogoMustExistAndReservedNamesAndClashes() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/index.md"] = files["content/aarhus/index.md"]!.replacingOccurrences(of: "country: dk", with: "country: dk\nlogo: logo.png")
        files["content/pages/search.md"] = "---\nkind: page\ntitle: Søg\n---\n"
        files["content/pages/aarhus.md"] = "---\nkind: page\ntitle: Aarhus\n---\n"
        let result = try TemporarySite(files).build()
        XCTAssertEqual(diagnostics(result, code: "missing-file").map(\.location.line), [6])
        XCTAssertEqual(diagnostics(result, code: "reserved-name").map(\.location.file), ["content/pages/search.md"])
        XCTAssertEqual(diagnostics(result, code: "name-clash").map(\.location.file), ["content/pages/aarhus.md"])
    }

    func testMultilineTitleAndEmptyListItem() throws {
        let (_, problems) = parseFile("---\nkind: approach\ntitle: |\n  To\n  linjer\nnumber: 1\nstatement: Vi\nactions:\n  - x\n  -\n---\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["multiline-value", "empty-item"])
    }

    func testTooLargeFileAndTooDeepFolders() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("content/pages/stor.md", Data(repeating: 0x61, count: ContentScanner.maximumFileSize + 1))
        let deep = (1...13).map { "d\($0)" }.joined(separator: "/")
        try site.write("content/aarhus/\(deep)/x.md", "---\nkind: page\ntitle: x\n---\n")
        let result = site.build()
        XCTAssertEqual(diagnostics(result, code: "file-too-large").map(\.location.file), ["content/pages/stor.md"])
        XCTAssertEqual(diagnostics(result, code: "too-deep").count, 1)
        XCTAssertEqual(result.status, .contentErrors)
    }

    func testBrokenThemeTemplateIsAConfigurationError() throws {
        let site = try TemporarySite(minimalSiteFiles(), config: "title: A\ntheme: egen\n")
        try site.write("themes/egen/templates/page.mustache", "{{#title}}ikke lukket\n")
        let result = site.build()
        XCTAssertEqual(result.status, .configurationError)
        let problem = try XCTUnwrap(diagnostics(result, code: "theme-error").first)
        XCTAssertEqual(problem.location.file, "themes/egen/templates/page.mustache")
    }
}
