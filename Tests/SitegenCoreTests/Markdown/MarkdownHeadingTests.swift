import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Headings: their ids, the ids they may not take, and the levels a body may use.
final class MarkdownHeadingTests: XCTestCase {
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
}
