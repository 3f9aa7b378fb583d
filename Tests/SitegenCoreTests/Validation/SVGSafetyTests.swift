import Testing
@testable import SitegenCore

/// The SVG check against the third security review's classes: names behind any namespace
/// prefix (Unicode too), the picture's own entities, animation values, CSS escapes in
/// presentation attributes, and `<use>` copies of copies.
@Suite struct SVGSafetyTests {
    static let head = PublishableFilesTests.svgHead

    private func risk(_ body: String) -> Problem.SVGRisk? {
        SVGSafety.risk(in: Array((Self.head + body + "</svg>").utf8))?.risk
    }

    @Test(arguments: [
        ("<ä:script xmlns:ä=\"http://www.w3.org/2000/svg\">alert(1)</ä:script>", Problem.SVGRisk.script),
        ("<a\u{00B7}b:script xmlns:a\u{00B7}b=\"http://www.w3.org/2000/svg\">alert(1)</a\u{00B7}b:script>", .script),
        ("<ø:foreignObject xmlns:ø=\"http://www.w3.org/2000/svg\"/>", .foreignContent(element: "foreignobject")),
        ("<rect é:onclick=\"alert(1)\" xmlns:é=\"x\"/>", .eventHandler("é:onclick")),
        ("<a ä:href=\"javascript:alert(1)\" xmlns:ä=\"http://www.w3.org/1999/xlink\">x</a>", .externalReference("ä:href=\"javascript:alert(1)\"")),
        ("<image ä:href=\"https://x.example/y.png\"/>", .externalReference("ä:href=\"https://x.example/y.png\"")),
    ])
    func namesAreJudgedAfterAnyPrefix(_ body: String, _ expected: Problem.SVGRisk) {
        #expect(risk(body) == expected)
    }

    /// `attributeName="&a;"` is `href` once the picture's entity is expanded, as a browser does.
    @Test func entitiesAreExpandedBeforeValuesAreJudged() {
        let doctype = #"<!DOCTYPE svg [<!ENTITY a "href"><!ENTITY j "javascript:alert(1)">]>"#
        let animated = doctype + Self.head + #"<a><set attributeName="&a;" to="x"/><text>x</text></a></svg>"#
        #expect(SVGSafety.risk(in: Array(animated.utf8))?.risk == .animatedAddress(attribute: "href"))
        let address = doctype + Self.head + #"<a href="&j;">x</a></svg>"#
        #expect(SVGSafety.risk(in: Array(address.utf8))?.risk == .externalReference("href=\"javascript:alert(1)\""))
        let cased = #"<!DOCTYPE svg [<!ENTITY A "href"><!ENTITY a "x">]>"# + Self.head + "</svg>"
        #expect(SVGSafety.risk(in: Array(cased.utf8))?.risk == .entityDeclaration)
        // A long value referred to many times would grow the picture as a browser reads it.
        let grow = "<!DOCTYPE svg [<!ENTITY b \"\(String(repeating: "x", count: 100_000))\">]>" + Self.head
            + "<text>" + String(repeating: "&b;", count: 2_000) + "</text></svg>"
        #expect(SVGSafety.risk(in: Array(grow.utf8))?.risk == .entityDeclaration)
    }

    @Test(arguments: [
        #"<a><set attributeName="x" to="javascript:alert(1)"/></a>"#,
        #"<a><animate attributeName="x" values="0;1;javascript:alert(1)"/></a>"#,
        #"<a><animate attributeName="x" from="java&#x09;script:alert(1)"/></a>"#,
        #"<a><animate attributeName="x" by='data:text/html,x'/></a>"#,
        #"<a><animate attributeName="x" ä:to="vbscript:x"/></a>"#,
    ])
    func animationValuesCarryNoAddress(_ body: String) {
        guard case .externalReference = risk(body) else {
            Issue.record("not refused: \(body)")
            return
        }
    }

    /// A quote in text cannot make the scan skip real attributes.
    @Test func aValueInTextDoesNotHideAttributes() {
        #expect(risk(#"<text> style="</text><rect onload='alert(1)' x="1"/>"#) == .eventHandler("onload"))
        #expect(risk(#"<text> to='</text><set to="javascript:alert(1)" attributeName="x"/><text>'</text>"#) != nil)
    }

    @Test(arguments: [
        #"<rect fill="u\72l(https://x/y)"/>"#,
        #"<rect stroke="\75rl(//x)"/>"#,
        #"<rect mask='u\rl(x)'/>"#,
    ])
    func cssEscapesInAttributesAreRefused(_ body: String) {
        #expect(risk(body) == .externalReference("\\"))
    }

    @Test(arguments: [
        ##"<g id="a"><use href="#b"/></g><path id="b" d="M0 0"/><use href="#a"/>"##,
        ##"<use id="u" xlink:href="#p"/><path id="p" d="M0 0"/><use xlink:href=" #u"/>"##,
        ##"<symbol id="s"><g><use href="#p"/></g></symbol><path id="p" d="M0 0"/><use href="#s" x="1"/>"##,
    ])
    func usesOfUsesAreRefused(_ body: String) {
        #expect(risk(body) == .nestedUse)
    }

    /// What drawing programs write passes: Illustrator's entities for namespaces, Inkscape's
    /// Windows paths in its own prefixed attributes, animations of numbers and colours, and
    /// many uses of plain drawing.
    @Test(arguments: [
        "<!DOCTYPE svg [<!ENTITY ns_svg \"http://www.w3.org/2000/svg\"><!ENTITY ns_x \"http://ns.adobe.com/Extensibility/1.0/\">]>"
            + "<svg xmlns=\"&ns_svg;\" xmlns:x=\"&ns_x;\"><rect/></svg>",
        head + #"<g inkscape:export-filename="C:\Users\a\logo.png" sodipodi:docname="logo.svg"/></svg>"#,
        head + ##"<rect><animate attributeName="fill" values="red;#00f;rgb(0,0,0)" dur="2s" begin="0s"/><set attributeName="opacity" to="0.5"/></rect></svg>"##,
        head + ##"<defs><path id="p" d="M0 0"/><g id="g"><path d="M1 1"/></g></defs><use href="#p"/><use href="#p" x="2"/><use xlink:href="#g"/></svg>"##,
        head + "<text>Skolens værdier: tillid, faglighed</text><text x=\"1\">Lærernes \\ rolle</text></svg>",
    ])
    func drawingProgramsPass(_ file: String) {
        #expect(SVGSafety.risk(in: Array(file.utf8)) == nil)
    }

    /// Junk of overlapping values, entity declarations without an end and nested tags is read
    /// in one pass (the test takes minutes if a scan goes back over the values).
    @Test func junkOfTheNewChecksIsLinear() {
        for unit in [#" to=""#, " values='", " a=/b=", "<!entity a \"", "<use href=\"#a\"><g id=\"a\">", "&a;", " fill=\"\\"] {
            let bytes = Array(String(repeating: unit, count: 1_048_576 / unit.utf8.count).utf8)
            _ = SVGSafety.risk(in: bytes)
        }
    }
}
