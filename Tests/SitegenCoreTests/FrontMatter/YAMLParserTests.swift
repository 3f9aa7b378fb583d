import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// YAML mistakes: syntax errors at their line, values cut short by a ':', a quote or a '#',
/// control characters and tabs.
final class YAMLParserTests: XCTestCase {
    func testYAMLSyntaxErrorCountsFromTopOfFile() throws {
        let (_, problems) = parseFile("---\nkind: page\ntitle: A\ntags: [a, b\n---\n", path: "pages/a.md")
        let problem = try XCTUnwrap(problems.first)
        XCTAssertEqual(problem.code.rawValue, "yaml-syntax")
        XCTAssertGreaterThanOrEqual(problem.location.line, 4)
    }

    /// The two commonest YAML mistakes in a title are explained in the writer's words with the
    /// line mended, not in libyaml's English (an audit found "mapping values are not allowed in
    /// this context" inside a Danish message).
    func testAColonOrInnerQuotesInAValueAreExplained() throws {
        let (_, colon) = parseFile("---\nkind: page\ntitle: Mål: bedre læring\n---\n", path: "pages/a.md")
        XCTAssertEqual(colon.map(\.message), ["the value of 'title' contains ': ', which YAML reads as the start of another key"])
        XCTAssertEqual(colon.map(\.hint), ["put the whole value in quotes: title: \"Mål: bedre læring\""])
        XCTAssertEqual(colon.map(\.location.line), [3])
        XCTAssertEqual(colon.map(\.location.column), [11])
        let (_, double) = parseFile("---\nkind: page\ntitle: \"Elevernes \"stemme\" i skolen\"\n---\n", path: "pages/a.md")
        XCTAssertEqual(double.map(\.hint), ["write it as: title: 'Elevernes \"stemme\" i skolen'"])
        let (_, single) = parseFile("---\nkind: page\ntitle: 'Skolens 'fælles' ansvar'\n---\n", path: "pages/a.md")
        XCTAssertEqual(single.map(\.hint), ["write it as: title: \"Skolens 'fælles' ansvar\""])
        XCTAssertEqual(single.first?.message.contains("ends it early"), true)
        // A value with both kinds of quote is written in single quotes, its own doubled.
        XCTAssertEqual(YAMLMistakes.quoted("\"alle\" skal 'med'"), "'\"alle\" skal ''med'''")
        // Any other YAML mistake keeps the general hint.
        let (_, other) = parseFile("---\nkind: page\ntitle: A\ntags: [a, b\n---\n", path: "pages/a.md")
        XCTAssertEqual(other.first?.hint?.hasPrefix("check the indentation"), true)
    }

    /// `color: #1a5a96` unquoted is a YAML comment: the value is empty. For an optional key that
    /// dropped the colour without a word; for a required one it said only "no value". Each is an
    /// error at the '#' whose hint puts the value in quotes; a note after a list's key is not.
    func testValueEmptiedByACommentIsAnErrorAtTheHash() throws {
        let text = "---\nkind: municipality\ntitle: #1 Om os\nname: Min\ncountry: dk\ncolor: #1a5a96\nsummary:  #1 i \"trivsel\"\ntags:   # emner\n---\n"
        let (_, problems) = parseFile(text, path: "min/index.md")
        XCTAssertEqual(problems.map(\.code.rawValue), ["comment-as-value", "comment-as-value", "comment-as-value"])
        XCTAssertEqual(problems.map(\.location.line), [3, 6, 7])
        XCTAssertEqual(problems.map(\.location.column), [8, 8, 11])
        XCTAssertEqual(problems[1].message, "'color' has no value: in YAML '#' after a blank starts a comment, so '#1a5a96' is not read")
        XCTAssertEqual(problems[1].hint, "put the value in quotes: color: \"#1a5a96\"; if it is a note, write it on a line of its own")
        XCTAssertTrue(problems[2].hint?.contains(##"summary: "#1 i \"trivsel\"""##) ?? false, problems[2].hint ?? "")
        // Quoted, the value is read; a value left empty with no comment still counts as not written.
        let (file, none) = parseFile("---\nkind: municipality\ntitle: Min\nname: Min\ncountry: dk\ncolor: \"#1a5a96\"\nsummary: \"\" # senere\nwebsite:\n---\n", path: "min/index.md")
        XCTAssertEqual(none, [])
        guard case .municipality(let m)? = file?.frontMatter.specific else { return XCTFail("not a municipality") }
        XCTAssertEqual(m.color, "#1a5a96")
    }

    /// Control characters written as escapes ("\0", "\e") or pasted in are refused at their value.
    func testControlCharactersInValuesAreErrors() throws {
        for escape in ["\\0", "\\e", "\\f", "\\x85", "\\u2028", "\\x7F"] {
            let (_, problems) = parseFile("---\nkind: approach\ntitle: \"A\(escape)B\"\nnumber: 1\nstatement: Vi\nactions:\n  - x\n---\n")
            XCTAssertEqual(problems.map(\.code.rawValue), ["control-character"], escape)
            XCTAssertEqual(problems.first?.location.line, 3, escape)
        }
        let (_, fine) = parseFile("---\nkind: approach\ntitle: \"A\\tB\"\nnumber: 1\nstatement: \"Vi\\nleder\"\nactions:\n  - x\n---\n")
        XCTAssertEqual(fine.map(\.code.rawValue), [])
    }

    /// A raw control character in the front matter (Word's Shift+Enter is U+000B) is reported at
    /// its own line and column, and U+2028, which YAML counts as a line break, moves no later
    /// line number: the unknown key below it is found at its real line.
    func testRawControlCharactersAreFoundAtTheirPlace() throws {
        for (control, column) in [("\u{0B}", 13), ("\u{00}", 13), ("\u{2028}", 13), ("\u{85}", 13), ("\u{1B}", 13)] {
            let text = "---\nkind: section\ntitle: Lærer\(control)rolle\nactons: x\n---\n"
            let (_, problems) = parseFile(text)
            XCTAssertEqual(problems.map(\.code.rawValue), ["control-character", "unknown-key"], control.unicodeScalars.first!.description)
            XCTAssertEqual(problems.map(\.location.line), [3, 4])
            XCTAssertEqual(problems.first?.location.column, column)
        }
        XCTAssertEqual(YAMLParser.controlCharacters(in: "a: b\tc\r\nd: é ø – “x”").count, 0)
    }

    func testTabsInFrontMatterGiveAHint() throws {
        // libyaml names the tab in some of its messages and not in others: the hint is there either way.
        for list in ["\t- a", "  -\ta", "\t-\ta"] {
            let (_, problems) = parseFile("---\nkind: page\ntitle: A\ntags:\n\(list)\n---\n", path: "pages/a.md")
            let problem = try XCTUnwrap(problems.first, list)
            XCTAssertEqual(problem.code.rawValue, "yaml-syntax", list)
            XCTAssertEqual(problem.location.line, 5, list)
            XCTAssertEqual(problem.hint?.hasPrefix("indent with spaces, not tabs"), true, list)
        }
    }
}
