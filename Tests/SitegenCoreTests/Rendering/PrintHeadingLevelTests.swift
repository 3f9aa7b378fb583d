import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// On the print page a part's headings are one level lower, made from cmark's tree: raw HTML
/// (with `unsafe: true`) that looks like a heading inside a comment or an attribute value is
/// left as the writer wrote it (security review round 3, left from issue 23: `alt="<h3>"` became
/// `alt="<h4>"`).
@Suite struct PrintHeadingLevelTests {
    @Test func onlyTheBodysOwnHeadingsMoveDown() throws {
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

            <div title="<h2>titel</h2>"><!-- <h3>kommentar</h3> --><img src="data.png" alt="<h3>"></div>

            <h4 class="egen">Rå overskrift</h4>

            ###### Seks
            """
        files["content/aarhus/grundlag/data.png"] = "png"
        let site = try TemporarySite(files, config: "title: Testsite\nlanguage: da\nmarkdown: {unsafe: true}\n")
        let result = site.build()
        #expect(result.status == .success, "\(result.diagnostics)")
        let print = try #require(site.read("output/aarhus/grundlag/print/index.html"))
        #expect(print.contains("<h3 id=\"del-forste_hvorfor\">Hvorfor</h3>"))
        #expect(print.contains("<h6 id=\"del-forste_seks\">Seks</h6>"))
        #expect(print.contains("title=\"<h2>titel</h2>\""), "\(print)")
        #expect(print.contains("<!-- <h3>kommentar</h3> -->"))
        #expect(print.contains("alt=\"<h3>\""))
        #expect(print.contains("<h4 class=\"egen\">Rå overskrift</h4>"))
        let part = try #require(site.read("output/aarhus/grundlag/forste/index.html"))
        #expect(part.contains("<h2 id=\"hvorfor\">Hvorfor</h2>"))
        #expect(part.contains("alt=\"<h3>\""))
    }
}
