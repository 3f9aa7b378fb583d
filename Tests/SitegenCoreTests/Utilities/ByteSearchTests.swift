import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// The byte searches used on rendered HTML give what Foundation's character searches give.
final class ByteSearchTests: XCTestCase {
    func testReplacingBytesMatchesFoundation() {
        let cases: [(String, String, String)] = [
            ("<table>\n<tr>Æble</tr></table><table>", "<table>", "<table tabindex=\"0\">"),
            ("ingen tabel her: æøå 🇩🇰", "<table>", "x"),
            ("<table><table>", "<table>", ""),
            ("aaa", "aa", "b"),
            ("", "<table>", "x"),
            ("slut <table>", "<table>", "<t>"),
            (" id=\"fn1\" href=\"#fn1\" e\u{301}", " id=\"fn", " id=\"\u{E000}fn"),
        ]
        for (text, needle, replacement) in cases {
            XCTAssertEqual(text.replacingBytes(needle, with: replacement),
                           text.replacingOccurrences(of: needle, with: replacement), text)
        }
        XCTAssertTrue("før <b>".containsBytes("<b>"))
        XCTAssertFalse("før".containsBytes("<b>"))
    }
}
