/// Finds what in an SVG picture could run script or load something from elsewhere when the
/// picture is opened on its own (a browser runs an SVG's scripts then, on the site's origin).
///
/// It reads the bytes tolerantly, without an XML parser, and errs on the side of refusing:
/// it looks for the dangerous forms anywhere (in comments, CDATA and text too), in the raw
/// bytes and again with character references (`&#60;`, `&#x3C;`, `&lt;`) decoded. Every scan is
/// linear in the file's size, so any bytes are checked quickly.
enum SVGSafety {
    /// The first risk found in `bytes`, with its 1-based line; nil for a picture that is safe.
    static func risk(in bytes: [UInt8]) -> (risk: Problem.SVGRisk, line: Int)? {
        // UTF-16 (a byte-order mark, or NUL bytes) would hide every ASCII form from the scans.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.contains(0) {
            return (.notUTF8, 1)
        }
        let raw = bytes.map(lowercased)
        let decoded = decodeReferences(raw)
        // Character references do not make elements or attributes in XML, so the markup is
        // read from the raw bytes; the decoded copy catches what hides in text and values.
        for buffer in [raw, decoded] {
            if let found = firstElementRisk(in: buffer) { return (found.risk, line(of: found.offset, in: raw)) }
        }
        if let found = firstAttributeRisk(in: raw) { return (found.risk, line(of: found.offset, in: raw)) }
        if let found = firstStyleRisk(in: decoded) { return (found.risk, line(of: found.offset, in: raw)) }
        return nil
    }

    // MARK: Elements, processing instructions and entity declarations

    /// Elements that run script or hold another kind of document.
    private static let scriptElements: Set<String> = ["script", "handler", "listener"]
    private static let foreignElements: Set<String> = ["foreignobject", "iframe", "embed", "object", "frame", "frameset",
                                                       "applet", "meta", "base", "link", "portal"]

    private static func firstElementRisk(in b: [UInt8]) -> (risk: Problem.SVGRisk, offset: Int)? {
        var index = 0
        while let open = find(UInt8(ascii: "<"), in: b, from: index) {
            index = open + 1
            guard index < b.count else { break }
            if b[index] == UInt8(ascii: "?") {
                // <?xml-stylesheet href="..."?> can apply an XSLT transform that writes script.
                if matches("xml-stylesheet", in: b, at: index + 1) { return (.externalReference("<?xml-stylesheet"), open) }
                continue
            }
            if b[index] == UInt8(ascii: "!") {
                if matches("entity", in: b, at: index + 1), let risk = entityRisk(in: b, from: index + 7) {
                    return (risk, open)
                }
                continue
            }
            // The element's name, and its local part after a namespace prefix (<svg:script>).
            var end = index
            while end < b.count, isNameByte(b[end]) { end += 1 }
            guard end > index else { continue }
            let name = b[index..<end]
            let local = String(decoding: name.split(separator: UInt8(ascii: ":")).last ?? name, as: UTF8.self)
            if scriptElements.contains(local) { return (.script, open) }
            if foreignElements.contains(local) { return (.foreignContent(element: local), open) }
        }
        return nil
    }

    /// `<!ENTITY ...>` can build a script element out of pieces (`<!ENTITY a "<scr">`) or load a
    /// file: a declaration with markup, references, a parameter entity or an outside file is refused.
    private static func entityRisk(in b: [UInt8], from start: Int) -> Problem.SVGRisk? {
        let end = find(UInt8(ascii: ">"), in: b, from: start) ?? b.count
        let declaration = b[start..<end]
        if declaration.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "%") }) {
            return .entityDeclaration
        }
        let text = String(decoding: declaration, as: UTF8.self)
        if text.contains("system") || text.contains("public") { return .externalReference("<!ENTITY … SYSTEM") }
        return nil
    }

    // MARK: Attributes

    /// Attributes whose value is an address.
    private static let addressAttributes: Set<String> = ["href", "src", "base", "action", "formaction", "data"]

    /// Finds `name=value` anywhere after a space, a quote or '/': event handlers (`onload=`),
    /// addresses that are not a fragment (`href="http://…"`), and animations of an address or
    /// handler (`<set attributeName="href" to="javascript:…">`).
    private static func firstAttributeRisk(in b: [UInt8]) -> (risk: Problem.SVGRisk, offset: Int)? {
        var index = 1
        while index < b.count {
            guard isNameStart(b[index]), isAttributeBoundary(b[index - 1]) else { index += 1; continue }
            let start = index
            while index < b.count, isNameByte(b[index]) { index += 1 }
            let name = b[start..<index]
            var cursor = index
            while cursor < b.count, isSpace(b[cursor]) { cursor += 1 }
            guard cursor < b.count, b[cursor] == UInt8(ascii: "=") else { continue }
            let local = String(decoding: name.split(separator: UInt8(ascii: ":")).last ?? name, as: UTF8.self)
            if local.hasPrefix("on") { return (.eventHandler(String(decoding: name, as: UTF8.self)), start) }
            let isAddress = addressAttributes.contains(local)
            guard isAddress || local == "attributename" || local == "style" else { continue }
            // An address needs only its first characters; a style attribute is read whole and
            // then skipped, so that no byte is read twice over (values may overlap in junk).
            let (value, after) = attributeValue(in: b, from: cursor + 1, limit: local == "style" ? b.count : 256)
            if local == "style" { index = max(index, min(after, b.count)) }
            let text = trimmed(String(decoding: decodeReferences(value), as: UTF8.self))
            if isAddress, !text.isEmpty, !text.hasPrefix("#") {
                return (.externalReference(String(decoding: name, as: UTF8.self) + "=\"" + String(text.prefix(60)) + "\""), start)
            }
            if local == "attributename" {
                let target = String(text.split(separator: ":").last ?? Substring(text))
                if addressAttributes.contains(target) || target.hasPrefix("on") { return (.animatedAddress(attribute: text), start) }
            }
            if local == "style", let risk = cssRisk(Array(text.utf8)) { return (risk, start) }
        }
        return nil
    }

    /// The value after `=` at `start` (quoted, or up to a space or '>'), at most `limit` bytes
    /// of it, and where it ends.
    private static func attributeValue(in b: [UInt8], from start: Int, limit: Int) -> (value: [UInt8], end: Int) {
        var index = start
        while index < b.count, isSpace(b[index]) { index += 1 }
        guard index < b.count else { return ([], index) }
        let quote = b[index]
        let stop = min(b.count, index + 1 + limit)
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let end = b[(index + 1)..<stop].firstIndex(of: quote) ?? stop
            return (Array(b[(index + 1)..<end]), end + 1)
        }
        var end = index
        while end < stop, !isSpace(b[end]), b[end] != UInt8(ascii: ">") { end += 1 }
        return (Array(b[index..<end]), end)
    }

    // MARK: Style sheets

    /// `url(…)` that is not `url(#id)`, `@import` and `image-set(` anywhere, and CSS escapes in
    /// style sheets (`u\72l(`), which would hide the others.
    private static func firstStyleRisk(in b: [UInt8]) -> (risk: Problem.SVGRisk, offset: Int)? {
        if let found = cssRiskOffset(b) { return found }
        // The contents of each <style> element, for escapes.
        var index = 0
        while let start = find("<style", in: b, from: index) {
            let end = find("</style", in: b, from: start + 6) ?? b.count
            if let slash = b[start..<end].firstIndex(of: UInt8(ascii: "\\")) { return (.externalReference("\\"), slash) }
            index = end
        }
        return nil
    }

    private static func cssRisk(_ b: [UInt8]) -> Problem.SVGRisk? {
        if b.contains(UInt8(ascii: "\\")) { return .externalReference("\\") }
        return cssRiskOffset(b)?.risk
    }

    private static func cssRiskOffset(_ b: [UInt8]) -> (risk: Problem.SVGRisk, offset: Int)? {
        for word in ["@import", "image-set(", "expression("] {
            if let at = find(word, in: b, from: 0) { return (.externalReference(word), at) }
        }
        var index = 0
        while let at = find("url(", in: b, from: index) {
            var cursor = at + 4
            while cursor < b.count, isSpace(b[cursor]) || b[cursor] == UInt8(ascii: "\"") || b[cursor] == UInt8(ascii: "'") {
                cursor += 1
            }
            if cursor >= b.count || b[cursor] != UInt8(ascii: "#") {
                let end = min(b.count, at + 60)
                let shown = String(decoding: b[at..<end].prefix { $0 != UInt8(ascii: ")") && $0 != UInt8(ascii: "\n") }, as: UTF8.self)
                return (.externalReference(shown + ")"), at)
            }
            index = cursor
        }
        return nil
    }

    // MARK: Bytes

    /// Character references decoded: `&#60;`, `&#x3c;` and the five named ones become the ASCII
    /// character (lower-cased; a line break becomes a space, so lines keep their numbers); a
    /// reference to any other character becomes 0x80, which matches nothing.
    static func decodeReferences(_ b: [UInt8]) -> [UInt8] {
        guard b.contains(UInt8(ascii: "&")) else { return b }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var index = 0
        while index < b.count {
            guard b[index] == UInt8(ascii: "&"), let (value, length) = reference(in: b, at: index) else {
                out.append(b[index])
                index += 1
                continue
            }
            let byte = value < 0x80 ? lowercased(UInt8(value)) : 0x80
            out.append(byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") ? UInt8(ascii: " ") : byte)
            index += length
        }
        return out
    }

    /// The character of the reference at `start` (which is '&') and its length; nil if none.
    private static func reference(in b: [UInt8], at start: Int) -> (value: UInt32, length: Int)? {
        let named: [(String, UInt32)] = [("lt;", 0x3C), ("gt;", 0x3E), ("amp;", 0x26), ("quot;", 0x22), ("apos;", 0x27)]
        for (name, value) in named where matches(name, in: b, at: start + 1) { return (value, name.utf8.count + 1) }
        guard start + 2 < b.count, b[start + 1] == UInt8(ascii: "#") else { return nil }
        let hex = b[start + 2] == UInt8(ascii: "x")
        var index = start + (hex ? 3 : 2)
        var value: UInt32 = 0
        var digits = 0
        while index < b.count, let digit = digitValue(b[index], hex: hex) {
            value = min(value &* (hex ? 16 : 10) &+ digit, 0x110000)  // capped: leading zeros and huge numbers
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        // The ';' is required in XML; without it a browser's HTML parser would still read it.
        if index < b.count, b[index] == UInt8(ascii: ";") { index += 1 }
        return (value, index - start)
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        default: return nil
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func isAttributeBoundary(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "/")
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private static func trimmed(_ text: String) -> String {
        // Browsers drop spaces and control characters around an address (and tabs and line
        // breaks inside it, which do not matter for the first character).
        String(text.unicodeScalars.drop { $0.value <= 0x20 }.reversed().drop { $0.value <= 0x20 }.reversed().map(Character.init))
    }

    private static func find(_ byte: UInt8, in b: [UInt8], from start: Int) -> Int? {
        guard start < b.count else { return nil }
        return b[start...].firstIndex(of: byte)
    }

    private static func find(_ word: String, in b: [UInt8], from start: Int) -> Int? {
        let bytes = Array(word.utf8)
        guard let first = bytes.first else { return nil }
        var index = start
        while let at = find(first, in: b, from: index) {
            if matches(bytes, in: b, at: at) { return at }
            index = at + 1
        }
        return nil
    }

    private static func matches(_ word: String, in b: [UInt8], at start: Int) -> Bool {
        matches(Array(word.utf8), in: b, at: start)
    }

    private static func matches(_ word: [UInt8], in b: [UInt8], at start: Int) -> Bool {
        guard start >= 0, start + word.count <= b.count else { return false }
        return b[start..<(start + word.count)].elementsEqual(word)
    }

    /// The 1-based line of `offset`.
    private static func line(of offset: Int, in b: [UInt8]) -> Int {
        b[..<min(offset, b.count)].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
