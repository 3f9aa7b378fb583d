import Foundation
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

    /// What drawing programs write passes: Illustrator's entities for namespaces, Inkscape's
    /// Windows paths in its own prefixed attributes, animations of numbers and colours, and
    /// many uses of plain drawing.
    @Test(arguments: [
        "<!DOCTYPE svg [<!ENTITY ns_svg \"http://www.w3.org/2000/svg\"><!ENTITY ns_x \"http://ns.adobe.com/Extensibility/1.0/\">]>"
            + "<svg xmlns=\"&ns_svg;\" xmlns:x=\"&ns_x;\"><rect/></svg>",
        head + #"<g xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" inkscape:export-filename="C:\Users\a\logo.png" sodipodi:docname="logo.svg"/></svg>"#,
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [<!ENTITY ns_svg \"http://www.w3.org/2000/svg\">]>"
            + head + "<a href=\"\"/></svg>",
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

    // MARK: The review of round 3's fixes (each confirmed in Chromium or against the binary)

    /// Another declared encoding, control bytes or bytes that are no UTF-8 would show a browser
    /// other markup than the scans see (`ESC ( B` vanishes in ISO-2022-JP: `<scr␛(Bipt>`).
    @Test(arguments: [
        "<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?>" + head + "<scr\u{1B}(Bipt>alert(1)</scr\u{1B}(Bipt></svg>",
        "<?xml version='1.0' encoding='windows-1252'?>" + head + "</svg>",
        head + "<text>\u{1B}</text></svg>",
    ])
    func otherEncodingsAndControlBytesAreRefused(_ file: String) {
        #expect(SVGSafety.risk(in: Array(file.utf8))?.risk == .notUTF8)
    }

    @Test func bytesThatAreNoUTF8AreRefused() throws {
        let found = try #require(Data(base64Encoded: "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjzDpDpzY3JpcHRzeG1sbnM6w6Q9Imh0dHA6yy93d3cud8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8s9Imh0dHt7e3t7e3t7e3t7e3A6Ly93Lmh0bGwyCm1saDx0PjxzY3JpcDxzdmcgeG1sbnM9Imh0dHA6Ly/l5eVpbC5odGxsCm1saDx0PjxzY3JpcHTLy///y8vLS8vLy8szLm9yZy8yMDAwL3N2ZyI+YWxlcnQoMSk8L8OkOo2cjZhwdD48L3N2Zz4="))
        #expect(SVGSafety.risk(in: Array(found))?.risk == .notUTF8, "found by FuzzAssets: <script followed by 0xCB")
        #expect(SVGSafety.risk(in: Array((Self.head + "<text>utf-8: æøå “”</text></svg>").utf8)) == nil)
        let declared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + Self.head + "</svg>"
        #expect(SVGSafety.risk(in: Array(declared.utf8)) == nil)
    }

    @Test func attributeDeclarationsAreRefused() {
        let file = #"<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]>"# + Self.head + "</svg>"
        #expect(SVGSafety.risk(in: Array(file.utf8))?.risk == .attributeDeclaration)
    }

    /// A CSS escape written as a reference or an entity, or in a style element with a prefix.
    @Test(arguments: [
        #"<rect style="background:u&#92;72l(https://e.example/t.png)"/>"#,
        #"<rect fill="u&#x5c;72l(//e.example/x)"/>"#,
        #"<a><animate attributeName="fill" values="u&#92;72l(//e.example/p.svg#x)"/></a>"#,
        #"<x:style xmlns:x="http://www.w3.org/2000/svg">svg{background:u\72l(https://e.example/t.png)}</x:style>"#,
        #"<h:style xmlns:h="http://www.w3.org/1999/xhtml">@\69mport "https://e.example/x.css";</h:style>"#,
    ])
    func hiddenCSSEscapesAreRefused(_ body: String) {
        #expect(risk(body) == .externalReference("\\"), "\(body)")
    }

    @Test func anEntityWithABackslashIsRefused() {
        let file = #"<!DOCTYPE svg [<!ENTITY bs "\">]>"# + Self.head + #"<rect style="background:u&bs;72l(//e.example/x)"/></svg>"#
        #expect(SVGSafety.risk(in: Array(file.utf8))?.risk == .externalReference("\\"))
    }

    /// However many blanks come before an address, a browser drops them.
    @Test(arguments: ["image href", "use href", "a href"])
    func blanksBeforeAnAddressDoNotHideIt(_ element: String) {
        let spaces = String(repeating: " ", count: 300)
        guard case .externalReference = risk("<\(element)=\"\(spaces)https://e.example/x.png\"/>") else {
            Issue.record("not refused: \(element)")
            return
        }
        guard case .externalReference = risk("<\(element)=\"" + String(repeating: "&#32;", count: 100) + "javascript:alert(1)\"/>") else {
            Issue.record("not refused with references: \(element)")
            return
        }
    }

    @Test(arguments: ["srcset=\"https://e.example/x.png 1x\"", "poster=\"https://e.example/p.png\"", "background=\"//e.example/b.png\"",
                      "ping=\"https://e.example/\"", "imagesrcset=\"https://e.example/x.png\""])
    func otherAddressAttributesAreRefused(_ attribute: String) {
        guard case .externalReference = risk("<h:img xmlns:h=\"http://www.w3.org/1999/xhtml\" \(attribute)/>") else {
            Issue.record("not refused: \(attribute)")
            return
        }
    }

    // MARK: The second review (each acted on by Chromium)

    /// A `</style>` a browser does not see (in a comment, CDATA, or written `&lt;/style>`) does
    /// not end the search for escapes.
    @Test(arguments: [
        #"<style><!--</style>-->@\69mport "http://e.example/a1.css";</style>"#,
        #"<style>/*&lt;/style>*/ @\69mport "http://e.example/a2.css";</style>"#,
        #"<style><![CDATA[</style>]]>svg{cursor:u\72l(http://e.example/a4.png),auto}</style>"#,
        #"<style><?x </style>?>svg{background:u\72l(http://e.example/b.png)}</style>"#,
    ])
    func aHiddenEndOfStyleDoesNotEndTheSearch(_ body: String) {
        #expect(risk(body) == .externalReference("\\"), "\(body)")
    }

    /// What Inkscape and Illustrator write: arrow markers on lines, gradients that inherit from
    /// gradients, a symbol with a gradient used twice.
    @Test(arguments: [
        ##"<defs><marker id="Arrow" orient="auto"><path d="M0 0L5 5" style="fill:#000"/></marker></defs><path d="M0 0H9" style="marker-end:url(#Arrow);stroke:#000"/>"##,
        ##"<defs><linearGradient id="a"><stop offset="0"/></linearGradient><linearGradient id="b" xlink:href="#a" x1="0"/></defs><rect fill="url(#b)"/>"##,
        ##"<defs><linearGradient id="g"/><symbol id="s"><path fill="url(#g)"/></symbol></defs><use href="#s"/><use href="#s" x="5"/>"##,
        ##"<style>.a { fill: #123 } path { stroke: url(#g) }</style><linearGradient id="g"/><path class="a"/>"##,
    ])
    func whatDrawingProgramsWritePasses(_ body: String) {
        #expect(risk(body) == nil, "\(body)")
    }

    /// The new scans are linear too.
    @Test func junkOfTheStyleAndMarkerScansIsLinear() {
        for unit in ["<style>marker:", "<!--", "<style><![cdata[", "marker-mid:url(#a)", "<x:style>\\"] {
            _ = SVGSafety.risk(in: Array(String(repeating: unit, count: 1_048_576 / unit.utf8.count).utf8))
        }
        let styled = "<style>" + String(repeating: "marker:", count: 150_000) + "</style>"
        _ = SVGSafety.risk(in: Array(styled.utf8))
    }

    // MARK: The parser's reading

    /// A picture the XML parser finds an error in is refused; a browser shows an error page.
    @Test(arguments: [
        head + "<rect></svg>",
        head + "<p:rect/></svg>",
        head + "<text>&nbsp;</text></svg>",
    ])
    func picturesThatAreNotWellFormedAreRefused(_ file: String) {
        #expect(SVGSafety.risk(in: Array(file.utf8))?.risk == .notWellFormed, "\(file)")
    }

    /// What only a parser sees: a default attribute from the DTD arrives on the element; an
    /// entity in a name is expanded where the byte scans see the reference.
    @Test func theParserSeesWhatTheBytesHide() {
        #expect(SVGSafety.parsedRisk(in: Array((#"<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]>"# + Self.head + "</svg>").utf8))?.risk
                == .attributeDeclaration)
        let entity = #"<!DOCTYPE svg [<!ENTITY a "href">]>"# + Self.head + #"<a><set attributeName="&a;" to="x"/></a></svg>"#
        #expect(SVGSafety.parsedRisk(in: Array(entity.utf8))?.risk == .animatedAddress(attribute: "href"))
        let prefixed = Self.head.replacingOccurrences(of: ">", with: #" xmlns:ä="http://www.w3.org/2000/svg">"#) + "<ä:script>alert(1)</ä:script></svg>"
        #expect(SVGSafety.parsedRisk(in: Array(prefixed.utf8))?.risk == .script)
        #expect(SVGSafety.parsedRisk(in: Array((Self.head + "<rect fill=\"url(#g)\"/></svg>").utf8)) == nil)
    }

    // MARK: Copies of copies

    /// Six levels of ten copies each: over two million elements drawn from a picture of a few
    /// KB. `level(k)` writes level k, which refers ten times to level k - 1 through `refer(k - 1)`.
    static func growth(level: (Int, String) -> String, refer: (Int) -> String, top: (Int) -> String, depth: Int = 6) -> String {
        var body = ##"<path id="l0" d="M0 0h1"/>"##
        for k in 1...depth { body += level(k, String(repeating: refer(k - 1), count: 10)) }
        return body + top(depth)
    }

    /// A line of a hundred points, at each of which a marker is drawn.
    static let hundredPoints = (0..<100).map { "\($0),\($0 % 2)" }.joined(separator: " ")

    @Test(arguments: [
        // <use> in <use>, ids and references in every form a browser reads.
        growth(level: { ##"<g id="l\##($0)">\##($1)</g>"## }, refer: { ##"<use href="#l\##($0)"/>"## }, top: { ##"<use href="#l\##($0)"/>"## }),
        growth(level: { ##"<g f:id="l\##($0)" xmlns:f="urn:f">\##($1)</g>"## }, refer: { ##"<use href="#l\##($0)"/>"## }, top: { ##"<use href="#l\##($0)"/>"## }),
        growth(level: { ##"<g id="&#108;\##($0)">\##($1)</g>"## }, refer: { ##"<use href="#%6c\##($0)"/>"## }, top: { ##"<use href="#l\##($0)"/>"## }),
        growth(level: { ##"<g id="l\##($0)">\##($1)</g>"## }, refer: { ##"<use xlink:href="#l\##($0)" href="#l\##($0)"/>"## }, top: { ##"<use href="#l\##($0)"/>"## }),
        // Filters that draw what they point to.
        growth(level: { ##"<filter id="f\##($0)">\##($1)</filter><g id="l\##($0)" filter="url(#f\##($0))"/>"## },
               refer: { ##"<feImage href="#l\##($0)"/>"## }, top: { ##"<use href="#l\##($0)"/>"## }),
        // Markers on markers, set by attribute, style, animation or custom property.
        growth(level: { k, _ in ##"<marker id="l\##(k)"><polyline points="\##(Self.hundredPoints)" marker-mid="url(#l\##(k - 1))"/></marker>"## },
               refer: { _ in "" }, top: { ##"<polyline points="\##(Self.hundredPoints)" marker-mid="url(#l\##($0))"/>"## }, depth: 3),
        growth(level: { k, _ in ##"<marker id="l\##(k)"><polyline points="\##(Self.hundredPoints)"><set attributeName="marker-mid" to="url(#l\##(k - 1))"/></polyline></marker>"## },
               refer: { _ in "" }, top: { ##"<polyline points="\##(Self.hundredPoints)" style="marker-mid:url(#l\##($0))"/>"## }, depth: 3),
        // Masks in masks, clip paths in clip paths.
        growth(level: { ##"<mask id="l\##($0)">\##($1)</mask>"## }, refer: { ##"<rect width="9" height="9" mask="url(#l\##($0))"/>"## },
               top: { ##"<rect width="9" height="9" mask="url(#l\##($0))"/>"## }),
        growth(level: { ##"<clipPath id="l\##($0)">\##($1)</clipPath>"## }, refer: { ##"<rect width="9" height="9" clip-path="url(#l\##($0))"/>"## },
               top: { ##"<rect clip-path="url(#l\##($0))"/>"## }),
    ])
    func copiesOfCopiesAreRefused(_ body: String) {
        #expect(risk(body) == .nestedUse, "\(body.prefix(300))")
    }

    /// A custom property holding a reference, or a style sheet setting markers, cannot be tied
    /// to what uses it.
    @Test func referencesInCustomPropertiesAndStyleSheetsAreRefused() {
        #expect(risk(##"<marker id="m"><rect/></marker><g style="--a:url(#m)"><path style="marker-mid:var(--a)"/></g>"##) == .nestedUse)
        #expect(risk(##"<style>path { marker-mid: url(#m) }</style><marker id="m"><rect/></marker><path d="M0 0"/>"##) == .nestedUse)
    }

    /// What drawing programs write stays: Illustrator's clip paths that hold a `<use>`, a
    /// hundred arrows, a symbol used a thousand times, a gradient used by many shapes.
    @Test func copiesDrawingProgramsMakePass() {
        var clips = ""
        for k in 0..<300 {
            clips += ##"<defs><rect id="r\##(k)" width="9" height="9"/></defs><clipPath id="c\##(k)"><use xlink:href="#r\##(k)" overflow="visible"/></clipPath><g clip-path="url(#c\##(k))"><path d="M0 0h1"/></g>"##
        }
        #expect(risk(clips) == nil)
        let arrows = ##"<marker id="a"><path d="M0 0L5 5"/></marker>"## + String(repeating: ##"<path d="M0 0H9" style="marker-end:url(#a)"/>"##, count: 100)
        #expect(risk(arrows) == nil)
        let symbol = ##"<symbol id="s"><path d="M0 0h1" fill="url(#g)"/></symbol><linearGradient id="g"/>"## + String(repeating: ##"<use href="#s"/>"##, count: 1_000)
        #expect(risk(symbol) == nil)
    }

    /// Counting is linear and bounded in junk of references (ids nested a thousand deep, each
    /// holding every reference).
    @Test func countingCopiesIsBounded() {
        let nested = String(repeating: ##"<g id="x"><use href="#y"/>"##, count: 2_000) + ##"<path id="y"/>"## + String(repeating: "</g>", count: 2_000)
        _ = SVGSafety.risk(in: Array((Self.head + nested + "</svg>").utf8))
        var chain = ""
        for k in 0..<2_000 { chain += ##"<g id="c\##(k)"><use href="#c\##(k + 1)"/></g>"## }
        #expect(risk(chain) == .nestedUse, "a chain deeper than the copies may reach")
    }

    /// Large groups used many times, markers of many elements on long lines, masks and filters
    /// on many elements: no reference refers on, but the elements drawn pass the bound (a
    /// security review: a minute and more in Chromium).
    @Test func manyElementsDrawnThroughFlatReferencesAreRefused() {
        let group = ##"<g id="g">"## + String(repeating: ##"<rect width="1" height="1"/>"##, count: 1_000) + "</g>"
        #expect(risk(group + String(repeating: ##"<use href="#g"/>"##, count: 1_000)) == .nestedUse)
        let marker = ##"<marker id="m">"## + String(repeating: "<rect/>", count: 1_000) + "</marker>"
        let line = "<polyline points=\"" + (0..<1_000).map { "\($0),\($0 % 7)" }.joined(separator: " ") + ##"" marker-mid="url(#m)"/>"##
        #expect(risk(marker + line) == .nestedUse)
        let mask = ##"<mask id="k">"## + String(repeating: "<rect/>", count: 1_000) + "</mask>"
        #expect(risk(mask + String(repeating: ##"<rect mask="url(#k)"/>"##, count: 1_000)) == .nestedUse)
        let filter = ##"<filter id="f"><feMorphology operator="dilate" radius="100"/></filter>"##
        #expect(risk(filter + String(repeating: ##"<rect filter="url(#f)"/>"##, count: 1_000)) == .nestedUse)
        #expect(risk(filter + String(repeating: ##"<rect filter="url(#f)"/>"##, count: 20)) == nil, "a drop shadow on twenty shapes")
    }
}
