import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

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
