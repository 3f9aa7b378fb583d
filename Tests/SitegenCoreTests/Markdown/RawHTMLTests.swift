import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Raw HTML in a body: shown as text, or with `markdown: {unsafe: true}` kept but never with a
/// dangerous address.
final class RawHTMLTests: XCTestCase {
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
