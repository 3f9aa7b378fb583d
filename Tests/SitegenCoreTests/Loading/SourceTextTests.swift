import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class SourceTextTests: XCTestCase {
    private func split(_ text: String) -> (SourceText?, [Diagnostic]) {
        split(Data(text.utf8))
    }

    private func split(_ data: Data) -> (SourceText?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let source = SourceText.parse(data, file: "content/a.md", diagnostics: &bag)
        return (source, bag.sorted)
    }

    func testSplitsFrontMatterAndBodyWithLineNumbers() throws {
        let (source, problems) = split("---\nkind: page\ntitle: A\n---\n## Hej\n")
        XCTAssertEqual(problems, [])
        let s = try XCTUnwrap(source)
        XCTAssertEqual(s.frontMatter, "kind: page\ntitle: A")
        XCTAssertEqual(s.frontMatterFirstLine, 2)
        XCTAssertEqual(s.bodyFirstLine, 5)
        XCTAssertEqual(s.body, "## Hej\n")
    }

    func testAcceptsByteOrderMarkAndCRLF() throws {
        let (source, problems) = split("\u{FEFF}---\r\nkind: page\r\ntitle: A\r\n---\r\nTekst\r\n")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(source?.frontMatter, "kind: page\ntitle: A")
        XCTAssertEqual(source?.body, "Tekst\n")
    }

    func testEmptyFile() {
        let (source, problems) = split("")
        XCTAssertNil(source)
        XCTAssertEqual(problems.map(\.code.rawValue), ["empty-file"])
        XCTAssertEqual(problems.first?.location.line, 1)
    }

    func testOnlyOneFenceIsUnterminated() {
        let (_, problems) = split("---\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["unterminated-front-matter"])
        XCTAssertNotNil(problems.first?.hint)
    }

    func testMissingFrontMatter() {
        let (_, problems) = split("## Overskrift\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["missing-front-matter"])
    }

    func testInvalidUTF8IsLocated() {
        var data = Data("---\nkind: page\ntitle: A".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        data.append(Data("\n---\n".utf8))
        let (source, problems) = split(data)
        XCTAssertNil(source)
        XCTAssertEqual(problems.map(\.code.rawValue), ["invalid-utf8"])
        XCTAssertEqual(problems.first?.location.line, 3)
        XCTAssertEqual(problems.first?.location.column, 9)
    }

    /// The column of a bad byte counts the characters before it, not their bytes.
    func testInvalidUTF8ColumnCountsCharacters() {
        var data = Data("---\nkind: page\ntitle: Æblø".utf8)
        data.append(contentsOf: [0xE5])
        data.append(Data("\n---\n".utf8))
        let (_, problems) = split(data)
        XCTAssertEqual(problems.map(\.location.line), [3])
        XCTAssertEqual(problems.map(\.location.column), [12])
    }

    func testNonBreakingSpaceIndentationReadsAsSpaces() throws {
        let (source, _) = split("---\nkind: page\ntitle: A\nquote:\n\u{00A0}\u{00A0}text: x\n---\n")
        XCTAssertEqual(source?.frontMatter, "kind: page\ntitle: A\nquote:\n  text: x")
    }
}

final class JSONStringTests: XCTestCase {
    func testEscapesWhatJSONAndJavaScriptNeed() {
        XCTAssertEqual(JSONText.string("Læring – “godt”"), "\"Læring – “godt”\"")
        XCTAssertEqual(JSONText.string("a\"b\\c\nd\te\u{01}"), "\"a\\\"b\\\\c\\nd\\te\\u0001\"")
        XCTAssertEqual(JSONText.string("x\u{2028}y\u{2029}z"), "\"x\\u2028y\\u2029z\"")
    }
}
