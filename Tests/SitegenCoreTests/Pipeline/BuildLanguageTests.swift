import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// The pages' languages: inherited, marked where they change, and the order of their alphabets.
final class BuildLanguageTests: XCTestCase {
    func testLanguageIsInheritedAndDatesAreWrittenOut() throws {
        let site = try TemporarySite([
            "content/oslo/index.md": "---\nkind: municipality\ntitle: Oslo kommune\nname: Oslo kommune\ncountry: no\nlanguage: no\n---\n",
            "content/oslo/plan/index.md": "---\nkind: programme\ntitle: Plan\ngoal: Bedre skole\nadopted: 2026-11-23\n---\n",
            "content/oslo/plan/tiltak.md": "---\nkind: initiative\ntitle: Tiltak\nnumber: 1\nprerequisite: At vi samarbeider\n---\n",
        ])
        XCTAssertEqual(site.build().status, .success)
        let page = try XCTUnwrap(site.read("output/oslo/plan/index.html"))
        XCTAssertTrue(page.contains("<html lang=\"no\">"))
        XCTAssertTrue(page.contains("Hopp til hovedinnhold"))
        XCTAssertTrue(page.contains("23. november 2026"))
        let part = try XCTUnwrap(site.read("output/oslo/plan/tiltak/index.html"))
        // The field's heading names it; the sentence under it starts "Det forutsetter …" as
        // CONTENT-FORMAT.md asks, so the heading does not say the same words first.
        XCTAssertTrue(part.contains(">Forutsetning</h2>"), part)
    }

    /// Text in another language than its page is marked with `lang` (WCAG 3.1.2), and a part
    /// in another language is labelled in its own: a Danish approach in an English framework.
    func testContentInAnotherLanguageIsMarked() throws {
        let site = try TemporarySite([
            "content/oslo/index.md": "---\nkind: municipality\ntitle: Oslo kommune\nname: Oslo kommune\ncountry: no\nlanguage: nn\n---\n",
            "content/oslo/plan/index.md": "---\nkind: framework\ntitle: Framework\nlabel: Framework\nlanguage: en\n---\n",
            "content/oslo/plan/forste.md": "---\nkind: approach\ntitle: Første tilgang\nnumber: 1\nlanguage: da\nstatement: Vi leder.\nactions:\n  - Vi gør\n---\n",
        ], config: "title: Testsite\nlanguage: no\n")
        XCTAssertEqual(site.build().status, .success)
        let municipality = try XCTUnwrap(site.read("output/oslo/index.html"))
        XCTAssertTrue(municipality.contains("<li class=\"card\" lang=\"en\">"), "the English framework on a Nynorsk page")
        let document = try XCTUnwrap(site.read("output/oslo/plan/index.html"))
        XCTAssertTrue(document.contains("<li class=\"card approach-card\" lang=\"da\">"), document)
        XCTAssertTrue(document.contains("Derfor gør vi følgende"), "the Danish part's own strings")
        let printPage = try XCTUnwrap(site.read("output/oslo/plan/print/index.html"))
        XCTAssertTrue(printPage.contains("aria-labelledby=\"del-forste-heading\" lang=\"da\">"), printPage)
        XCTAssertTrue(printPage.contains(">Tilgang 1<"), "labelled in Danish")
        // The Danish part's own page links to its English document by the document's title.
        let part = try XCTUnwrap(site.read("output/oslo/plan/forste/index.html"))
        XCTAssertTrue(part.contains("<html lang=\"da\">"), part)
        XCTAssertTrue(part.contains("Tilgang 1 · <a href=\"../../../oslo/plan/index.html\" lang=\"en\">Framework</a>"), part)
        let home = try XCTUnwrap(site.read("output/index.html"))
        XCTAssertTrue(home.contains("lang=\"nn\""))
        XCTAssertTrue(home.contains("<li lang=\"en\"><span class=\"label\">"), "the framework inside the Nynorsk card")
    }

