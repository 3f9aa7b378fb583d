import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

// The second reading of an SVG: the platform's XML parser (libxml2, the parser Chromium's is
// built on) with namespaces processed and the picture's own entities expanded, so names are
// judged as a browser resolves them (`<ä:script>` is `script`, `attributeName="&a;"` is the
// entity's value, an `<!ATTLIST>` default arrives as an attribute). The byte scans come first
// and catch what hides in comments and text; this one catches what only a parser sees. A
// picture the parser reports an error in is refused: a browser shows an error page for it,
// with what it read before the error.

extension SVGSafety {
    /// The first risk the parser's reading shows, with its line; nil when there is none.
    static func parsedRisk(in bytes: [UInt8]) -> (risk: Problem.SVGRisk, line: Int)? {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let reader = ParsedPicture()
        parser.delegate = reader
        let parsed = parser.parse()
        if let found = reader.found { return found }
        if !parsed { return (.notWellFormed, max(1, parser.lineNumber)) }
        return nil
    }
}

/// Reads the parser's events; keeps the first risk.
private final class ParsedPicture: NSObject, XMLParserDelegate {
    private(set) var found: (risk: Problem.SVGRisk, line: Int)?
    /// The text of the style element being read, if one is.
    private var styleText: [UInt8]?
    private var styleDepth = 0
    private var depth = 0

    private func refuse(_ risk: Problem.SVGRisk, _ parser: XMLParser) {
        guard found == nil else { return }
        found = (risk, max(1, parser.lineNumber))
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        depth += 1
        let local = Self.localName(elementName)
        if SVGSafety.scriptElements.contains(local) { return refuse(.script, parser) }
        if SVGSafety.foreignElements.contains(local) { return refuse(.foreignContent(element: local), parser) }
        if local == "style", styleText == nil {
            styleText = []
            styleDepth = depth
        }
        for (name, value) in attributeDict.sorted(by: { $0.key < $1.key }) {
            if let risk = Self.risk(ofAttribute: name, value: value) { return refuse(risk, parser) }
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if let text = styleText, depth == styleDepth {
            styleText = nil
            if text.contains(UInt8(ascii: "\\")) { return refuse(.externalReference("\\"), parser) }
            let lowered = text.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }
            if let risk = Self.cssRisk(lowered) { return refuse(risk, parser) }
        }
        depth -= 1
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        styleText?.append(contentsOf: string.utf8)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        styleText?.append(contentsOf: CDATABlock)
    }

    func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
        if target.lowercased() == "xml-stylesheet" { refuse(.externalReference("<?xml-stylesheet"), parser) }
    }

    func parser(_ parser: XMLParser, foundAttributeDeclarationWithName attributeName: String, forElement elementName: String,
                type: String?, defaultValue: String?) {
        refuse(.attributeDeclaration, parser)
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuse(.externalReference("<!ENTITY … SYSTEM"), parser)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        refuse(.notWellFormed, parser)
    }

    /// The part of a name after its namespace prefix, in small letters.
    private static func localName(_ name: String) -> String {
        String(name.split(separator: ":").last ?? Substring(name)).lowercased()
    }

    /// What an attribute as the parser hands it over (entities expanded) risks.
    private static func risk(ofAttribute name: String, value: String) -> Problem.SVGRisk? {
        let local = localName(name)
        let prefixed = name.contains(":")
        if local.hasPrefix("on") { return .eventHandler(name.lowercased()) }
        let bytes = Array(value.utf8)
        if !prefixed, bytes.contains(UInt8(ascii: "\\")) { return .externalReference("\\") }
        let text = String(value.unicodeScalars.drop { $0.value <= 0x20 }).lowercased()
        if SVGSafety.addressAttributes.contains(local), !text.isEmpty, !text.hasPrefix("#") {
            return .externalReference(name.lowercased() + "=\"" + String(text.prefix(60)) + "\"")
        }
        if local == "attributename" {
            let target = localName(value.trimmingCharacters(in: .whitespacesAndNewlines))
            if SVGSafety.addressAttributes.contains(target) || target.hasPrefix("on") { return .animatedAddress(attribute: value) }
        }
        if SVGSafety.animationValues.contains(local), value.contains(":") {
            return .externalReference(name.lowercased() + "=\"" + String(value.prefix(60)) + "\"")
        }
        return cssRisk(Array(value.lowercased().utf8))
    }

    /// `url(…)` not of a `#id`, `@import`, `image-set(` or `expression(` in CSS text: the byte
    /// scans' own rule.
    private static func cssRisk(_ b: [UInt8]) -> Problem.SVGRisk? {
        SVGSafety.cssRiskOffset(b)?.risk
    }
}
