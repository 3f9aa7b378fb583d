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
        // Only UTF-8 is read as the bytes say: another declared encoding (ISO-2022-JP drops
        // `ESC ( B` from `<scr␛(Bipt>`) or bytes that are no UTF-8 would show a browser other
        // markup than the scans see. XML allows no control character but tab and line breaks.
        if let control = bytes.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
            return (.notUTF8, line(of: control, in: bytes))
        }
        if String(validating: bytes, as: UTF8.self) == nil { return (.notUTF8, 1) }
        let raw = bytes.map(lowercased)
        if let encoding = declaredEncoding(in: raw), encoding != "utf-8", encoding != "utf8" { return (.notUTF8, 1) }
        // Character references do not make elements or attributes in XML, so the markup is
        // read from the raw bytes; the decoded copy (references and the picture's own entities
        // expanded, line breaks kept) catches what hides in text and values.
        if let found = firstElementRisk(in: raw) { return (found.risk, line(of: found.offset, in: raw)) }
        let entities: Entities
        switch internalEntities(in: raw) {
        case .success(let declared): entities = declared
        case .failure(let refused): return (refused.risk, line(of: refused.offset, in: raw))
        }
        // Expansion is bounded: entity values hold no references, but many references to a
        // long value would still grow the picture as a browser reads it.
        guard let decoded = decodeReferences(raw, entities: entities, limit: 2 * raw.count + 65_536) else {
            return (.entityDeclaration, 1)
        }
        if let found = firstElementRisk(in: decoded) { return (found.risk, line(of: found.offset, in: decoded)) }
        if let found = firstAttributeRisk(in: raw, entities: entities) { return (found.risk, line(of: found.offset, in: raw)) }
        if let found = firstStyleRisk(in: decoded) { return (found.risk, line(of: found.offset, in: decoded)) }
        let styles = styleElements(in: raw)
        if let found = firstStyleEscape(in: raw, styles: styles) { return (.externalReference("\\"), line(of: found, in: raw)) }
        if let found = firstEscapedBackslash(in: raw) { return (.externalReference("\\"), line(of: found, in: raw)) }
        if let found = firstNestedUse(in: raw, entities: entities) { return (.nestedUse, line(of: found, in: raw)) }
        if let found = styleSheetSettingMarkers(in: raw, styles: styles, entities: entities) { return (.nestedUse, line(of: found, in: raw)) }
        if let found = customPropertyWithURL(in: decoded) { return (.nestedUse, line(of: found, in: decoded)) }
        return parsedRisk(in: bytes)
    }

    // MARK: Elements, processing instructions and entity declarations

    /// Elements that run script or hold another kind of document.
    static let scriptElements: Set<String> = ["script", "handler", "listener"]
    static let foreignElements: Set<String> = ["foreignobject", "iframe", "embed", "object", "frame", "frameset",
                                                       "applet", "meta", "base", "link", "portal"]

    private static func firstElementRisk(in b: [UInt8]) -> (risk: Problem.SVGRisk, offset: Int)? {
        var index = 0
        var tagEnds = ForwardSearch(b) { $0 == UInt8(ascii: ">") }
        while let open = find(UInt8(ascii: "<"), in: b, from: index) {
            index = open + 1
            guard index < b.count else { break }
            if b[index] == UInt8(ascii: "?") {
                // <?xml-stylesheet href="..."?> can apply an XSLT transform that writes script.
                if matches("xml-stylesheet", in: b, at: index + 1) { return (.externalReference("<?xml-stylesheet"), open) }
                continue
            }
            if b[index] == UInt8(ascii: "!") {
                if matches("entity", in: b, at: index + 1), let risk = entityRisk(in: b, from: index + 7, tagEnds: &tagEnds) {
                    return (risk, open)
                }
                // A default attribute (`<!ATTLIST svg onload CDATA "…">`) is set on every
                // element it names, where no scan of the elements sees it.
                if matches("attlist", in: b, at: index + 1) { return (.attributeDeclaration, open) }
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

    /// The encoding an XML declaration at the start names (`<?xml … encoding="…"?>`), lower-cased.
    static func declaredEncoding(in b: [UInt8]) -> String? {
        let start = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard matches("<?xml", in: b, at: start) else { return nil }
        let end = min(b.count, find("?>", in: b, from: start) ?? b.count, start + 1024)
        guard let at = find("encoding", in: Array(b[start..<end]), from: 0) else { return nil }
        var index = at + 8
        let head = Array(b[start..<end])
        while index < head.count, isSpace(head[index]) || head[index] == UInt8(ascii: "=") { index += 1 }
        guard index < head.count, head[index] == UInt8(ascii: "\"") || head[index] == UInt8(ascii: "'") else { return "" }
        let quote = head[index]
        let valueEnd = find(quote, in: head, from: index + 1) ?? head.count
        return String(decoding: head[(index + 1)..<valueEnd], as: UTF8.self)
    }

    /// A character reference that stands for a backslash (`&#92;`, `&#x5c;`): a CSS escape
    /// written so, in a style or a presentation attribute (`fill="u&#92;72l(…)"`), would pass
    /// the scans of the raw bytes. Nobody writes one in a drawing.
    static func firstEscapedBackslash(in b: [UInt8]) -> Int? {
        var index = 0
        while let at = find(UInt8(ascii: "&"), in: b, from: index) {
            if let (value, _) = reference(in: b, at: at), value == 0x5C { return at }
            index = at + 1
        }
        return nil
    }

    /// `<!ENTITY ...>` can build a script element out of pieces (`<!ENTITY a "<scr">`) or load a
    /// file: a declaration with markup, references, a parameter entity or an outside file is refused.
    private static func entityRisk(in b: [UInt8], from start: Int, tagEnds: inout ForwardSearch) -> Problem.SVGRisk? {
        let end = tagEnds.first(from: start)
        let declaration = b[start..<end]
        if declaration.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "%") }) {
            return .entityDeclaration
        }
        let text = String(decoding: declaration, as: UTF8.self)
        if text.contains("system") || text.contains("public") { return .externalReference("<!ENTITY … SYSTEM") }
        return nil
    }
}
