import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// Files beside the content are published only when a browser cannot run them (CONTENT-FORMAT.md,
/// "Files beside content (v2)"): a web page, a script or an SVG with script would run on the
/// site's origin, round the rule that raw HTML needs `markdown: {unsafe: true}`.
@Suite struct PublishableFilesTests {
    static let svgHead = #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">"#

    /// `content/min-kommune/evil.html` with a script, a script file and an SVG with a script were
    /// copied to output/ without a word, and a link to them was fine.
    @Test func webPagesScriptsAndUnsafePicturesAreErrorsNamingTheFile() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/index.md", default: ""] += "\n\nSe [bilag](evil.html), [script](app.js) og ![logo](logo.svg).\n"
        files["content/aarhus/evil.html"] = "<script>alert(document.cookie)</script>"
        files["content/aarhus/app.js"] = "alert(1)"
        files["content/aarhus/modul.MJS"] = "alert(1)"
        files["content/aarhus/logo.svg"] = Self.svgHead + "\n<rect/>\n<script>alert(1)</script></svg>"
        files["content/aarhus/LÆSMIG"] = "tekst"
        files["content/aarhus/typer.css"] = "p {}"
        let site = try TemporarySite(files)
        let result = site.build()
        #expect(result.status == .contentErrors)
        let unsafe = result.diagnostics.filter { $0.code == .unsafeFile }
        #expect(unsafe.map(\.location.description) == ["content/aarhus/LÆSMIG", "content/aarhus/app.js", "content/aarhus/evil.html",
                                                       "content/aarhus/logo.svg:3", "content/aarhus/modul.MJS", "content/aarhus/typer.css"])
        // The link to a refused file gives no second error, and nothing is written.
        #expect(result.diagnostics.count == unsafe.count, "\(result.diagnostics.map(\.code))")
        #expect(!site.exists("output"))
        let page = try #require(unsafe.first { $0.location.file.hasSuffix("evil.html") })
        #expect(page.message == "'evil.html' is a web page (.html), which can run script on the site, so it is not published")
        #expect(page.hint == "remove the file, or write the page in Markdown as a .md file")
    }

    /// With raw HTML allowed, the writer takes the responsibility: every file is published.
    @Test func rawHTMLAllowedPublishesEveryFile() throws {
        var files = minimalSiteFiles()
        files["content/aarhus/evil.html"] = "<script>alert(1)</script>"
        files["content/aarhus/logo.svg"] = Self.svgHead + "<script>alert(1)</script></svg>"
        let site = try TemporarySite(files, config: "title: Testsite\nlanguage: da\nmarkdown: {unsafe: true}\n")
        #expect(site.build().diagnostics == [])
        #expect(site.exists("output/aarhus/evil.html") && site.exists("output/aarhus/logo.svg"))
    }

    /// A refused file in a place sitegen writes has the one error that it cannot be published.
    @Test func aRefusedFileHasNoClashErrorToo() throws {
        var files = minimalSiteFiles()
        files["content/index.html"] = "<p>min egen</p>"
        let result = try TemporarySite(files).build(check: true)
        #expect(result.diagnostics.map(\.code) == [.unsafeFile])
    }

    @Test(arguments: ["billede.png", "foto.JPG", "a.jpeg", "a.gif", "a.webp", "a.avif", "plan.pdf", "plan.docx", "a.doc", "a.xls",
                      "a.xlsx", "a.ppt", "a.pptx", "a.odt", "a.ods", "a.odp", "a.rtf", "data.csv", "note.txt", "pakke.zip",
                      "lyd.mp3", "lyd.m4a", "lyd.ogg", "film.mp4", "film.webm", "tekster.vtt", "Plan.PDF"])
    func theAllowListIsPublished(_ name: String) {
        #expect(PublishableFiles.refusal(name: "aarhus/" + name, contents: { .bytes([]) }) == nil)
    }

    @Test(arguments: ["a.html", "a.HTM", "a.xhtml", "a.js", "a.mjs", "a.exe", "a.css", "a.svgz", "Makefile", "a.", "a.tar.gz"])
    func everythingElseIsRefused(_ name: String) {
        #expect(PublishableFiles.refusal(name: "aarhus/" + name, contents: { .bytes([]) }) != nil)
    }

    /// Pictures made by drawing programs are published: gradients, masks and uses within the picture.
    @Test(arguments: [
        ##"<rect fill="url(#g)" style="fill: url( '#g' ); stroke: red"/><use href="#a"/><use xlink:href=" #b"/>"##,
        "<!-- Generator: Adobe Illustrator --><defs><clipPath id=\"c\"/></defs><g clip-path=\"url(&quot;#c&quot;)\"/>",
        ##"<style><![CDATA[ .a { fill: #fff } ]]></style><text>Skoler og ledelse, fordi = vigtigt</text>"##,
        #"<metadata xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:RDF><cc:Work rdf:about=""><dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/></cc:Work></rdf:RDF></metadata>"#,
        "<a href=\"\"/>",
    ])
    func safePicturesPass(_ body: String) {
        #expect(SVGSafety.risk(in: Array((Self.svgHead + body + "</svg>").utf8)) == nil)
    }

    /// Script, handlers, foreign content and references elsewhere, in the forms that hide them.
    @Test(arguments: [
        ("<SCRIPT>alert(1)</SCRIPT>", Problem.SVGRisk.script),
        ("<svg:script>alert(1)</svg:script>", .script),
        ("<![CDATA[ x ]]><h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">x</h:script>", .script),
        ("<rect\nonclick='alert(1)'/>", .eventHandler("onclick")),
        ("<rect/onload=alert(1)>", .eventHandler("onload")),
        ("<rect x:OnMouseOver = \"a()\"/>", .eventHandler("x:onmouseover")),
        ("<foreignObject><div/></foreignObject>", .foreignContent(element: "foreignobject")),
        ("<iframe src=\"#x\"/>", .foreignContent(element: "iframe")),
        ("<a href=\"javascript:alert(1)\">x</a>", .externalReference("href=\"javascript:alert(1)\"")),
        ("<a xlink:href=\"&#106;avascript:alert(1)\">x</a>", .externalReference("xlink:href=\"javascript:alert(1)\"")),
        ("<image href=\"https://sporing.example/x.png\"/>", .externalReference("href=\"https://sporing.example/x.png\"")),
        ("<a href='&#x23;ok'/><use href=andet.svg#a />", .externalReference("href=\"andet.svg#a\"")),
        ("<rect fill=\"url(https://x/y)\"/>", .externalReference("url(https://x/y)")),
        ("<rect fill=\"&#117;rl(//x/y)\"/>", .externalReference("url(//x/y)")),
        ("<style>@import 'x.css';</style>", .externalReference("@import")),
        ("<style>rect { fill: u\\72l(x) }</style>", .externalReference("\\")),
        ("<rect style=\"fill: u\\72l(x)\"/>", .externalReference("\\")),
        ("<text>&lt;script&gt;</text>", .script),
        ("<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a>", .animatedAddress(attribute: "href")),
        ("<animate attributeName=\"xlink:href\" values=\"x\"/>", .animatedAddress(attribute: "xlink:href")),
        ("<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>", .externalReference("<?xml-stylesheet")),
    ])
    func unsafePicturesAreRefused(_ body: String, _ risk: Problem.SVGRisk) {
        #expect(SVGSafety.risk(in: Array((Self.svgHead + body + "</svg>").utf8))?.risk == risk)
    }

    /// An entity can build a script element out of pieces, or read a file; UTF-16 would hide
    /// every form from the scan.
    @Test func entitiesAndOtherEncodingsAreRefused() {
        let pieces = #"<!DOCTYPE svg [<!ENTITY a "<scr"><!ENTITY b "ipt>alert(1)</script>">]><svg>&a;&b;</svg>"#
        #expect(SVGSafety.risk(in: Array(pieces.utf8))?.risk == .entityDeclaration)
        let file = #"<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>"#
        #expect(SVGSafety.risk(in: Array(file.utf8))?.risk == .externalReference("<!ENTITY … SYSTEM"))
        let utf16 = [UInt8]([0xFF, 0xFE]) + Array("<svg/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(SVGSafety.risk(in: utf16)?.risk == .notUTF8)
    }

    /// The check is linear: a quarter of a megabyte of the junk that makes a careless scanner go back and
    /// forth (unclosed quotes, names without values, references without an end) is checked at
    /// once, and a picture over the limit of content files is refused without being read whole.
    @Test func junkIsCheckedInOnePass() throws {
        for unit in [#"href="href=""#, "<!entity ", "url(#", "&#&#x", "a a a ", "style='", "<<<<"] {
            let bytes = Array(String(repeating: unit, count: 262_144 / unit.utf8.count).utf8)
            _ = SVGSafety.risk(in: bytes)
        }
        var files = minimalSiteFiles()
        files["content/aarhus/stor.svg"] = String(repeating: " ", count: ContentScanner.maximumFileSize + 1)
        let result = try TemporarySite(files).build(check: true)
        #expect(result.diagnostics.map(\.message) == ["the SVG picture 'stor.svg' is too large to check (over 10 MB), so it is not published"])
    }
}
