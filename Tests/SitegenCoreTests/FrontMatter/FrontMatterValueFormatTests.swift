import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Values with a format of their own: dates, e-mail addresses, web addresses and colours.
final class FrontMatterValueFormatTests: XCTestCase {
    func testInvalidDate() throws {
        let (_, problems) = parseFile("---\nkind: framework\ntitle: A\nlabel: L\nadopted: 2024-02-30\n---\n", path: "a/b/index.md")
        let problem = try XCTUnwrap(problems.first)
        XCTAssertEqual(problem.code.rawValue, "invalid-date")
        XCTAssertEqual(problem.location.line, 5)
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
}
