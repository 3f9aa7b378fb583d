import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// What the built pages hold: the print page, contacts, the footer, ids, links and backlinks.
final class BuildPageTests: XCTestCase {
    /// The print page and previous/next follow the document's numbers across kinds, as
    /// CONTENT-FORMAT.md orders parts ("by number, then by title"): a document numbered as one
    /// sequence, section 1, roles 2–3, section 4 (as Aarhus' is), reads in that order.
    func testPrintPageAndPagerFollowTheNumbersAcrossKinds() throws {
        let site = try TemporarySite([
            "content/aarhus/index.md": "---\nkind: municipality\ntitle: Aarhus Kommune\nname: Aarhus Kommune\ncountry: dk\n---\n",
            "content/aarhus/plan/index.md": "---\nkind: framework\ntitle: Ressourcepersoner\nlabel: Grundlag\n---\n",
            "content/aarhus/plan/modellen.md": "---\nkind: section\ntitle: Modellen\nnumber: 1\n---\n",
            "content/aarhus/plan/ledelsen.md": "---\nkind: role\ntitle: Skoleledelsen\nnumber: 2\nactor: Ledelsen\nresponsibilities:\n  - Leder\n---\n",
            "content/aarhus/plan/partneren.md": "---\nkind: role\ntitle: Læringspartneren\nnumber: 3\nactor: Partneren\nresponsibilities:\n  - Støtter\n---\n",
            "content/aarhus/plan/kurser.md": "---\nkind: section\ntitle: Du klædes på\nnumber: 4\n---\n",
        ])
        XCTAssertEqual(site.build().status, .success)
        let printPage = try XCTUnwrap(site.read("output/aarhus/plan/print/index.html"))
        let order = ["id=\"del-modellen\"", "id=\"del-ledelsen\"", "id=\"del-partneren\"", "id=\"del-kurser\""]
            .map { printPage.range(of: $0)?.lowerBound }
        XCTAssertEqual(order.compactMap { $0 }.count, 4, printPage)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted())
        let role = try XCTUnwrap(site.read("output/aarhus/plan/ledelsen/index.html"))
        XCTAssertTrue(role.contains("</span> Modellen</a>") && role.contains("</span> Læringspartneren</a>"), role)
    }

    /// A contact's missing title, e-mail or phone is missing on the page: the template must not
    /// find the page's own `title` (or any other outer value) in its place.
    func testAContactsMissingFieldsStayEmpty() throws {
        let site = try TemporarySite([
            "content/oslo/index.md": "---\nkind: municipality\ntitle: Oslo kommune\nname: Oslo kommune\ncountry: no\n---\n",
            "content/oslo/plan/index.md": """
            ---
            kind: programme
            title: Planen for skolen
            goal: Bedre skole
            contacts:
              - name: Kari Nordmann
              - name: Ola Nordmann
                title: Rektor
                email: ola@oslo.kommune.no
            ---
            """,
        ])
        XCTAssertEqual(site.build().status, .success)
        for path in ["output/oslo/plan/index.html", "output/oslo/plan/print/index.html"] {
            let page = try XCTUnwrap(site.read(path), path)
            let kari = try XCTUnwrap(page.range(of: "Kari Nordmann"), path)
            let rest = page[kari.upperBound...].prefix { $0 != "\n" }
            XCTAssertFalse(rest.contains("Planen for skolen"), "\(path): \(rest)")
            XCTAssertTrue(rest.hasPrefix("</strong></li>") || rest.hasPrefix("</li>"), "\(path): \(rest)")
            XCTAssertTrue(page.contains("Ola Nordmann"), path)
            XCTAssertTrue(page.contains("Rektor"), path)
            XCTAssertTrue(page.contains("mailto:ola@oslo.kommune.no"), path)
        }
    }

    /// The footer in sitegen.yml goes through the same renderer: its raw HTML is shown as text.
    func testRawHTMLInTheFooterIsShownAsText() throws {
        let config = "title: A\nfooter: \"Udgivet af <b>skoleafdelingen</b>. [Om](pages/om.md)\\n\\n<script>alert(1)</script>\"\n"
        let site = try TemporarySite(minimalSiteFiles(), config: config)
        let result = site.build()
        XCTAssertEqual(result.status, .success, "\(result.diagnostics)")
        let home = try XCTUnwrap(site.read("output/index.html"))
        XCTAssertTrue(home.contains("<p>Udgivet af &lt;b&gt;skoleafdelingen&lt;/b&gt;. <a href=\"om/index.html\">Om</a></p>"), home)
        XCTAssertTrue(home.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"), home)
        XCTAssertFalse(home.contains("omitted"))
        XCTAssertFalse(home.contains("<script>"))
    }

    /// Every id is used once on every page, the print page included, which shows the document's
    /// body and each part's with a prefix: parts named "a" and "a-b", "dokument" and "del", with
    /// headings that took the same ids with the prefixes "dokument-" and "<part>-".
    func testEveryIDIsUniqueOnEveryPageThePrintPageIncluded() throws {
        func section(_ name: String, _ number: Int, _ body: String) -> (String, String) {
            ("content/k/g/\(name).md", "---\nkind: section\ntitle: Del \(name)\nnumber: \(number)\n---\n\(body)\n")
        }
        let site = try TemporarySite(Dictionary(uniqueKeysWithValues: [
            ("content/k/index.md", "---\nkind: municipality\ntitle: K\nname: K\ncountry: dk\n---\n"),
            ("content/k/g/index.md", "---\nkind: framework\ntitle: G\nlabel: Ledelsesgrundlag\n---\n## Baggrund\n\n## Indhold\n\n## Print toc heading\n"),
            section("a", 1, "## B c\n\n## Heading\n\nNote[^1].\n\n[^1]: Fodnote."),
            section("a-b", 2, "## C\n\n## fn 1\n\nNote[^1].\n\n[^1]: Fodnote."),
            section("dokument", 3, "## Baggrund\n\n## Related heading"),
            section("del", 4, "## A\n\n## A b heading\n\n## Backlinks heading"),
        ]))
        let result = site.build()
        XCTAssertEqual(result.status, .success, "\(result.diagnostics)")
        XCTAssertEqual(try OutputLinkChecker(root: site.directory.appendingPathComponent("output")).problems(), [])
        let print = try XCTUnwrap(site.read("output/k/g/print/index.html"))
        for id in ["dokument-baggrund", "dokument-indhold-1", "dokument-print-toc-heading-1", "del-a_b-c", "del-a-b_c",
                   "del-a_heading", "del-a-b_fn-1-1", "del-dokument_baggrund", "del-del_a", "del-a"] {
            XCTAssertTrue(print.contains(" id=\"\(id)\""), id)
        }
    }

    /// A link may spell "å" as a + U+030A (NFD) to a file whose name holds U+00E5 (NFC), or the
    /// other way round: the page links to the name as it is on disk, which is the name the file
    /// is published under.
    func testAnAssetLinkSpeltInOtherCodePointsUsesTheNameOnDisk() throws {
        let nfc = "billede-\u{E5}.png", nfd = "plan-a\u{30A} & 'b'.pdf"
        var files = minimalSiteFiles()
        files["content/aarhus/grundlag/anden.md"] = """
            ---
            kind: approach
            title: Den anden tilgang
            number: 2
            statement: Vi leder trivsel.
            actions:
              - Vi gør mere
            ---
            ![Modellen](billede-a\u{30A}.png) og [planen](plan-\u{E5}%20&%20'b'.pdf#side-2) og [igen](plan-\u{E5}%20&%20'b'.pdf).
            """
        let site = try TemporarySite(files)
        try site.write("content/aarhus/grundlag/" + nfc, Data([0x89, 0x50, 0x4E, 0x47]))
        try site.write("content/aarhus/grundlag/" + nfd, Data("%PDF-1.4".utf8))
        let names = try FileManager.default.contentsOfDirectory(atPath: site.directory.appendingPathComponent("content/aarhus/grundlag").path)
        XCTAssertTrue(names.contains { $0.utf8.elementsEqual(nfd.utf8) }, "the file system keeps the name's code points")
        let result = site.build()
        XCTAssertEqual(result.status, .success, "\(result.diagnostics)")
        for path in ["output/aarhus/grundlag/anden/index.html", "output/aarhus/grundlag/print/index.html"] {
            let page = try XCTUnwrap(site.read(path))
            XCTAssertTrue(page.contains("src=\"../../../aarhus/grundlag/billede-%C3%A5.png\""), page)
            XCTAssertTrue(page.contains("href=\"../../../aarhus/grundlag/plan-a%CC%8A%20&amp;%20&#x27;b&#x27;.pdf#side-2\""), page)
            XCTAssertTrue(page.contains("href=\"../../../aarhus/grundlag/plan-a%CC%8A%20&amp;%20&#x27;b&#x27;.pdf\""), page)
            XCTAssertFalse(page.contains("a%CC%8A.png"), page)
            XCTAssertFalse(page.contains("plan-%C3%A5"), page)
        }
        XCTAssertEqual(try OutputLinkChecker(root: site.directory.appendingPathComponent("output")).problems(), [])
    }

    func testBacklinksAndPreviousNext() throws {
        let site = try TemporarySite(minimalSiteFiles())
        XCTAssertEqual(site.build().status, .success)
        let first = try XCTUnwrap(site.read("output/aarhus/grundlag/forste/index.html"))
        XCTAssertTrue(first.contains("Henvisninger hertil"))
        XCTAssertTrue(first.contains("href=\"../../../aarhus/grundlag/index.html\">Fælles ledelsesgrundlag</a></li>"), "the framework links here")
        XCTAssertTrue(first.contains("rel=\"next\""))
        XCTAssertFalse(first.contains("rel=\"prev\""))
        let second = try XCTUnwrap(site.read("output/aarhus/grundlag/anden/index.html"))
        XCTAssertTrue(second.contains("rel=\"prev\""))
        XCTAssertTrue(second.contains("Den første tilgang</a></li>"), "related: makes a backlink")
    }
}
