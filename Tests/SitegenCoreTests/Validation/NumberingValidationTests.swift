import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// The numbers of a document's parts: gaps, twins and numbers that cannot be read, and `expects`.
final class NumberingValidationTests: XCTestCase {
    func testNumberingGapsAndTwins() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"] = files["content/aarhus/grundlag/anden.md"]!.replacingOccurrences(of: "number: 2", with: "number: 3")
        files["content/aarhus/grundlag/tredje.md"] = "---\nkind: approach\ntitle: Tredje\nnumber: 1\nstatement: Vi\nactions:\n  - x\n---\n"
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.status, .contentErrors)
        let twin = try XCTUnwrap(diagnostics(result, code: "duplicate-number").first)
        XCTAssertEqual(twin.location.line, 4)
        let gap = try XCTUnwrap(diagnostics(result, code: "numbering-gap").first)
        XCTAssertEqual(gap.location.file, "content/aarhus/grundlag/index.md")
        XCTAssertTrue(gap.message.contains("skip 2"), gap.message)
        XCTAssertEqual(diagnostics(result, code: "expects-count").map(\.location.line), [10])
    }

    func testMissingNumbersAreRanges() {
        XCTAssertEqual(SiteValidator.missingNumbers([1, 2, 3], upTo: 3), [])
        XCTAssertEqual(SiteValidator.missingNumbers([1, 3], upTo: 2), [2...2])
        XCTAssertEqual(SiteValidator.missingNumbers([1, 1, 2], upTo: 3), [3...3])
        XCTAssertEqual(SiteValidator.missingNumbers([2, 30_000_000], upTo: 2), [1...1, 3...29_999_999])
        XCTAssertEqual(SiteValidator.missingNumbers([1, Int.max], upTo: 2), [2...(Int.max - 1)])
        XCTAssertEqual(SiteValidator.missingNumbers([], upTo: 2), [1...2])
        XCTAssertEqual(SiteValidator.describe([3...3, 5...9]), "3, 5–9")
        XCTAssertEqual(SiteValidator.describe((1...12).map { ($0 * 2)...($0 * 2) }), "2, 4, 6, 8, 10, 12, 14, 16, 18, 20, …")
    }

    /// A number far too large (a date or a phone number typed by mistake) is a gap in the
    /// numbering, found at once: it made the build build a set of every number below it.
    func testAHugeNumberIsAGapNotAHang() throws {
        for huge in ["30000000", "9223372036854775807"] {
            var files = minimalSiteFiles()
            files["content/aarhus/grundlag/anden.md"] = files["content/aarhus/grundlag/anden.md"]!.replacingOccurrences(of: "number: 2", with: "number: \(huge)")
            let result = try TemporarySite(files).build()
            XCTAssertEqual(result.status, .contentErrors, huge)
            let gap = try XCTUnwrap(diagnostics(result, code: "numbering-gap").first, huge)
            XCTAssertTrue(gap.message.contains("skip 2–"), gap.message)
        }
    }

    /// A part whose number cannot be read has its own error, and no gap is made up for it.
    func testAnUnreadableNumberMakesNoGap() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"] = files["content/aarhus/grundlag/anden.md"]!.replacingOccurrences(of: "number: 2", with: "number: to")
        files["content/aarhus/grundlag/index.md"] = files["content/aarhus/grundlag/index.md"]!.replacingOccurrences(of: "  approaches: 2\n", with: "")
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.status, .contentErrors)
        XCTAssertEqual(diagnostics(result, code: "numbering-gap").map(\.message), [])
        XCTAssertFalse(result.diagnostics.isEmpty)
    }

    /// A part that cannot be read (broken front matter) or whose number cannot be read has its
    /// own error; the document's numbering and count are not checked until it is mended, so no
    /// hint says "number the 2 approaches 1 to 2" or "change 'expects' to 2" (an audit found both).
    func testAnUnreadablePartMakesNoGapAndNoCount() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/tredje.md"] = "---\nkind: approach\ntitle: Trivsel: alle skal trives\nnumber: 3\n---\n"
        files["content/aarhus/grundlag/fjerde.md"] = "---\nkind: approach\ntitle: Fjerde\nnumber: 4\nstatement: Vi\nactions:\n  - x\n---\n"
        files["content/aarhus/grundlag/index.md"] = files["content/aarhus/grundlag/index.md"]!
            .replacingOccurrences(of: "  approaches: 2\n", with: "  approaches: 4\n")
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.diagnostics.map(\.code.rawValue), ["yaml-syntax"], result.diagnostics.map(\.message).joined(separator: "\n"))
        // Mended, the same site has neither.
        files["content/aarhus/grundlag/tredje.md"] = "---\nkind: approach\ntitle: \"Trivsel: alle skal trives\"\nnumber: 3\nstatement: Vi\nactions:\n  - x\n---\n"
        XCTAssertEqual(try TemporarySite(files).build().diagnostics, [])
        // A number written "3." cannot be read: no gap is made up either.
        files["content/aarhus/grundlag/tredje.md"] = files["content/aarhus/grundlag/tredje.md"]!.replacingOccurrences(of: "number: 3", with: "number: 3.")
        let dotted = try TemporarySite(files).build()
        XCTAssertEqual(diagnostics(dotted, code: "numbering-gap").map(\.message), [])
        XCTAssertFalse(dotted.diagnostics.isEmpty)
    }

    /// `expects` naming parts the document cannot hold says so, not "add the missing ones".
    func testExpectsOfPartsTheDocumentCannotHold() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/index.md"] = files["content/aarhus/grundlag/index.md"]!
            .replacingOccurrences(of: "  roles: 1\n", with: "  roles: 1\n  initiatives: 2\n")
        let result = try TemporarySite(files).build()
        XCTAssertEqual(result.diagnostics.map(\.message), ["a framework has no initiatives"])
        XCTAssertEqual(result.diagnostics.first?.hint, "remove 'initiatives' from 'expects'")
        XCTAssertEqual(result.diagnostics.first?.location.line, 12)
    }
}
