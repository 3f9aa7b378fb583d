import Mustache
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// The hand-made fast paths of the build give the same results as the slow, obvious code
/// they replaced.
final class FastPathTests: XCTestCase {
    func testEscapingMatchesMustachesOwnEscaper() throws {
        let samples = ["", "plain", "Æble & ørn <b>\"fed\"</b> 'citat'", "e\u{301}&", "🇩🇰<>", "&amp;"]
        let plain = try MustacheTemplate(string: "{{value}}")
        for sample in samples {
            XCTAssertEqual(HTML.escape(sample), plain.render(["value": sample]), sample)
        }
        XCTAssertEqual(HTML.escape("a<b"), "a&lt;b")
        XCTAssertEqual(HTML.escape("'\""), "&#39;&quot;")
    }

    func testThemesRenderThroughTheFastEscaper() throws {
        var diagnostics = DiagnosticBag()
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("fastpath-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let theme = try XCTUnwrap(Theme.load(name: "default", siteDirectory: site, diagnostics: &diagnostics))
        XCTAssertEqual(theme.render("notfound", ["title": "<x>", "t": ["skipLink": "A & B"]]).contains("A &amp; B"), true)
    }

    /// The wrapped values (`TemplateObject`, `TemplateText`, `TemplateNumber`, `StringTable`)
    /// render exactly as the plain dictionaries, strings and numbers they wrap, in every place a
    /// theme may put them: variables, sections of a string or a number (with names looked up
    /// below them), inverted sections, transforms, lists and dotted names.
    func testWrappedValuesRenderLikeThePlainOnes() throws {
        let template = try MustacheTemplate(string: """
            {{title}}|{{{html}}}|{{&html}}|{{number}}|{{#number}}[{{.}} {{title}} {{number}}]{{/number}}\
            {{#title}}<{{.}}|{{title}}|{{number}}|{{t.home}}|{{missing}}>{{/title}}\
            {{^title}}no title{{/title}}{{^empty}}empty string is true{{/empty}}{{#empty}}[{{.}}]{{/empty}}\
            {{uppercased(title)}}|{{lowercased(title)}}|{{capitalized(title)}}|{{reversed(title)}}\
            {{#empty(empty)}}E{{/empty(empty)}}{{^empty(title)}}T{{/empty(title)}}\
            {{plusone(number)}}|{{minusone(number)}}|{{#even(number)}}even{{/even(number)}}{{#odd(number)}}odd{{/odd(number)}}\
            {{#equalzero(zero)}}zero{{/equalzero(zero)}}\
            {{#items}}{{text}}:{{n}}{{^last()}}, {{/last()}}{{/items}}|{{count(items)}}|{{#first(items)}}{{text}}{{/first(items)}}\
            {{#nested}}{{inner.text}}{{title}}{{/nested}}|{{nested.inner.text}}|{{t.home}}|{{#flag}}F{{/flag}}{{^off}}O{{/off}}
            """)
        let values: [String: Any] = [
            "title": "Æble & <ørn>", "html": "<b>fed</b>", "number": 3, "zero": 0, "empty": "",
            "items": [["text": "a", "n": 1], ["text": "b<", "n": 2]] as [[String: Any]],
            "nested": ["inner": ["text": "indre"]] as [String: Any],
            "t": ["home": "Forside"] as [String: String],
            "flag": true, "off": false,
        ]
        let plain = template.render(values)
        XCTAssertEqual(template.render(TemplateObject(values)), plain)
        XCTAssertTrue(plain.hasPrefix("Æble &amp; &lt;ørn&gt;|<b>fed</b>|<b>fed</b>|3|[3 Æble"), plain)
        XCTAssertTrue(plain.contains("<Æble &amp; &lt;ørn&gt;|Æble &amp; &lt;ørn&gt;|3|Forside|>"), plain)
        XCTAssertTrue(plain.contains("4|2|odd"), plain)
        XCTAssertTrue(plain.contains("a:1, b&lt;:2|2|a"), plain)
    }

    func testSchemesAreReadAsBytes() {
        XCTAssertEqual(LinkResolver.scheme(of: "HTTPS://example.org"), "https")
        XCTAssertEqual(LinkResolver.scheme(of: "mailto:a@b.dk"), "mailto")
        XCTAssertEqual(LinkResolver.scheme(of: "x+y.z-1:rest"), "x+y.z-1")
        XCTAssertEqual(LinkResolver.scheme(of: "JavaScript:alert(1)"), "javascript")
        for relative in ["../faglig-ledelse.md", "a.md#x:y", "1http://x", ":x", "jav ascript:x", "æble:x", "", "#top"] {
            XCTAssertNil(LinkResolver.scheme(of: relative), relative)
        }
        let resolved = try? LinkResolver.resolve("../b/c%C3%A6.md?x=1#del:2", from: "a/b/d.md").get()
        XCTAssertEqual(resolved?.href, SiteURL.rootMarker + SiteURL.pagePath(for: ContentID(contentPath: "a/b/cæ.md")) + "?x=1#del:2")
    }

    func testDynamicPartialsAreFound() {
        XCTAssertNil(Theme.dynamicPartialLine(in: "{{> partials/header}}\n{{>partials/x}}"))
        XCTAssertEqual(Theme.dynamicPartialLine(in: "a\n<p>{{> partials/a}} {{>*kind}}</p>"), 2)
        XCTAssertEqual(Theme.dynamicPartialLine(in: "{{>  *kind}}"), 1)
    }

    func testSlugs() {
        XCTAssertEqual(Suggestions.slug("Faglig ledelse"), "faglig-ledelse")
        XCTAssertEqual(Suggestions.slug("Æbler, Øer og Ål"), "aebler-oeer-og-aal")
        XCTAssertEqual(Suggestions.slug("  Tilgang 1: Læring  "), "tilgang-1-laering")
        XCTAssertEqual(Suggestions.slug("Café – élève"), "cafe-eleve")
        XCTAssertEqual(Suggestions.slug("Cafe\u{301} Straße Müller Öl Ärger"), "cafe-strasse-mueller-oel-aerger")
        XCTAssertEqual(Suggestions.slug("ÅRHUS"), "aarhus")
        XCTAssertEqual(Suggestions.slug("«Hvorfor?» 🙂"), "hvorfor")
        XCTAssertEqual(Suggestions.slug("---"), "")
    }

    func testTrimmingWhitespace() {
        XCTAssertEqual(" a b ".trimmingWhitespace(), "a b")
        XCTAssertEqual("\u{00A0}\tx\n".trimmingWhitespace(), "x")
        XCTAssertEqual("   ".trimmingWhitespace(), "")
        XCTAssertEqual("ø".trimmingWhitespace(), "ø")
        XCTAssertEqual("a b"[...].trimmingWhitespace(), "a b")
    }

    func testMarkersAreResolvedAtEitherEndAndBetween() {
        let root = SiteURL.rootMarker, id = SiteURL.idPrefixMarker
        XCTAssertEqual(SiteURL.resolveMarkers(in: "href=\"\(root)a/index.html", pagePath: "x/y/index.html"), "href=\"../../a/index.html")
        XCTAssertEqual(SiteURL.resolveMarkers(in: "<a href=\"#\(id)h\">src=\"\(root)", pagePath: "x/index.html", idPrefix: "del-"),
                       "<a href=\"#del-h\">src=\"../")
        XCTAssertEqual(SiteURL.resolveMarkers(in: "100% ære %EE%80%82", pagePath: "index.html"), "100% ære %EE%80%82")
        XCTAssertEqual(SiteURL.resolveMarkers(in: "\(root)\(root)", pagePath: "index.html"), "\(root)\(root)", "not in an href: text")
        XCTAssertEqual(SiteURL.resolveMarkers(in: "åid=\"\u{E001}e\u{301}øid=\"\u{E001}\u{301}%EE%80%8", pagePath: "a/index.html", idPrefix: "p-"),
                       "åid=\"p-e\u{301}øid=\"p-\u{301}%EE%80%8")
        XCTAssertEqual(SiteURL.resolveMarkers(in: "🇩🇰src=\"\(root)🇩🇰id=\"\(id)", pagePath: "a/b/index.html", idPrefix: "x"), "🇩🇰src=\"../../🇩🇰id=\"x")
        XCTAssertEqual(SiteURL.resolveMarkers(in: "🇩🇰\(root)🇩🇰\(id)", pagePath: "a/b/index.html", idPrefix: "x"), "🇩🇰\(root)🇩🇰\(id)")
    }

    func testOutputPathsMustStayInside() {
        for safe in ["index.html", "a/b/index.html", "søg/index.js", "a.b/c"] {
            XCTAssertTrue(OutputWriter.isSafe(safe), safe)
        }
        for unsafe in ["", "/etc/passwd", "../x", "a/../../x", "a//b", "a/./b", "a/", "a\\b", "a\u{0}b", "..", "."] {
            XCTAssertFalse(OutputWriter.isSafe(unsafe), unsafe)
        }
    }

    func testSlashSplit() {
        XCTAssertEqual("a/b//c/".slashSplit(), ["a", "b", "c"])
        XCTAssertEqual("a/b//c/".slashSplit(omittingEmpty: false), ["a", "b", "", "c", ""])
        XCTAssertEqual("/æ/ø".slashSplit(), ["æ", "ø"])
        XCTAssertEqual("".slashSplit(), [])
    }

    /// The search text gathered as bytes is what joining every literal with spaces and keeping
    /// the first scalars gives, multi-byte letters and empty literals included.
    func testPlainTextIsTheJoinedTextCutAfterTheLimit() {
        let pieces = ["Skole", "", "ledelse æøå", "😀x", " to  mellemrum ", "ÆØÅ"]
        let joined = pieces.joined(separator: " ")
        for limit in 0...(joined.unicodeScalars.count + 2) {
            var text = PlainText(limit: limit)
            for piece in pieces { piece.withCString { text.append($0) } }
            XCTAssertEqual(text.text, String(String.UnicodeScalarView(joined.unicodeScalars.prefix(limit))), "limit \(limit)")
        }
        var diagnostics = DiagnosticBag()
        let long = MarkdownRenderer().render(String(repeating: "æ", count: 5000) + "\n\n`kode`\n", file: "content/a.md",
                                             contentPath: "a.md", firstLine: 1, diagnostics: &diagnostics)
        XCTAssertEqual(long.plainText, String(repeating: "æ", count: SearchIndex.maximumTextLength))
        let short = MarkdownRenderer().render("Et *ord* og `kode`.\n", file: "content/a.md", contentPath: "a.md",
                                              firstLine: 1, diagnostics: &diagnostics)
        XCTAssertEqual(short.plainText, "Et  ord  og  kode .")
    }
}
