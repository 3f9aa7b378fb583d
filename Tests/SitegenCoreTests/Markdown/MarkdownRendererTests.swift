import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class MarkdownRendererTests: XCTestCase {
    private func render(_ body: String, unsafe: Bool = false, path: String = "a/b/c.md") -> (RenderedMarkdown, [Diagnostic]) {
        var bag = DiagnosticBag()
        let result = MarkdownRenderer(allowRawHTML: unsafe).render(body, file: "content/" + path, contentPath: path, firstLine: 10, diagnostics: &bag)
        return (result, bag.sorted)
    }

    func testHeadingsGetUniqueSlugIDs() {
        let (r, problems) = render("## Læring på skolen\n\n## Læring på skolen\n\n### Hvem er vi?\n")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(r.headings.map(\.id), ["laering-paa-skolen", "laering-paa-skolen-1", "hvem-er-vi"])
        XCTAssertEqual(r.headings.map(\.location.line), [10, 12, 14])
        let html = SiteURL.resolveMarkers(in: r.html, pagePath: "a/b/c/index.html")
        XCTAssertTrue(html.contains("<h2 id=\"laering-paa-skolen\">Læring på skolen</h2>"), html)
        XCTAssertTrue(html.contains("<h3 id=\"hvem-er-vi\">"))
    }

    /// A repeated heading gets the first free suffix: one that an earlier heading took is skipped.
    func testRepeatedHeadingsSkipIDsAlreadyTaken() {
        let (r, _) = render("## Mål 1\n\n## Mål\n\n## Mål\n\n## Mål\n\n## Mål 1\n\n## 😀\n\n## עברית\n")
        XCTAssertEqual(r.headings.map(\.id), ["maal-1", "maal", "maal-2", "maal-3", "maal-1-1", "afsnit", "afsnit-1"])
    }

    /// Headings may not take the ids of the page's template (the skip link's target, its own
    /// sections' headings) nor those of the body's footnotes.
    func testHeadingsDoNotTakeTheTemplatesOrTheFootnotesIDs() {
        let body = """
        ## Indhold

        ## Related heading

        ## Indhold 1

        ## fn 1

        ## Fnref note 2

        ## fn-2

        Tekst[^1] og[^note] og igen[^note].

        [^1]: En note.
        [^note]: En anden.
        """
        let (r, problems) = render(body)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(r.headings.map(\.id), ["indhold-1", "related-heading-1", "indhold-1-1", "fn-1-1", "fnref-note-2-1", "fn-2"],
                       "fn-2 is no footnote's id here: only the footnotes the body has are reserved")
        let html = SiteURL.resolveMarkers(in: r.html, pagePath: "a/b/c/index.html")
        let ids = OutputLinkChecker.matches(of: #"\sid="([^"]*)""#, in: html)
        XCTAssertEqual(ids.count, Set(ids).count, "\(ids)")
        XCTAssertTrue(ids.contains("fn-1") && ids.contains("fnref-note-2") && ids.contains("fn-note"), "\(ids)")
    }

    /// Every fixed id in the default theme's templates is kept from headings.
    func testEveryIDOfTheDefaultTemplatesIsReserved() throws {
        let templates = repositoryRoot.appendingPathComponent("themes/default/templates")
        var found = Set<String>()
        for (_, url) in Theme.files(in: templates) {
            let text = try String(contentsOf: url, encoding: .utf8)
            found.formUnion(OutputLinkChecker.matches(of: #"\sid="([^"{]*)""#, in: text))
        }
        XCTAssertTrue(found.contains("indhold"))
        XCTAssertEqual(found.subtracting(HeadingIDs.templateIDs), [], "add these ids to HeadingIDs.templateIDs")
    }

    func testTopLevelHeadingIsAnErrorAndSkipsAreWarnings() {
        let (_, problems) = render("# Titel\n\n## A\n\n#### B\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["h1-in-body", "heading-skip"])
        XCTAssertEqual(problems.map(\.severity), [.error, .warning])
        XCTAssertEqual(problems.map(\.location.line), [10, 14])
    }

    func testContentLinksBecomeRelativePageLinks() {
        let (r, problems) = render("Se [B](d.md#afsnit) og [kommunen](../index.md) og [PDF](plan.pdf).\n")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(r.references.map(\.target), [
            .content(ContentID("a/b/d"), fragment: "afsnit"), .content(ContentID("a"), fragment: nil), .asset("a/b/plan.pdf"),
        ])
        let html = SiteURL.resolveMarkers(in: r.html, pagePath: "a/b/c/index.html")
        XCTAssertTrue(html.contains("href=\"../../../a/b/d/index.html#afsnit\""), html)
        XCTAssertTrue(html.contains("href=\"../../../a/index.html\""))
        XCTAssertTrue(html.contains("href=\"../../../a/b/plan.pdf\""))
    }

    func testLinkLeavingContentIsAnError() {
        let (_, problems) = render("[x](../../../../etc/passwd.md)\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["link-outside-content"])
    }

    func testUnsafeSchemesAreNeverEmitted() {
        for unsafe in [false, true] {
            let (r, problems) = render("[x](javascript:alert(1)) [y](VBScript:x) [z](data:text/html,hi)\n", unsafe: unsafe)
            XCTAssertEqual(problems.map(\.code.rawValue), ["unsafe-link", "unsafe-link", "unsafe-link"])
            XCTAssertFalse(r.html.lowercased().contains("javascript:"))
            XCTAssertFalse(r.html.lowercased().contains("vbscript:"))
            XCTAssertFalse(r.html.contains("data:"))
        }
    }

    /// cmark counts an autolink's column on a paragraph's later line from the paragraph's start;
    /// the diagnostic points into the line itself.
    func testAnAutolinkOnALaterLineIsReportedAtItsColumn() {
        let (_, problems) = render("[a](javascript:alert(1))\nog <javascript:alert(2)>\n")
        XCTAssertEqual(problems.map(\.location.line), [10, 11])
        XCTAssertEqual(problems.map(\.location.column), [1, 4])
    }

    /// cmark counts columns in bytes; a writer counts characters, as the front matter's
    /// columns do: "å" and "ø" before a link are one column each.
    func testBodyColumnsCountCharactersNotBytes() {
        let (_, problems) = render("Se også: [x](javascript:a) og ![](mål.png)\n\n> Før <javascript:b>\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["unsafe-link", "missing-alt", "unsafe-link"])
        XCTAssertEqual(problems.map(\.location.column), [10, 31, 7])
        // A later line of a paragraph (the autolink's own correction) after "æ" and "ø".
        let (_, later) = render("Første linje\nLæs <javascript:c>\n")
        XCTAssertEqual(later.map(\.location.column), [5])
        // Inside a quote and a list item, links and autolinks alike.
        let (_, nested) = render("> Før [x](javascript:e)\n\n- Æble <javascript:f>\n- Pære www.example.org [y](javascript:g)\n")
        XCTAssertEqual(nested.map(\.location.column), [7, 8, 24])
        // A link whose text is its address is no autolink: it starts at its '['. Two equal
        // autolinks on one line keep their own columns.
        let (_, written) = render("Se [javascript:h](javascript:h) og <javascript:i> <javascript:i>\n")
        XCTAssertEqual(written.map(\.location.column), [4, 36, 51])
        // Combining characters count as their own characters, as libyaml counts them.
        let (_, combining) = render("A\u{030A}: [x](javascript:d)\n")
        XCTAssertEqual(combining.map(\.location.column), [5])
    }

    /// Hostile bodies that made the link and footnote checks read a long line once per `](` or
    /// `[^` (a line of 200,000 took minutes): each is read about once now. No time is measured;
    /// without the fix this test runs for minutes.
    func testLongLinesOfBracketsAreReadOnce() {
        let (_, brackets) = render(String(repeating: "](", count: 20_000) + "\n\n" + String(repeating: "[^", count: 20_000) + "\n")
        XCTAssertEqual(brackets, [])
        let (_, undefined) = render(String(repeating: "[^a] ", count: 20_000) + "\n")
        XCTAssertEqual(Set(undefined.map(\.code.rawValue)), ["footnote-undefined"])
        let definitions = (0..<3_000).map { "[^n\($0)]: note" }.joined(separator: "\n")
        let (_, unused) = render(definitions + "\n")
        XCTAssertEqual(unused.count, 3_000)
    }

    /// Autolinks are placed on their own line from the body's line index, not by counting line
    /// feeds from the top for each (30,000 took most of a minute). No time is measured.
    func testManyAutolinksAreEachPlacedOnTheirLine() {
        let body = "Start\n" + (0..<10_000).map { "se <javascript:x\($0)>" }.joined(separator: "\n") + "\n"
        let (_, problems) = render(body)
        XCTAssertEqual(problems.count, 10_000)
        XCTAssertEqual(problems.last?.location.line, 10 + 10_000)
        XCTAssertEqual(Set(problems.map(\.location.column)), [4])
    }

    func testRawHTMLIsShownAsTextUnlessUnsafe() {
        let (safe, problems) = render("<script>alert(1)</script>\n\n<b>fed</b>\n")
        XCTAssertEqual(problems, [])
        XCTAssertFalse(safe.html.contains("<script"))
        XCTAssertFalse(safe.html.contains("<b>"))
        XCTAssertFalse(safe.html.contains("omitted"), safe.html)
        XCTAssertTrue(safe.html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"), safe.html)
        XCTAssertTrue(safe.html.contains("&lt;b&gt;fed&lt;/b&gt;"), safe.html)
        let (unsafe, _) = render("<script>alert(1)</script>\n\n<b>fed</b>\n", unsafe: true)
        XCTAssertFalse(unsafe.html.contains("<script"), "the tagfilter escapes script even in unsafe mode")
        XCTAssertTrue(unsafe.html.contains("<b>fed</b>"))
    }

    /// An HTML comment is a note to the writers, and Pandoc writes `<!-- -->` between two lists:
    /// it is left out of the page, its text and its search text, block or inline.
    func testHTMLCommentsAreLeftOut() {
        let body = "Før <!-- intern note --> efter.\n\n<!-- Husk at spørge Lene\nom tallene -->\n\n- a\n\n<!-- -->\n\n- b\n\n## Mål <!-- x -->\n"
        let (r, problems) = render(body)
        XCTAssertEqual(problems, [])
        XCTAssertFalse(r.html.contains("note"), r.html)
        XCTAssertFalse(r.html.contains("Lene"), r.html)
        XCTAssertFalse(r.html.contains("!--"), r.html)
        XCTAssertFalse(r.plainText.contains("Lene"), r.plainText)
        XCTAssertTrue(r.html.contains("<p>Før  efter.</p>"), r.html)
        XCTAssertEqual(r.headings.map(\.text), ["Mål"])
        let (unsafe, _) = render(body, unsafe: true)
        XCTAssertTrue(unsafe.html.contains("<!-- intern note -->"), "in unsafe mode it stays an HTML comment")
    }

    /// Without `markdown: {unsafe: true}` raw HTML is shown as written, block and inline, in
    /// headings, lists, alt texts and the search text, and it is escaped like any other text.
    func testRawHTMLInEveryPlaceIsShownAsEscapedText() {
        let body = """
        ## Mål <em>nu</em>

        Tekst <img src=x onerror=alert(1)> og <a href="javascript:alert(1)">x</a>.

        - <div class="boks">
          <p>Indhold</p>
          </div>
        - punkt <!-- note -->

        ![Et <b>billede</b>](model.png)
        """
        let (r, problems) = render(body)
        XCTAssertEqual(problems, [], "shown as text, raw HTML is no error")
        XCTAssertEqual(r.headings.map(\.text), ["Mål <em>nu</em>"])
        XCTAssertEqual(r.headings.map(\.id), ["maal-em-nu-em"])
        XCTAssertTrue(r.html.contains(">Mål &lt;em&gt;nu&lt;/em&gt;</h2>"), r.html)
        XCTAssertTrue(r.html.contains("<p>Tekst &lt;img src=x onerror=alert(1)&gt; og &lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;.</p>"), r.html)
        XCTAssertTrue(r.html.contains("<li>&lt;div class=&quot;boks&quot;&gt;<br />\n&lt;p&gt;Indhold&lt;/p&gt;<br />\n&lt;/div&gt;</li>"), r.html)
        XCTAssertTrue(r.html.contains("<li>punkt </li>"), "a comment is left out: \(r.html)")
        XCTAssertTrue(r.html.contains("alt=\"Et &lt;b&gt;billede&lt;/b&gt;\""), r.html)
        XCTAssertFalse(r.html.contains("<img src=x"))
        XCTAssertFalse(r.html.contains("<a href=\"javascript"))
        XCTAssertFalse(r.html.contains("<div"))
        XCTAssertTrue(r.plainText.contains("<img src=x onerror=alert(1)>"), r.plainText)
    }

    func testImagesNeedAltTextAndMustBeLocal() {
        let (r, problems) = render("![](a.png)\n\n![Et billede](https://example.com/x.png)\n\n![Model](model.png)\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["missing-alt", "external-image"])
        XCTAssertEqual(r.references.filter(\.isImage).map(\.target), [.asset("a/b/a.png"), .asset("a/b/model.png")])
        XCTAssertFalse(r.html.contains("example.com"))
    }

    /// An image must be a picture: one that points to a content file is an error, not an
    /// `<img>` of the page's address.
    func testAnImageOfAContentFileIsAnError() {
        let (r, problems) = render("![Modellen](index.md)\n\n![Del](../d.md#afsnit)\n\n[Modellen](index.md)\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["image-is-page", "image-is-page"])
        XCTAssertEqual(problems.map(\.location.line), [10, 12])
        XCTAssertEqual(problems.map(\.location.column), [1, 1])
        XCTAssertEqual(problems.first?.hint, "an image must be a picture file (.png, .jpg, .svg ...) beside the content; to link to the page, leave out the '!': [text](index.md)")
        XCTAssertEqual(r.references.map(\.isImage), [false], "the link to the page stays")
        XCTAssertFalse(r.html.contains("index.html\" alt"), r.html)
    }

    /// cmark pads every row to the header's width: a table of more than 100,000 cells is an
    /// error at its header line, and the body is not handed to cmark.
    func testATableWithTooManyCellsIsAnErrorAndIsNotRendered() {
        let header = "|" + String(repeating: "a|", count: 500) + "\n" + "|" + String(repeating: "-|", count: 500) + "\n"
        let body = "## A\n\nTekst.\n\n" + header + String(repeating: "x\n", count: 5000) + "\nMere.\n"
        let (r, problems) = render(body)
        XCTAssertEqual(problems.map(\.code.rawValue), ["table-too-large"])
        XCTAssertEqual(problems.first?.location.line, 14, "the header row: body line 5, the body starting at line 10")
        XCTAssertEqual(problems.first?.location.column, 1)
        XCTAssertEqual(problems.first?.message, "the table has 500 columns and 5001 rows, 2500500 cells; at most 100000 are allowed")
        XCTAssertEqual(problems.first?.hint?.hasPrefix("split the table"), true)
        XCTAssertEqual(r.html, "")
        // In a block quote too.
        let quoted = "> | a | b |\n> |---|:-:|\n" + String(repeating: "> x\n", count: 10)
        XCTAssertEqual(TableLimit.oversizedTable(in: quoted, maximumCells: 20), TableLimit.OversizedTable(line: 0, columns: 2, rows: 11))
    }

    /// The measure of tables reads the delimiter row; tables within the limit render, and lines
    /// that only look like part of one are left alone.
    func testTablesWithinTheLimitRenderAndLookalikesAreNoTables() {
        XCTAssertNil(TableLimit.oversizedTable(in: "| a | b |\n|---|---|\n| 1 | 2 |\n"))
        XCTAssertNil(TableLimit.oversizedTable(in: "Overskrift\n---\n" + String(repeating: "x\n", count: 200_000)),
                     "a setext underline has no '|'")
        XCTAssertNil(TableLimit.oversizedTable(in: "|-|-|\n" + String(repeating: "x\n", count: 100_000)), "no header line above")
        XCTAssertNil(TableLimit.oversizedTable(in: "a|b\n-|x\n" + String(repeating: "x\n", count: 100_000)))
        XCTAssertEqual(TableLimit.oversizedTable(in: "a|b\n:-|-:\n" + String(repeating: "x\n", count: 50_000)),
                       TableLimit.OversizedTable(line: 0, columns: 2, rows: 50_001))
        // Many rows that look like delimiter rows are one table, measured once.
        XCTAssertNil(TableLimit.oversizedTable(in: "a|b\n" + String(repeating: "-|-\n", count: 40_000)))
        let (r, problems) = render("| a | b |\n|---|---|\n| 1 | 2 |\n")
        XCTAssertEqual(problems, [])
        XCTAssertTrue(r.html.contains("<td>2</td>"))
    }

    func testGitHubExtensionsRender() {
        let body = """
        | a | b |
        |---|---|
        | 1 | 2 |

        ~~gammel~~ https://example.org

        - [x] færdig
        - [ ] ikke færdig

        Note[^1].

        [^1]: Fodnoten.
        """
        let (r, problems) = render(body)
        XCTAssertEqual(problems, [])
        XCTAssertTrue(r.html.contains("<table tabindex=\"0\">"))
        XCTAssertTrue(r.html.contains("<del>gammel</del>"))
        XCTAssertTrue(r.html.contains("<a href=\"https://example.org\">"))
        XCTAssertTrue(r.html.contains("<span class=\"task task-done\">☑</span> færdig"), r.html)
        XCTAssertFalse(r.html.contains("<input"), "disabled checkboxes without labels fail WCAG")
        XCTAssertTrue(r.html.contains("footnote"))
    }

    func testFootnoteIDsTakeThePagePrefix() {
        let (r, _) = render("Note[^1].\n\n[^1]: Fodnoten.\n")
        let html = SiteURL.resolveMarkers(in: r.html, pagePath: "a/b/print/index.html", idPrefix: "del-")
        XCTAssertTrue(html.contains("id=\"del-fn"), html)
        XCTAssertTrue(html.contains("href=\"#del-fn"), html)
    }

    func testDeeplyNestedListsDoNotCrash() {
        let body = String(repeating: "- ", count: 5000) + "x\n"
        let (r, _) = render(body)
        XCTAssertFalse(r.html.isEmpty)
    }

    func testMarkerCharactersInInputCannotForgeLinks() throws {
        var bag = DiagnosticBag()
        let data = Data("---\nkind: page\ntitle: A\n---\n[x](\u{E000}evil)\n".utf8)
        let source = try XCTUnwrap(SourceText.parse(data, file: "content/pages/a.md", diagnostics: &bag))
        XCTAssertFalse(source.body.contains("\u{E000}"))
    }

    /// cmark-gfm shows a footnote reference with no definition as the text "[^2]", and drops a
    /// definition nothing refers to: each is an error at its place. Code is left alone, labels
    /// compare without case, and a note may be referred to more than once.
    func testUndefinedAndUnusedFootnotesAreErrorsAtTheirPlace() throws {
        let body = """
        ## Baggrund

        Tilgangen bygger på forskning.[^2] Den er vedtaget.[^Udvalg] Igen[^udvalg] og \\[^3] og `[^4]`.
        Næste linje[^5] og[^2]

        [^1]: Hattie, 2009.
        [^udvalg]: Børne- og skoleudvalget.
        [^udvalg]: Igen.
        [^med mellemrum]: Tabt.

        > citat[^6]

        | a | b |
        |---|---|
        | [^7] | c |

        ```
        [^8]: kode
        [^9]
        ```
        """
        let (r, problems) = render(body)
        XCTAssertEqual(problems.map(\.code.rawValue), ["footnote-undefined", "footnote-undefined", "footnote-undefined",
                                              "footnote-unused", "footnote-unused", "footnote-unused",
                                              "footnote-undefined", "footnote-undefined"], "\(problems)")
        guard problems.count == 8 else { return }
        XCTAssertEqual(problems.map { "\($0.location.line):\($0.location.column)" },
                       ["12:31", "13:12", "13:19", "15:1", "17:1", "18:1", "20:8", "24:3"])
        XCTAssertEqual(problems[0].message, "the footnote [^2] has no note, so the page shows '[^2]' as text")
        XCTAssertEqual(problems[0].hint, "use the label of a note that is written ([^1], [^udvalg]), or write the note on a line of its own: [^2]: the note's text")
        XCTAssertEqual(problems[3].message, "nothing in the text refers to the footnote [^1], so the note is not shown")
        XCTAssertEqual(problems[4].message, "the footnote [^udvalg] is written twice; only the first is shown")
        XCTAssertEqual(problems[5].hint, "write the label without blanks: [^medmellemrum]:")
        // The note referred to twice, in another case, is shown.
        XCTAssertTrue(r.html.contains("Børne- og skoleudvalget."), r.html)
        // Nothing to report when every reference has its note and every note a reference.
        XCTAssertEqual(render("## A\n\nTekst[^a] og `[^b]`.\n\n[^a]: Note.\n").1, [])
    }

    /// `[bilaget](bilag 2.pdf)`, a heading's text as the fragment, and a title whose quote is
    /// not closed are no links in CommonMark: an error at the link's '[', not raw Markdown on the
    /// page without a word. Code, escaped brackets, prose in brackets and links that are links
    /// are left alone.
    func testLinksWithABlankOrAnUnclosedTitleAreErrors() throws {
        let body = """
        ## Mere

        Se [overblikket](index.md#Om grundlaget) og [bilaget](bilag 2.pdf).
        Læs også [kommunen](../index.md "Min kommune) her.

        - ![Modellen](model 1.png)

        Kode `[a](b c)` og \\[d](e f) og [g] (h i) og (j [k] l) og [m](<n o.pdf>) og [p](q.md "r") og [s](t.md
        "u").

        ```
        [v](w x)
        ```
        """
        let (_, problems) = render(body)
        XCTAssertEqual(problems.map(\.code.rawValue), ["link-with-space", "link-with-space", "unclosed-link-title", "link-with-space"],
                       "\(problems)")
        guard problems.count == 4 else { return }
        XCTAssertEqual(problems.map { "\($0.location.line):\($0.location.column)" }, ["12:4", "12:45", "13:10", "15:3"])
        XCTAssertEqual(problems[0].message, "the address of the link [overblikket](index.md#Om grundlaget) has a blank, so it is no link: the page shows the Markdown as text")
        XCTAssertEqual(problems[0].hint, "after '#' write the heading's id, not its text: [overblikket](index.md#om-grundlaget); an id is the text in small letters with '-' for blanks")
        XCTAssertEqual(problems[1].hint, "write the file's name as it is, without blanks (such as bilag-2.pdf); if the name has a blank, put the address in angle brackets: [bilaget](<bilag 2.pdf>)")
        XCTAssertEqual(problems[2].hint, "close the title with \": [kommunen](../index.md \"Min kommune\"), or delete the \"")
        XCTAssertTrue(problems[3].message.contains("![Modellen](model 1.png)"), problems[3].message)
    }
}

final class RawHTMLTests: XCTestCase {
    func testUnsafeModeDropsRawHTMLWithDangerousAddresses() {
        var bag = DiagnosticBag()
        let body = """
        <a href="javascript:alert(1)">x</a>

        <a href=" &#106;ava&#x73;cript&colon;alert(1)">y</a>

        <img src='data:text/html;base64,AAAA'>

        <p>Vi bruger data: fra skolerne.</p>

        <b>fed</b>
        """
        let r = MarkdownRenderer(allowRawHTML: true).render(body, file: "content/a/b/c.md", contentPath: "a/b/c.md", firstLine: 1, diagnostics: &bag)
        XCTAssertEqual(bag.sorted.map(\.code.rawValue), ["unsafe-link", "unsafe-link", "unsafe-link"])
        XCTAssertEqual(bag.sorted.map(\.location.line), [1, 3, 5])
        XCTAssertFalse(r.html.lowercased().contains("javascript"))
        XCTAssertFalse(r.html.contains("&#106;"))
        XCTAssertTrue(r.html.contains("Vi bruger data: fra skolerne."))
        XCTAssertTrue(r.html.contains("<b>fed</b>"))
    }

    /// Browsers read a numeric character reference without its ';' ("&#58" is ':'), so a
    /// scheme hidden that way is found too (found by an audit: it ran script with unsafe: true).
    func testRawHTMLSchemesHiddenByReferencesWithoutSemicolons() {
        for html in ["<a href=\"javascript&#58alert(1)\">x</a>", "<a href=\"java&#9script:alert(2)\">x</a>",
                     "<a href=\"javascript&#x3a//%0aalert(3)\">x</a>", "<a href=\"&#0000106avascript:alert(4)\">x</a>",
                     "<a href=\"javascript&#00000000058;alert(5)\">x</a>"] {
            var bag = DiagnosticBag()
            let r = MarkdownRenderer(allowRawHTML: true).render(html + "\n", file: "content/a/b/c.md", contentPath: "a/b/c.md", firstLine: 1, diagnostics: &bag)
            XCTAssertEqual(bag.sorted.map(\.code.rawValue), ["unsafe-link"], html)
            XCTAssertFalse(r.html.contains("alert"), html)
        }
        var bag = DiagnosticBag()
        _ = MarkdownRenderer(allowRawHTML: true).render("<a href=\"https://x.dk/?a=1&#38;b=2\">x</a> &#9; javascript og &#58\n", file: "content/a/b/c.md", contentPath: "a/b/c.md", firstLine: 1, diagnostics: &bag)
        XCTAssertEqual(bag.sorted.map(\.code.rawValue), [])
    }
}

final class TagFilterTests: XCTestCase {
    /// Found by FuzzMarkdown: GFM's tagfilter lets "<script\u{0C}>" through in unsafe mode.
    func testScriptTagEndedByAFormFeedIsEscaped() {
        var bag = DiagnosticBag()
        let body = "<div>\n<script\u{0C}>alert(1)</script\u{0C}>\n</div>\n\nTekst <STYLE\t>x</style> og <scriptable>.\n"
        let r = MarkdownRenderer(allowRawHTML: true).render(body, file: "content/a/b/c.md", contentPath: "a/b/c.md", firstLine: 1, diagnostics: &bag)
        XCTAssertFalse(r.html.lowercased().contains("<script\u{0C}"), r.html)
        XCTAssertFalse(r.html.lowercased().contains("<style"), r.html)
        XCTAssertTrue(r.html.contains("&lt;script"))
        XCTAssertTrue(r.html.contains("<scriptable>"), "other tags stay in unsafe mode")
    }
}
