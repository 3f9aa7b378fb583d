import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class TitleCollationTests: XCTestCase {
    private func sorted(_ titles: [String], _ language: Language) -> [String] {
        let collation = TitleCollation(language)
        return titles.sorted { collation.precedes($0, 0, $1, 0) }
    }

    func testDanishAndNorwegianPutÆØÅLastAndReadAaAsÅ() {
        let titles = ["Aarhus", "Ærø", "Odense", "Øvrige", "Åben skole", "albertslund", "Vordingborg", "Bornholm"]
        let nordic = ["albertslund", "Bornholm", "Odense", "Vordingborg", "Ærø", "Øvrige", "Åben skole", "Aarhus"]  // "Åben" = "aab…" before "aar…"
        for language in [Language.da, .nb, .nn, .no] {
            XCTAssertEqual(sorted(titles, language), nordic, "\(language)")
        }
        XCTAssertEqual(sorted(titles, .en), ["Aarhus", "Åben skole", "Ærø", "albertslund", "Bornholm", "Odense", "Øvrige", "Vordingborg"])
    }

    func testCaseDecidesOnlyBetweenOtherwiseEqualTitles() {
        // Not every capital before every small letter, as code points would have it.
        XCTAssertEqual(sorted(["Skole", "børn", "Anden"], .da), ["Anden", "børn", "Skole"])
        // Titles that differ only in case still come in one fixed order, whichever came first.
        XCTAssertEqual(sorted(["bornholm", "Bornholm"], .da), sorted(["Bornholm", "bornholm"], .da))
    }

    func testTheKeyDecidesBetweenEqualTitles() {
        let collation = TitleCollation(.da)
        XCTAssertTrue(collation.precedes("Plan", "a", "Plan", "b"))
        XCTAssertFalse(collation.precedes("Plan", "b", "Plan", "a"))
        XCTAssertEqual(collation.compare("Plan", "Plan"), .orderedSame)
        // Canonically equal texts (å as one letter, or a + ring) are the same title.
        XCTAssertEqual(collation.compare("\u{E5}", "a\u{30A}"), .orderedSame)
    }
}
