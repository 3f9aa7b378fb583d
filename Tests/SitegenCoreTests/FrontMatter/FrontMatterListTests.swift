import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// A list's items: one holding ': ', one indented too far, one emptied by a comment, and thousands of them.
final class FrontMatterListTests: XCTestCase {
    /// A list item with ': ' is a map of one key in YAML: one error at the item, with the item
    /// quoted, and no "needs at least 1 item" or "must be a single value" beside it.
    func testAListItemWithAColonIsOneErrorWithTheItemQuoted() throws {
        let (_, problems) = parseFile("---\nkind: approach\ntitle: A\nnumber: 1\nstatement: Vi\nactions:\n  - Derfor gør vi følgende: vi lytter\n---\n")
        XCTAssertEqual(problems.map(\.message), ["an item of 'actions' contains ': ', which YAML reads as a key"])
        XCTAssertEqual(problems.map(\.hint), ["put the item in quotes: - \"Derfor gør vi følgende: vi lytter\""])
        XCTAssertEqual(problems.map(\.location.line), [7])
        let (_, empty) = parseFile("---\nkind: approach\ntitle: A\nnumber: 1\nstatement: Vi\nactions:\n  -\n---\n")
        XCTAssertEqual(empty.map(\.code.rawValue), ["empty-item"])
    }

    /// A list item indented one space deeper than the others is joined to the item above by
    /// YAML: a warning at its line says so; a long item written on two lines is fine.
    func testAnItemIndentedTooFarIsAWarning() throws {
        let (file, problems) = parseFile("---\nkind: approach\ntitle: A\nnumber: 1\nstatement: Vi\nactions:\n  - Vi gør\n   - Vi gør mere\n  - Vi gør noget - og mere\n    på to linjer\n---\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["merged-item"])
        XCTAssertEqual(problems.map(\.location.line), [8])
        XCTAssertEqual(problems.map(\.location.column), [4])
        XCTAssertEqual(problems.first?.severity, .warning)
        XCTAssertNotNil(file)
    }

    /// A list item emptied by a comment (`- #1 i trivsel`) is told so, with the item quoted.
    func testAListItemEmptiedByACommentIsExplained() throws {
        let (_, problems) = parseFile("---\nkind: approach\ntitle: A\nnumber: 1\nstatement: Vi\nactions:\n  - Vi gør\n  - #1 i trivsel\n---\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["empty-item"])
        XCTAssertEqual(problems.first?.hint, "'#' after a blank starts a comment in YAML; put the item in quotes: - \"#1 i trivsel\"")
        let (_, plain) = parseFile("---\nkind: approach\ntitle: A\nnumber: 1\nstatement: Vi\nactions:\n  - Vi gør\n  -\n---\n")
        XCTAssertEqual(plain.first?.hint, "write the item's text after '- ', or delete the line")
    }

    /// A list of thousands of items joined to the one above, emptied by a comment or holding
    /// ': ' reads the YAML's lines from an index, not by counting from the top for each item
    /// (which took minutes). No time is measured; without the fix this test runs for minutes.
    func testLongListsOfMistakenItemsAreReadOnce() {
        let items = (0..<5_000).map { "  - punkt \($0) - og mere\n   - skjult \($0)\n  - Mål \($0): tekst\n  - #\($0) i trivsel\n" }.joined()
        let (_, problems) = parseFile("---\nkind: approach\ntitle: A\nnumber: 1\nstatement: Vi\nactions:\n" + items + "---\n")
        XCTAssertEqual(problems.filter { $0.code.rawValue == "merged-item" }.count, 5_000)
        XCTAssertEqual(problems.filter { $0.code.rawValue == "empty-item" }.count, 5_000)
        XCTAssertEqual(problems.filter { $0.code.rawValue == "type-mismatch" }.count, 5_000)
    }
}
