import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

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

    func testLinksToFilesOnThePrintPageStayOnIt() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/index.md"] = """
            ---
            kind: framework
            title: Fælles ledelsesgrundlag
            label: Ledelsesgrundlag
            ---
            ## Baggrund

            [Første](forste.md), [hvorfor](forste.md#hvorfor), [ukendt](forste.md#ukendt), [her](#baggrund).
            """
        files["content/aarhus/grundlag/anden.md"] = """
            ---
            kind: approach
            title: Den anden tilgang
            number: 2
            statement: Vi leder trivsel.
            actions:
              - Vi gør mere
            ---
            [Grundlaget](index.md), [baggrunden](index.md#baggrund), [første](./forste.md?x=1#hvorfor),
            [siden](../../pages/om.md), [det andet](../andet/index.md), [en fil](plan.pdf).
            """
        files["content/aarhus/andet/index.md"] = "---\nkind: framework\ntitle: Det andet\nlabel: Ledelsesgrundlag\n---\n"
        files["content/aarhus/grundlag/plan.pdf"] = "%PDF-1.4"
        let site = try TemporarySite(files)
        let result = site.build()
        XCTAssertEqual(result.status, .success, "\(result.diagnostics)")
        let print = try XCTUnwrap(site.read("output/aarhus/grundlag/print/index.html"))
        for link in ["<a href=\"#del-forste\">Første</a>", "<a href=\"#del-forste_hvorfor\">hvorfor</a>",
                     "<a href=\"#del-forste\">ukendt</a>", "<a href=\"#dokument-baggrund\">her</a>",
                     "<a href=\"#indhold\">Grundlaget</a>", "<a href=\"#dokument-baggrund\">baggrunden</a>",
                     "<a href=\"#del-forste_hvorfor\">første</a>", "<a href=\"../../../om/index.html\">siden</a>",
                     "<a href=\"../../../aarhus/andet/index.html\">det andet</a>",
                     "<a href=\"../../../aarhus/grundlag/plan.pdf\">en fil</a>"] {
            XCTAssertTrue(print.contains(link), "\(link): \(print)")
        }
        let pdfSource = PDFSource.rewriteLinks(in: print, pagePath: "aarhus/grundlag/print/index.html", baseURL: "https://skole.example/")
        XCTAssertFalse(pdfSource.contains("https://skole.example/aarhus/grundlag/forste"), "the PDF keeps them inside")
        XCTAssertTrue(pdfSource.contains("https://skole.example/aarhus/andet/"), "another document is an address")
        let anden = try XCTUnwrap(site.read("output/aarhus/grundlag/anden/index.html"))
        XCTAssertTrue(anden.contains("<a href=\"../../../aarhus/grundlag/index.html\">Grundlaget</a>"), "the part's own page")
        XCTAssertTrue(anden.contains("<a href=\"../../../aarhus/grundlag/forste/index.html?x=1#hvorfor\">første</a>"), anden)
        let document = try XCTUnwrap(site.read("output/aarhus/grundlag/index.html"))
        XCTAssertTrue(document.contains("<a href=\"../../aarhus/grundlag/forste/index.html\">Første</a>"), "the document's own page")
        let problems = try OutputLinkChecker(root: site.directory.appendingPathComponent("output")).problems()
        XCTAssertEqual(problems.filter { !$0.contains("#ukendt") }, [], "only the web pages keep the unknown fragment")
    }

    func testInPageLinksReadTheHrefAsCmarkWritesIt() {
        var links = InPageLinks()
        links.add(pagePath: "k/d/a'b & c/index.html", anchor: "del-a'b & c", idPrefix: "del-a'b & c_", headingIDs: ["hvorfor"])
        links.add(pagePath: "k/d/f\u{F8}r/index.html", anchor: "del-f\u{F8}r", idPrefix: "del-f\u{F8}r_", headingIDs: ["mål"])
        let root = SiteURL.rootMarker
        let html = "<a href=\"\(root)k/d/a&#x27;b%20&amp;%20c/index.html#hvorfor\">x</a>"
            + "<a href=\"\(root)k/d/f%C3%B8r/index.html\">y</a><a href=\"\(root)k/d/f%C3%B8r/index.html#m%C3%A5l\">z</a>"
            + "<img src=\"\(root)k/d/f%C3%B8r/index.html.png\"><a href=\"\(root)k/e/index.html\">w</a>"
        XCTAssertEqual(SiteURL.resolveMarkers(in: html, pagePath: "k/d/print/index.html", inPage: links),
                       "<a href=\"#del-a&#39;b &amp; c_hvorfor\">x</a>"
                       + "<a href=\"#del-f\u{F8}r\">y</a><a href=\"#del-f\u{F8}r_mål\">z</a>"
                       + "<img src=\"../../../k/d/f%C3%B8r/index.html.png\"><a href=\"../../../k/e/index.html\">w</a>")
        XCTAssertEqual(SiteURL.resolveMarkers(in: "\(root)k/d/f%C3%B8r/index.html", pagePath: "k/d/print/index.html", inPage: links),
                       "\(root)k/d/f%C3%B8r/index.html", "not at the start of an href: not a marker, left as it was")
    }
}
