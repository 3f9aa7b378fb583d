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
