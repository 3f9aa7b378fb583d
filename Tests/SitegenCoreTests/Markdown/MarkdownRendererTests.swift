import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class MarkdownRendererTests: XCTestCase {
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

    func testDeeplyNestedListsDoNotCrash() {
        let body = String(repeating: "- ", count: 5000) + "x\n"
        let (r, _) = render(body)
        XCTAssertFalse(r.html.isEmpty)
    }

    func testMarkerCharactersInInputCannotForgeLinks() throws {
        var bag = DiagnosticBag()
        let data = Data("---\nkind: page\ntitle: A\n---\n[x](\u{E000}evil)\n".utf8)
        let source = try XCTUnwrap(SourceText.parse(data, file: "content/pages/a.md", diagnostics: &bag))
        XCTAssertTrue(source.body.contains("\u{E000}"), "the writer's character is kept")
        let (r, _) = render(source.body, path: "pages/a.md")
        let html = SiteURL.resolveMarkers(in: r.html, pagePath: "a/index.html")
        XCTAssertTrue(html.contains("href=\"../pages/%EE%80%80evil\""), html)
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
}
