import Foundation
import XCTest
@testable import SitegenCore

/// A document's parts come in one order everywhere: grouped by kind as the document page shows
/// the kinds, each kind by number, then title.
final class PartOrderTests: XCTestCase {
    /// A framework with approaches 1 and 2 and a role numbered 1.
    private func siteWithRoleNumberedOne() throws -> TemporarySite {
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/vejlederen.md"] = nil
        files["content/aarhus/grundlag/index.md"] = "---\nkind: framework\ntitle: Grundlaget\nlabel: Ledelsesgrundlag\n---\n"
        files["content/aarhus/grundlag/skolelederen.md"] = """
            ---
            kind: role
            title: Skolelederens rolle
            number: 1
            actor: Skolelederen
            responsibilities:
              - Leder skolen
            ---
            """
        return try TemporarySite(files)
    }

    /// The titles in `page` in the order they first appear after `marker`.
    private func order(of titles: [String], in page: String, after marker: String) throws -> [String] {
        let start = try XCTUnwrap(page.range(of: marker), marker).upperBound
        let rest = page[start...]
        return titles.compactMap { title in rest.range(of: title).map { (title, $0.lowerBound) } }
            .sorted { $0.1 < $1.1 }.map(\.0)
    }

    func testPrintPageAndPagerGroupPartsByKindAsTheDocumentPageDoes() throws {
        let site = try siteWithRoleNumberedOne()
        let result = site.build()
        XCTAssertEqual(result.status, .success, "\(result.diagnostics)")
        let titles = ["Den første tilgang", "Den anden tilgang", "Skolelederens rolle"]
        let document = try XCTUnwrap(site.read("output/aarhus/grundlag/index.html"))
        XCTAssertEqual(try order(of: titles, in: document, after: "id=\"approaches-heading\""), titles)
        let print = try XCTUnwrap(site.read("output/aarhus/grundlag/print/index.html"))
        XCTAssertEqual(try order(of: titles, in: print, after: "class=\"print-toc\""), titles, "the table of contents")
        XCTAssertEqual(try order(of: titles, in: print, after: "class=\"print-intro\""), titles, "the parts")
        for (part, previous, next) in [("forste", nil, "Den anden tilgang"),
                                       ("anden", "Den første tilgang", "Skolelederens rolle"),
                                       ("skolelederen", "Den anden tilgang", nil)] {
            let page = try XCTUnwrap(site.read("output/aarhus/grundlag/\(part)/index.html"))
            XCTAssertEqual(pagerTitle(in: page, rel: "prev"), previous, "the pager on \(part)")
            XCTAssertEqual(pagerTitle(in: page, rel: "next"), next, "the pager on \(part)")
        }
    }

    /// The title of the pager's link `rel` ("prev" or "next") on a part's page.
    private func pagerTitle(in page: String, rel: String) -> String? {
        guard let link = page.range(of: "rel=\"\(rel)\">"), let end = page[link.upperBound...].range(of: "</a>") else { return nil }
        let text = page[link.upperBound..<end.lowerBound]
        guard let label = text.range(of: "</span> ") else { return nil }
        return String(text[label.upperBound...])
    }

    /// The kinds' order is `Kind.parts`; document.mustache lists the kinds in the same order.
    func testTheDocumentTemplateShowsTheKindsInTheOrderOfKindParts() throws {
        let template = try XCTUnwrap(DefaultTheme.files["templates/document.mustache"])
        let places = try Kind.parts.map { kind -> String.Index in
            let key = try XCTUnwrap(kind.expectsKey)
            return try XCTUnwrap(template.range(of: "{{#\(key)}}"), key).lowerBound
        }
        XCTAssertEqual(places, places.sorted())
    }

    func testPartOrderIsKindThenNumberThenTitle() throws {
        func part(_ name: String, _ kind: Kind, _ number: Int?) throws -> ContentFile {
            let fields = kind == .approach ? "statement: S.\nactions:\n  - A\n" : "actor: A\nresponsibilities:\n  - R\n"
            let numberLine = number.map { "number: \($0)\n" } ?? ""
            let text = "---\nkind: \(kind.rawValue)\ntitle: \(name)\n\(numberLine)\(fields)---\n"
            return try XCTUnwrap(parseFile(text, path: "aarhus/grundlag/\(name).md").0, name)
        }
        let parts = [try part("rolle-b", .role, nil), try part("tilgang-2", .approach, 2), try part("rolle-1", .role, 1),
                     try part("rolle-a", .role, nil), try part("tilgang-1", .approach, 1)]
        XCTAssertEqual(parts.sorted(by: AssembleStage.partOrder(TitleCollation(.da))).map(\.title),
                       ["tilgang-1", "tilgang-2", "rolle-1", "rolle-a", "rolle-b"])
    }
}
