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

    func testInvalidDate() throws {
        let (_, problems) = parseFile("---\nkind: framework\ntitle: A\nlabel: L\nadopted: 2024-02-30\n---\n", path: "a/b/index.md")
        let problem = try XCTUnwrap(problems.first)
        XCTAssertEqual(problem.code.rawValue, "invalid-date")
        XCTAssertEqual(problem.location.line, 5)
    }

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

    /// A date written right but not in the calendar says so, rather than "write YYYY-MM-DD".
    func testDatesThatDoNotExist() {
        for (date, message) in [("2024-02-30", "'adopted' is not a day of the calendar: '2024-02-30'"),
                                ("0000-01-01", "'adopted' is not a day of the calendar: '0000-01-01'"),
                                ("2026-13-01", "'adopted' is not a day of the calendar: '2026-13-01'"),
                                ("1. marts 2024", "'adopted' must be a date written YYYY-MM-DD, not '1. marts 2024'")] {
            let (_, problems) = parseFile("---\nkind: framework\ntitle: F\nlabel: L\nadopted: \(date)\n---\n", path: "aarhus/f/index.md")
            XCTAssertEqual(problems.map(\.message), [message], date)
        }
        let (_, leap) = parseFile("---\nkind: framework\ntitle: F\nlabel: L\nadopted: 2024-02-29\n---\n", path: "aarhus/f/index.md")
        XCTAssertEqual(leap, [])
    }

    func testBaseURLMustBeAPlainAddress() {
        XCTAssertNil(SiteConfig.baseURLProblem("https://skoler.aarhus.dk/ledelse/"))
        for bad in ["https://x.dk/?side=1", "https://x.dk/#top", "https://bruger:kode@x.dk/", "https://x.dk/a|b"] {
            XCTAssertNotNil(SiteConfig.baseURLProblem(bad), bad)
        }
    }

    func testEmailAddressesAreSafeInAMailtoLink() {
        for good in ["kari.nordmann@oslo.kommune.no", "skole+info@aarhus.dk", "a_b-c@x.dk"] {
            XCTAssertTrue(Validators.isEmail(good), good)
        }
        for bad in ["a\"onmouseover=alert(1)@x.dk", "a'b@x.dk", "a(b)@x.dk", "a@x", "a b@x.dk", "a@x.dk>", "@x.dk", "a@@x.dk", "a\\b@x.dk"] {
            XCTAssertFalse(Validators.isEmail(bad), bad)
        }
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

    func testTitleLongerThan200Characters() {
        let (_, problems) = parseFile("---\nkind: page\ntitle: \(String(repeating: "a", count: 201))\n---\n", path: "pages/a.md")
        XCTAssertEqual(problems.map(\.code.rawValue), ["too-long"])
    }

    func testEmailURLAndColourValues() {
        let text = """
        ---
        kind: municipality
        title: A
        name: A
        country: dk
        website: www.a.dk
        contact: a-at-a.dk
        color: blue
        ---
        """
        let (_, problems) = parseFile(text, path: "a/index.md")
        XCTAssertEqual(problems.map(\.code.rawValue), ["invalid-url", "invalid-email", "invalid-color"])
        XCTAssertEqual(problems.map(\.location.line), [6, 7, 8])
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

final class AwkwardInputTests: XCTestCase {
    /// What Word pastes: a non-breaking space after a key's ':' or a list's '-' is a blank;
    /// typographic quotes around a value with ': ' get a hint about them; a zero-width space in
    /// a key is named, not "did you mean 'title'?".
    func testWordPastesGetDiagnosticsThatNameWhatIsThere() throws {
        let (file, none) = parseFile("---\nkind: approach\ntitle:\u{00A0}Plan\nnumber:\u{00A0}1\nstatement: Vi\nactions:\n -\u{00A0}Gør noget\n---\n")
        XCTAssertEqual(none, [])
        XCTAssertEqual(file?.title, "Plan")
        let (_, quotes) = parseFile("---\nkind: page\ntitle: A\nsummary: “Mål: bedre læring”\n---\n", path: "pages/a.md")
        XCTAssertEqual(quotes.map(\.code.rawValue), ["yaml-syntax"])
        XCTAssertEqual(quotes.first?.hint?.hasPrefix("the quotation marks on this line are typographic"), true)
        let (_, invisible) = parseFile("---\nkind: page\nti\u{200B}tle: A\n---\n", path: "pages/a.md")
        XCTAssertEqual(invisible.map(\.message), ["the required key 'title' is missing", "the key 'title' holds an invisible character (U+200B)"])
        XCTAssertEqual(SourceText.cleanYAMLLine("title: Kl.\u{00A0}10"), "title: Kl.\u{00A0}10", "a value's own non-breaking spaces stay")
    }

    func testTypographicQuotesAndNonBreakingSpacesFromWordAreKept() throws {
        let (file, problems) = parseFile("---\nkind: page\ntitle: “Fælles” læring\u{00A0}– nu\n---\nTekst med ’citat’.\n", path: "pages/a.md")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(file?.title, "“Fælles” læring\u{00A0}– nu")
    }

    func testDiagnosticsSpeakTheSiteLanguage() throws {
        let (_, problems) = parseFile("---\nkind: role\ntitle: A\nactor: B\nresponsibilites:\n  - x\n---\n")
        let problem = try XCTUnwrap(problems.first { $0.code.rawValue == "unknown-key" })
        XCTAssertEqual(problem.message(in: .da), "ukendt nøgle 'responsibilites'")
        XCTAssertEqual(problem.hint(in: .da), "mente du 'responsibilities'?")
        XCTAssertEqual(problem.message(in: .nn), problem.message(in: .nb))
        XCTAssertEqual(DiagnosticFormatter.format(problem, as: .text, language: .da),
                       "content/aarhus/grundlag/x.md:5:1: fejl: ukendt nøgle 'responsibilites' [unknown-key]\n  tip: mente du 'responsibilities'?")
    }

    func testEveryDiagnosticOfABrokenSiteIsTranslated() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"] = "---\nkind: approach\ntitle: B\nnumber: 3\nstatement: Vi\nactions: []\nfarve: x\n---\n# T\n\n[x](mangler.md) ![](y.png)\n"
        files["content/Forkert Navn.md"] = "---\nkind: page\ntitle: x\n---\n"
        let result = try TemporarySite(files).build()
        XCTAssertGreaterThan(result.diagnostics.count, 5)
        for diagnostic in result.diagnostics {
            XCTAssertNotEqual(diagnostic.message(in: .da), diagnostic.message(in: .en), "\(diagnostic.code) has no Danish text")
            XCTAssertNotEqual(diagnostic.message(in: .nb), diagnostic.message(in: .en), "\(diagnostic.code) has no Norwegian text")
        }
    }
}

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
