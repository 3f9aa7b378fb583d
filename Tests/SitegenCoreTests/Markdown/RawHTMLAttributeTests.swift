import Testing
@testable import SitegenCore

/// With `markdown: {unsafe: true}`, a dangerous address in raw HTML where no '=' comes just
/// before it (a security review: `values="x;javascript:alert(5)"` ran script) is found too: the
/// piece of HTML is dropped with an error at its place.
@Suite struct RawHTMLAttributeTests {
    /// Each shape of the bypass, and each obfuscation browsers still read as the scheme.
    @Test(arguments: [
        // SVG animation: each ';'-separated item of `values`.
        "<svg><a><animate attributeName=href values=\"x;javascript:alert(5)\"/><text y=20>x</text></a></svg>",
        "<svg><a><animate attributeName=href values='x; JavaScript:alert(1)'/></a></svg>",
        "<svg><a><animate attributeName=href values=x;javascript:alert(1) /></a></svg>",
        "<svg><a><animate attributeName=href values=\"x&#59;javascript:alert(1)\"/></a></svg>",
        "<svg><a><animate attributeName=href values=\"x&semi;&#x6A;avascript&colon;alert(1)\"/></a></svg>",
        "<svg><a><animate attributeName=href values=\"x;\tjava\tscript:alert(1)\"/></a></svg>",
        "<svg><a><animate attributeName=href values=\"x;&#1;&#x20;vbscript:msgbox(1)\"/></a></svg>",
        "<svg><a><set attributeName=href values=\"a;b;data:text/html,<b>x</b>\"/></a></svg>",
        // Lists of addresses.
        "<img srcset=\"a.png 1x, javascript:alert(1) 2x\" alt=\"x\">",
        "<img srcset=\"a.png 1x,data:image/png;base64,AAAA 2x\" alt=\"x\">",
        "<a href=\"https://x.dk\" ping=\"https://x.dk javascript:alert(1)\">x</a>",
        "<meta http-equiv=refresh content=\"0; javascript:alert(1)\">",
        // CSS: url() with CSS escapes, comments, references; any address in style.
        "<p style=\"background:url(j\\61vascript:alert(1))\">x</p>",
        "<p style=\"background:u\\72l(data:image/png;base64,AAAA)\">x</p>",
        "<p style=\"background:url(/**/data:image/png;base64,AAAA)\">x</p>",
        "<p style=\"background:url&lpar;data:image/png;base64,AAAA)\">x</p>",
        "<p style=\"background-image:image-set('data:image/png;base64,AAAA' 1x)\">x</p>",
        "<p style=\"background:url(\\64 ata:image/png;base64,AAAA)\">x</p>",
        "<svg><rect fill=\"url(/* x */d&#97;ta:image/svg+xml,x)\"/></svg>",
        // Where a browser ends a comment, a bogus comment or a CDATA section, not where cmark does.
        "<div><!-- x --!> <svg><a><animate attributeName=href values=\"x;javascript:alert(1)\"/></a></svg> --></div>",
        "<div><!--> <svg><a><animate attributeName=href values=\"x;javascript:alert(1)\"/></a></svg> --></div>",
        "<div><? > <svg><a><animate attributeName=href values=\"x;javascript:alert(1)\"/></a></svg> ?></div>",
        "<svg><![CDATA[ > <b title=\"]]><a><animate attributeName=href values='x;javascript:alert(1)'/></a>\"> ]]></svg>",
        // noscript is text when scripts run: its end inside an attribute value ends it.
        "<noscript><p title=\"</noscript><svg><a><animate attributeName=href values='x;javascript:alert(1)'/></a></svg>\"></noscript>",
    ])
    func dangerousAddressesOutsideAnEqualsSignAreFound(html: String) {
        let (r, problems) = render("Tekst før.\n\n" + html + "\n", unsafe: true)
        #expect(problems.map(\.code.rawValue) == ["unsafe-link"], "\(html)")
        #expect(problems.map(\.location.line) == [12])
        #expect(!r.html.lowercased().contains("script:"), "\(r.html)")
        #expect(!r.html.contains("data:"), "\(r.html)")
        #expect(r.html.contains("Tekst før."))
    }

    /// Inline raw HTML is reported at its own column.
    @Test func inlineRawHTMLIsReportedAtItsColumn() {
        let (_, problems) = render("Se <img srcset=\"a.png 1x, javascript:a 2x\" alt=\"x\"> her.\n", unsafe: true)
        #expect(problems.map { "\($0.location.line):\($0.location.column)" } == ["10:4"])
    }

    /// Raw HTML without a dangerous address stays as written, also where such a word is text,
    /// a name, or not an address.
    @Test(arguments: [
        "<svg><animate attributeName=opacity values=\"0;1;0\" dur=\"2s\"/></svg>",
        "<img srcset=\"a.png 1x, b.png 2x\" alt=\"Vores data: 2024, tal; data: fra skolerne\">",
        "<p style=\"--chart-data: 3; color: red; background: url(model.png)\">Data: javascript: er et sprog</p>",
        "<p title=\"x; javascript: er et sprog\">Vi bruger data: fra skolerne.</p>",
        "<meta name=description content=\"Skoler, data: 2024\">",
        "<!-- <a href=\"x\"> values=\"a;javascript:b\" -->",
        "<div><p>Se data:, javascript: og url(javascript) som tekst</p></div>",
    ])
    func harmlessRawHTMLIsKept(html: String) {
        let (r, problems) = render(html + "\n", unsafe: true)
        #expect(problems == [], "\(html)")
        #expect(r.html.contains(html), "\(r.html)")
    }

    /// A comment left open by one block of HTML goes on in the next, and ends where the browser
    /// ends it: inside what reads as an attribute if the block is read alone.
    @Test func aCommentLeftOpenGoesOnInTheNextPiece() {
        let body = "<div><!-- en note\n\n<div title=\"--><svg><a><animate attributeName=href values='x;javascript:alert(1)'/></a></svg>\">\n"
        let (r, problems) = render(body, unsafe: true)
        #expect(problems.map(\.code.rawValue) == ["unsafe-link"])
        #expect(problems.map(\.location.line) == [12])
        #expect(!r.html.contains("javascript"), "\(r.html)")
    }

    /// Raw HTML that stops inside a tag would make the Markdown after it the tag's attributes,
    /// which no check reads: it is dropped with one error at its line.
    @Test(arguments: [
        "<div><svg><a><animate attributeName=href values=\"x;\n\n;javascript:alert(1)//\n\n<i>\"></a></svg></div>",
        "<div title=\"x\n\n[y](z)\n",
        "<div\n\ntext\n",
        "<div><a href=\n\njavascript:alert(1)\n",
    ])
    func rawHTMLEndingInsideATagIsAnError(body: String) {
        let (r, problems) = render("Tekst før.\n\n" + body, unsafe: true)
        #expect(problems.map(\.code.rawValue).first == "unsafe-link", "\(body)")
        #expect(problems.first?.location.line == 12)
        #expect(!r.html.contains("<div"), "\(r.html)")
        #expect(!r.html.contains("title=\"x"), "\(r.html)")
    }

    /// A tag that ends on a later line of the same block is whole: no error.
    @Test func aTagOverSeveralLinesOfOneBlockIsKept() {
        let html = "<div\n  class=\"boks\">\nTekst\n</div>"
        let (r, problems) = render(html + "\n", unsafe: true)
        #expect(problems == [])
        #expect(r.html.contains(html))
    }
}
