import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class YAMLAliasTests: XCTestCase {
    func testBillionLaughsIsRefusedAtOnce() throws {
        var yaml = "---\nkind: page\ntitle: Bombe\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        yaml += "? *i\n: x\n---\n"
        let started = Date()
        let (_, problems) = parseFile(yaml, path: "pages/a.md")
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertEqual(problems.map(\.code.rawValue), ["yaml-alias"])
        XCTAssertEqual(problems.first?.location.line, 4)
    }

    func testStarsAndAmpersandsInTextAreNotAliases() {
        let text = """
        ---
        kind: programme
        title: R&D i skolen – *vigtigt*
        summary: "*stjerne* & co"
        goal: |
          Vi vil *altid* lære.
          - *punkt* med stjerner
        outcomes:
          - Mål & midler
          - '*citeret*'
        ---
        """
        let (_, problems) = parseFile(text, path: "a/b/index.md")
        XCTAssertEqual(problems, [])
    }

    /// YAML tags change what a value is (`!!str 1`); none is supported, and text that starts
    /// with '!' must be quoted, since YAML reads it as a tag.
    func testYAMLTagsAreRefused() throws {
        for value in ["!!str 1", "!!python/object:os.system echo", "!Vigtigt"] {
            let (_, problems) = parseFile("---\nkind: approach\ntitle: A\nnumber: \(value)\nstatement: Vi\nactions:\n  - x\n---\n")
            XCTAssertEqual(problems.map(\.code.rawValue), ["yaml-syntax"], value)
            XCTAssertEqual(problems.first?.location.line, 4, value)
            XCTAssertEqual(problems.first?.location.column, 9, value)
        }
        let (_, fine) = parseFile("---\nkind: page\ntitle: Hej! Læs dette\nsummary: \"!Vigtigt\"\n---\n", path: "pages/a.md")
        XCTAssertEqual(fine, [])
    }

    /// A quote inside plain text ("q 'q") opens no quoted text, so the anchors and aliases after
    /// it are still found (an audit hid an alias bomb that way, and the build hung).
    func testAQuoteInsidePlainTextDoesNotHideAnAlias() throws {
        var lines = ["x0: [q 'q, &a0 [l, l, l, l, l, l, l, l, l]]"]
        for level in 1...9 { lines.append("x\(level): [q 'q, &a\(level) [*a\(level - 1), *a\(level - 1), *a\(level - 1)]]") }
        lines.append("[q 'q, *a9]: v")
        let text = "---\nkind: section\ntitle: T\n" + lines.joined(separator: "\n") + "\n---\n"
        let (_, problems) = parseFile(text)
        XCTAssertEqual(problems.map(\.code.rawValue), ["yaml-alias"])
        XCTAssertEqual(problems.first?.location, SourceLocation(file: "content/aarhus/grundlag/x.md", line: 4, column: 12))
        XCTAssertEqual(YAMLParser.firstAlias(in: "tags: [q 'q, *a9]")?.1, 14)
        XCTAssertNil(YAMLParser.firstAlias(in: "title: Lærerens 'hjerte' & *stjerne*"))
        // Tabs separate as spaces do.
        XCTAssertEqual(YAMLParser.firstAlias(in: "x: [q,\t&a1\t[l]]")?.1, 8)
        XCTAssertEqual(YAMLParser.firstAlias(in: "x:\t*a1")?.1, 4)
    }
}