    /// A Nynorsk site's interface is Nynorsk, not Bokmål (an audit found "Eier",
    /// "Utskriftsvennlig versjon", "Vedtatt" beside "Vedteke" on `lang="nn"` pages).
    func testNynorskPagesSpeakNynorsk() throws {
        let site = try TemporarySite([
            "content/bergen/index.md": "---\nkind: municipality\ntitle: Bergen kommune\nname: Bergen kommune\ncountry: no\n---\n",
            "content/bergen/plan/index.md": "---\nkind: framework\ntitle: Leiingsgrunnlag\nlabel: Leiingsgrunnlag\nstatus: adopted\nadopted: 2025-01-01\nowner: Skuleetaten\n---\n",
            "content/bergen/plan/forste.md": "---\nkind: approach\ntitle: Fagleg leiing\nnumber: 1\nstatement: Vi leier.\nactions:\n  - Vi gjer\n---\n",
        ], config: "title: Skular\nlanguage: nn\n")
        XCTAssertEqual(site.build().status, .success)
        let pages = try ["output/index.html", "output/bergen/plan/index.html", "output/bergen/plan/forste/index.html"]
            .map { try XCTUnwrap(site.read($0), $0) }.joined()
        for nynorsk in ["Utskriftsvenleg versjon", "Eigar", "Vedteke", "Tilnærmingar", "Kommunar og styresmakter"] {
            XCTAssertTrue(pages.contains(nynorsk), nynorsk)
        }
        for bokmaal in ["Utskriftsvennlig", "Eier", "Vedtatt", "Tilnærminger", "Kommuner og myndigheter", "Forrige"] {
            XCTAssertFalse(pages.contains(bokmaal), bokmaal)
        }
    }

    /// Lists follow the alphabet of their language: Æ, Ø and Å after Z in Danish, "Aa" read as "Å".
    func testListsAreInTheirLanguagesAlphabeticalOrder() throws {
        func municipality(_ slug: String, _ name: String) -> (String, String) {
            ("content/\(slug)/index.md", "---\nkind: municipality\ntitle: \(name)\nname: \(name)\ncountry: dk\n---\n")
        }
        func programme(_ path: String, _ title: String) -> (String, String) {
            ("content/\(path)/index.md", "---\nkind: programme\ntitle: \(title)\ngoal: Bedre skole\n---\n")
        }
        let site = try TemporarySite(Dictionary(uniqueKeysWithValues: [
            municipality("aarhus", "Aarhus Kommune"), municipality("aero", "Ærø Kommune"),
            municipality("odense", "Odense Kommune"), municipality("albertslund", "Albertslund Kommune"),
            programme("odense/a", "Åben skole"), programme("odense/b", "Øget trivsel"),
            programme("odense/c", "Ældre elever"), programme("odense/d", "børn og unge"), programme("odense/e", "Skolestart"),
        ]))
        XCTAssertEqual(site.build().status, .success)
        func order(_ names: [String], in path: String) throws -> [String] {
            let page = try XCTUnwrap(site.read(path), path)
            let places = try names.map { name in try XCTUnwrap(page.range(of: ">\(name)<"), "\(name) in \(path)").lowerBound }
            return zip(names, places).sorted { $0.1 < $1.1 }.map(\.0)
        }
        XCTAssertEqual(try order(["Aarhus Kommune", "Ærø Kommune", "Odense Kommune", "Albertslund Kommune"], in: "output/index.html"),
                       ["Albertslund Kommune", "Odense Kommune", "Ærø Kommune", "Aarhus Kommune"])
        XCTAssertEqual(try order(["Åben skole", "Øget trivsel", "Ældre elever", "børn og unge", "Skolestart"], in: "output/odense/index.html"),
                       ["børn og unge", "Skolestart", "Ældre elever", "Øget trivsel", "Åben skole"])
    }
}
