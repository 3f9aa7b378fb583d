import Foundation
import XCTest
@testable import SitegenCore

/// The print page shows a whole document: its outline and its links are the page's own.
final class PrintPageTests: XCTestCase {
    func testAPartsHeadingsAreOneLevelBelowThePartsTitle() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/forste.md"] = """
            ---
            kind: approach
            title: Den første tilgang
            number: 1
            statement: Vi leder læring.
            actions:
              - Vi gør noget
            ---
            ## Hvorfor

            ### Eksempel

            #### Fire

            ##### Fem

            ###### Seks
            """
        let site = try TemporarySite(files)
        let result = site.build()
        XCTAssertEqual(result.status, .success, "\(result.diagnostics)")
        let print = try XCTUnwrap(site.read("output/aarhus/grundlag/print/index.html"))
        XCTAssertTrue(print.contains("<h2 id=\"del-forste-heading\">Den første tilgang</h2>"), print)
        XCTAssertTrue(print.contains("<h3 class=\"fields-heading\">Derfor gør vi følgende</h3>"), print)
        for (tag, id, text) in [("h3", "hvorfor", "Hvorfor"), ("h4", "eksempel", "Eksempel"), ("h5", "fire", "Fire"),
                                ("h6", "fem", "Fem"), ("h6", "seks", "Seks")] {
            XCTAssertTrue(print.contains("<\(tag) id=\"del-forste_\(id)\">\(text)</\(tag)>"), "\(text): \(print)")
        }
        XCTAssertTrue(print.contains("<h2 id=\"dokument-baggrund\">Baggrund</h2>"), "the document's own body keeps its levels")
        let part = try XCTUnwrap(site.read("output/aarhus/grundlag/forste/index.html"))
        XCTAssertTrue(part.contains("<h2 id=\"hvorfor\">Hvorfor</h2>"), "the part's own page keeps its levels")
    }

    func testHeadingShiftChangesOnlyHeadingTags() {
        XCTAssertEqual(HeadingShift.oneLevelDown("<h2 id=\"a\">A</h2><H3>B</H3 ><h5/><h6>C</h6><h1>D</h1>"),
                       "<h3 id=\"a\">A</h3><H4>B</H4 ><h6/><h6>C</h6><h2>D</h2>")
        let untouched = "<header><hr><h7>&lt;h2&gt;<p>h2</p><hgroup><h2x><h23><code>&lt;/h3&gt;</code>æ<h"
        XCTAssertEqual(HeadingShift.oneLevelDown(untouched), untouched)
        XCTAssertEqual(HeadingShift.oneLevelDown("ø<h4\n class=\"x\">ø</h4>"), "ø<h5\n class=\"x\">ø</h5>")
    }
}
