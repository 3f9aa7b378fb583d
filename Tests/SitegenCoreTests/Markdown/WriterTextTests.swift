import Testing
@testable import SitegenCore

/// What a writer types reaches the page as cmark renders it: sitegen's own changes are made on
/// cmark's tree, so no text, comment, attribute or raw HTML is taken for sitegen's markup.
@Suite struct WriterTextTests {
    @Test func aCommentDoesNotSwallowTheTextAfterIt() {
        let (spec146, _) = render("<!-- foo -->*bar*\n*baz*\n")
        #expect(spec146.html == "<p>*bar*</p>\n<p><em>baz</em></p>\n")
        let (note, _) = render("<!-- note --> Visible text after the comment.\n")
        #expect(note.html == "<p> Visible text after the comment.</p>\n")
        #expect(note.plainText.contains("Visible text"))
    }

    @Test func aCommentInsideAnHTMLBlockIsLeftOutToo() {
        let (r, _) = render("<div>\n<!-- intern note -->\ntekst\n</div>\n")
        #expect(!r.html.contains("intern"), "\(r.html)")
        #expect(!r.plainText.contains("intern"))
        #expect(r.html.contains("&lt;div&gt;"))
    }

    @Test func aRawCheckboxStaysACheckbox() {
        let (r, _) = render("<input type=\"checkbox\" disabled=\"\" /> ja\n\n- [ ] opgave\n- [x] gjort\n", unsafe: true)
        #expect(r.html.contains("<input type=\"checkbox\" disabled=\"\" /> ja"), "\(r.html)")
        #expect(r.html.contains("<li><span class=\"task\">\u{2610}</span> opgave</li>"), "\(r.html)")
        #expect(r.html.contains("<li><span class=\"task task-done\">\u{2611}</span> gjort</li>"), "\(r.html)")
    }
}

/// The markers sitegen puts in rendered HTML (`SiteURL`) are read only where sitegen writes them.
@Suite struct WriterMarkerTests {
    private func page(_ body: String, unsafe: Bool = false, idPrefix: String = "") -> String {
        let (r, _) = render(body, unsafe: unsafe, path: "a/b.md")
        return SiteURL.resolveMarkers(in: r.html, pagePath: "a/b/index.html", idPrefix: idPrefix)
    }

    @Test func markerTextWrittenByAWriterStaysAsWritten() {
        let html = page("Koden `%EE%80%80` og %EE%80%81 og \u{E000} og \u{E001}.\n", idPrefix: "del-x_")
        #expect(html == "<p>Koden <code>%EE%80%80</code> og %EE%80%81 og \u{E000} og \u{E001}.</p>\n")
    }

    @Test func aRawIDIsNotTakenForAFootnote() {
        let html = page("<p id=\"fnord\">footnote</p>\n\nTekst[^1].\n\n[^1]: Note.\n", unsafe: true, idPrefix: "del-x_")
        #expect(html.contains("<p id=\"fnord\">"), "\(html)")
        #expect(html.contains("id=\"del-x_fn-1\""), "\(html)")
        #expect(html.contains("href=\"#del-x_fnref-1\""), "\(html)")
    }

    @Test func aLinkKeepsItsQuery() {
        let html = page("[Bilag](bilag.pdf?side=2#top)\n")
        #expect(html.contains("href=\"../../a/bilag.pdf?side=2#top\""), "\(html)")
    }
}
