import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class MarkdownFootnoteTests: XCTestCase {
    func testFootnoteIDsTakeThePagePrefix() {
        let (r, _) = render("Note[^1].\n\n[^1]: Fodnoten.\n")
        let html = SiteURL.resolveMarkers(in: r.html, pagePath: "a/b/print/index.html", idPrefix: "del-")
        XCTAssertTrue(html.contains("id=\"del-fn"), html)
        XCTAssertTrue(html.contains("href=\"#del-fn"), html)
    }

    /// cmark-gfm shows a footnote reference with no definition as the text "[^2]", and drops a
    /// definition nothing refers to: each is an error at its place (a label without a note at
    /// its first reference only). Code is left alone, labels compare without case, and a note
    /// may be referred to more than once.
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
        // The second [^2] (13:19) is not told again.
        XCTAssertEqual(problems.map(\.code.rawValue), ["footnote-undefined", "footnote-undefined",
                                              "footnote-unused", "footnote-unused", "footnote-unused",
                                              "footnote-undefined", "footnote-undefined"], "\(problems)")
        guard problems.count == 7 else { return }
        XCTAssertEqual(problems.map { "\($0.location.line):\($0.location.column)" },
                       ["12:31", "13:12", "15:1", "17:1", "18:1", "20:8", "24:3"])
        XCTAssertEqual(problems[0].message, "the footnote [^2] has no note, so the page shows '[^2]' as text")
        XCTAssertEqual(problems[0].hint, "use the label of a note that is written ([^1], [^udvalg]), or write the note on a line of its own: [^2]: the note's text")
        XCTAssertEqual(problems[2].message, "nothing in the text refers to the footnote [^1], so the note is not shown")
        XCTAssertEqual(problems[3].message, "the footnote [^udvalg] is written twice; only the first is shown")
        XCTAssertEqual(problems[4].hint, "write the label without blanks: [^medmellemrum]:")
        // The note referred to twice, in another case, is shown.
        XCTAssertTrue(r.html.contains("Børne- og skoleudvalget."), r.html)
        // Nothing to report when every reference has its note and every note a reference.
        XCTAssertEqual(render("## A\n\nTekst[^a] og `[^b]`.\n\n[^a]: Note.\n").1, [])
    }
}
