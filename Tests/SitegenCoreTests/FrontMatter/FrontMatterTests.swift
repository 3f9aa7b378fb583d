import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class FrontMatterTests: XCTestCase {
    func testNorwegianLanguageStaysAString() throws {
        let (file, problems) = parseFile("---\nkind: municipality\ntitle: Oslo\nname: Oslo\ncountry: no\nlanguage: no\n---\n", path: "oslo/index.md")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(file?.frontMatter.common.language, Language.no)
        guard case .municipality(let m)? = file?.frontMatter.specific else { return XCTFail("not a municipality") }
        XCTAssertEqual(m.country, Country.no)
    }

    func testUnknownKeyIsLocatedWithSuggestion() throws {
        let text = "---\nkind: role\ntitle: Vejlederen\nactor: Vejlederen\nresponsibilites:\n  - noget\n---\n"
        let (_, problems) = parseFile(text)
        let unknown = try XCTUnwrap(problems.first { $0.code.rawValue == "unknown-key" })
        XCTAssertEqual(unknown.location, SourceLocation(file: "content/aarhus/grundlag/x.md", line: 5, column: 1))
        XCTAssertEqual(unknown.message, "unknown key 'responsibilites'")
        XCTAssertEqual(unknown.hint, "did you mean 'responsibilities'?")
        // The required key it should have been is reported too, in the same run.
        XCTAssertTrue(problems.contains { $0.code.rawValue == "missing-key" && $0.message.contains("'responsibilities'") })
    }

    func testTypeMismatchPointsAtTheValue() throws {
        let (_, problems) = parseFile("---\nkind: approach\ntitle: A\nnumber: to\nstatement: Vi\nactions:\n  - x\n---\n")
        let problem = try XCTUnwrap(problems.first)
        XCTAssertEqual(problem.code.rawValue, "type-mismatch")
        XCTAssertEqual(problem.location.line, 4)
        XCTAssertEqual(problem.location.column, 9)
    }

    func testNumberBelowOneIsRejected() {
        let (_, problems) = parseFile("---\nkind: approach\ntitle: A\nnumber: 0\nstatement: Vi\nactions:\n  - x\n---\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["invalid-number"])
    }

    /// A key written in Danish or Norwegian is answered with the key meant, and a date written
    /// day first with the same date as YYYY-MM-DD.
    func testDanishKeysAndDatesGetTheFormatsSpelling() throws {
        let (_, key) = parseFile("---\nkind: page\ntitle: A\nsammendrag: Kort\n---\n", path: "pages/a.md")
        XCTAssertEqual(key.map(\.hint), ["did you mean 'summary'?"])
        let (_, date) = parseFile("---\nkind: framework\ntitle: A\nlabel: B\nadopted: 1/9/2024\n---\n", path: "a/b/index.md")
        XCTAssertEqual(date.map(\.hint), ["write it as adopted: 2024-09-01"])
        XCTAssertEqual(WrittenInDanish.date("31.12.2025")?.description, "2025-12-31")
        XCTAssertNil(WrittenInDanish.date("31/2/2025"), "no such day")
        XCTAssertNil(WrittenInDanish.date("2025/1/2"))
        XCTAssertNil(WrittenInDanish.key(for: "land", among: ["title"]), "only a key the kind has")
    }

    /// A group's hints speak of the group: a contact without `name` is told to add it to the
    /// contact, and `period: 2025-2030` is shown the lines it needs.
    func testGroupHintsNameTheirKeysAndPlace() throws {
        let (_, contact) = parseFile("---\nkind: programme\ntitle: A\ngoal: B\ncontacts:\n  - navn: Kari\n---\n", path: "a/b/index.md")
        XCTAssertEqual(Set(contact.map(\.hint)), ["did you mean 'name'?", "add a line 'name: ...' to each contact under 'contacts'"])
        let (_, period) = parseFile("---\nkind: programme\ntitle: A\ngoal: B\nperiod: 2025-2030\n---\n", path: "a/b/index.md")
        XCTAssertEqual(period.map(\.hint), ["write each key on its own indented line below 'period:', e.g. 'start: 2025-08-01' and 'end: 2030-07-31'"])
    }

    /// An optional value left empty counts as not written, whatever its type: `website: ""`
    /// was an invalid address and `number: ""` not a whole number.
    func testEmptyOptionalValuesOfEveryTypeAreAbsent() throws {
        let (file, problems) = parseFile("---\nkind: municipality\ntitle: A\nname: A\ncountry: dk\nwebsite: \"\"\ncontact: \" \"\nlogo: ''\n---\n", path: "a/index.md")
        XCTAssertEqual(problems, [])
        XCTAssertNotNil(file)
        let (_, section) = parseFile("---\nkind: section\ntitle: A\nnumber: \"\"\n---\n")
        XCTAssertEqual(section, [])
    }

    func testDuplicateKey() {
        let (_, problems) = parseFile("---\nkind: page\ntitle: A\ntitle: B\n---\n", path: "pages/a.md")
        XCTAssertEqual(problems.map(\.code.rawValue), ["duplicate-key"])
        // Shown at the repeat, with the first one's line.
        XCTAssertEqual(problems.first?.location.line, 4)
        XCTAssertEqual(problems.first?.message, "the key 'title' is written more than once (first on line 3)")
        let (_, nested) = parseFile("---\nkind: programme\ntitle: P\ngoal: G\nquote:\n  text: a\n  source: b\n  text: c\n---\n", path: "aarhus/p/index.md")
        XCTAssertEqual(nested.map(\.location.line), [8])
        XCTAssertEqual(nested.first?.location.column, 3)
    }

    func testBooleanMustBeTrueOrFalse() throws {
        let (_, problems) = parseFile("---\nkind: page\ntitle: A\ndraft: yes\n---\n", path: "pages/a.md")
        XCTAssertEqual(problems.map(\.code.rawValue), ["invalid-boolean"])
        XCTAssertEqual(problems.first?.location.line, 4)
        // A quoted "true" is text in the YAML 1.2 core schema.
        for quoted in ["\"true\"", "'false'"] {
            let (_, quotedProblems) = parseFile("---\nkind: page\ntitle: A\ndraft: \(quoted)\n---\n", path: "pages/a.md")
            XCTAssertEqual(quotedProblems.map(\.code.rawValue), ["invalid-boolean"], quoted)
        }
        let (file, none) = parseFile("---\nkind: page\ntitle: A\ndraft: true\n---\n", path: "pages/a.md")
        XCTAssertEqual(none, [])
        XCTAssertEqual(file?.frontMatter.common.draft, true)
    }

    func testMissingTitleAndUnknownKind() {
        let (_, missing) = parseFile("---\nkind: page\n---\n", path: "pages/a.md")
        XCTAssertEqual(missing.map(\.code.rawValue), ["missing-key"])
        let (_, unknown) = parseFile("---\nkind: aproach\ntitle: A\n---\n")
        XCTAssertEqual(unknown.map(\.code.rawValue), ["unknown-kind"])
        XCTAssertEqual(unknown.first?.hint?.hasPrefix("did you mean 'approach'?"), true)
    }

    /// A file whose title or kind cannot be read still has the rest of its mistakes told in the
    /// same run: without a title it is read as a file (its links are checked with the site's);
    /// without a kind its body's own mistakes are.
    func testAMissingTitleOrKindHidesNoOtherMistake() {
        let body = "# Overskrift\n\n![](billede.png) [x](/om/)\n"
        let (untitled, titleProblems) = parseFile("---\nkind: section\ntitle: \"\"\n---\n" + body)
        XCTAssertNotNil(untitled, "read, so the site's checks see it too")
        XCTAssertEqual(titleProblems.map(\.code.rawValue), ["missing-value", "h1-in-body", "missing-alt", "absolute-link"])
        let (unknown, kindProblems) = parseFile("---\nkind: aproach\ntitle: A\n---\n" + body)
        XCTAssertNil(unknown)
        XCTAssertEqual(kindProblems.map(\.code.rawValue), ["unknown-kind", "h1-in-body", "missing-alt", "absolute-link"])
    }

    /// An empty or blank required value is as missing as no value: it made `<h1></h1>` and links
    /// without text. An optional one left empty is simply left out.
    func testEmptyRequiredValuesAreErrorsAndEmptyOptionalOnesAreLeftOut() throws {
        let (_, problems) = parseFile("---\nkind: approach\ntitle: \"\"\nnumber: 1\nstatement: \"  \"\nactions:\n  - x\n---\n")
        XCTAssertEqual(problems.map(\.code.rawValue), ["missing-value", "missing-value"])
        XCTAssertEqual(problems.map(\.location.line), [3, 5])
        XCTAssertEqual(problems.first?.message, "'title' is empty")
        let (contact, contactProblems) = parseFile("---\nkind: programme\ntitle: P\ngoal: G\ncontacts:\n  - name: ''\n---\n", path: "aarhus/p/index.md")
        XCTAssertNotNil(contact)
        XCTAssertEqual(contactProblems.map(\.code.rawValue), ["missing-value"])
        let (file, none) = parseFile("---\nkind: approach\ntitle: A\nsummary: \"\"\nnumber: 1\nstatement: Vi\nactions:\n  - x\n---\n")
        XCTAssertEqual(none, [])
        XCTAssertNil(file?.frontMatter.common.summary)
    }

    func testTitleLongerThan200Characters() {
        let (_, problems) = parseFile("---\nkind: page\ntitle: \(String(repeating: "a", count: 201))\n---\n", path: "pages/a.md")
        XCTAssertEqual(problems.map(\.code.rawValue), ["too-long"])
    }

    func testProgrammeStructuredValues() throws {
        let text = """
        ---
        kind: programme
        title: Program
        goal: Bedre læring
        quote:
          text: Et citat
          source: Nogen, 2014
        period:
          start: 2026-01-01
          end: 2025-01-01
        contacts:
          - name: Anna
            email: anna@haderslev.dk
          - name: Bo
            email: bo@
        expects:
          initiatives: 4
          approachs: 1
        ---
        """
        let (file, problems) = parseFile(text, path: "a/b/index.md")
        XCTAssertEqual(problems.map(\.code.rawValue).sorted(), ["date-order", "invalid-email", "unknown-key"])
        guard case .document(let d)? = file?.frontMatter.specific else { return XCTFail("not a document") }
        XCTAssertEqual(d.quote?.source, "Nogen, 2014")
        XCTAssertEqual(d.contacts.map(\.name), ["Anna", "Bo"])
        XCTAssertEqual(d.expects.map(\.key), ["initiatives"])
    }
}
