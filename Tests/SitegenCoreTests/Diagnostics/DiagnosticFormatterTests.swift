import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class DiagnosticFormatterTests: XCTestCase {
    /// One line per diagnostic (and one for its hint), whatever a folder's name holds.
    func testTextStaysOneLineAndJSONHasNoLineZero() throws {
        let diagnostic = Diagnostic(.error, .folderNameNotSlug(name: "ny\nmappe", slug: "ny-mappe\u{1B}"),
                                    at: SourceLocation(file: "content/ny\nmappe"))
        let text = DiagnosticFormatter.format(diagnostic, as: .text)
        XCTAssertEqual(text.split(separator: "\n").count, 2, text)
        XCTAssertTrue(text.hasPrefix("content/ny\\nmappe: error: the folder name 'ny\\nmappe' is not a slug"), text)
        XCTAssertTrue(text.hasSuffix("[invalid-name]\n  hint: " + (diagnostic.hint ?? "").replacingOccurrences(of: "\u{1B}", with: "\\u{1B}")), text)
        XCTAssertTrue(text.contains("ny-mappe\\u{1B}"), text)
        let json = DiagnosticFormatter.format(diagnostic, as: .json)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertTrue(object["line"] is NSNull, json)
        XCTAssertTrue(object["column"] is NSNull, json)
        XCTAssertEqual(object["file"] as? String, "content/ny\nmappe")
    }
}
