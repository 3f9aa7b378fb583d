import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Links and images in a body: where they point, which are refused, and the columns they are reported at.
final class MarkdownLinkTests: XCTestCase {
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
}
