// Style sheets and style values: what loads from elsewhere, and CSS escapes that would hide it.

extension SVGSafety {
    // MARK: Style sheets

    /// `url(…)` that is not `url(#id)`, `@import` and `image-set(` anywhere (`firstStyleEscape`
    /// finds the CSS escapes that would hide them: `u\72l(`).
    static func firstStyleRisk(in b: [UInt8]) -> (risk: Problem.SVGRisk, offset: Int)? {
        if let found = cssRiskOffset(b) { return found }
        return nil
    }

    /// A backslash inside a style element (`firstStyleEscape`'s ranges).
    static func firstStyleEscape(in b: [UInt8], styles: [Range<Int>]) -> Int? {
        for range in styles {
            if let slash = b[range].firstIndex(of: UInt8(ascii: "\\")) { return slash }
        }
        return nil
    }

    /// Where each style element runs, whatever its prefix (`<x:style>`), from its start tag to
    /// its real end tag: a `</style>` inside a comment, a CDATA section or a processing
    /// instruction, or written `&lt;/style>`, does not end it for a browser, so it does not end
    /// it here either. Read on the raw bytes, in one pass.
    static func styleElements(in b: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        var styleStart: Int?
        while let open = find(UInt8(ascii: "<"), in: b, from: index) {
            // Comments, CDATA and processing instructions are skipped whole, inside or outside.
            let opener = matches("<!--", in: b, at: open) ? "-->" : matches("<![cdata[", in: b, at: open) ? "]]>"
                : matches("<?", in: b, at: open) ? "?>" : nil
            if let opener {
                guard let end = find(opener, in: b, from: open + 2) else { break }  // the rest is inside it
                index = end + 1
                continue
            }
            let closing = open + 1 < b.count && b[open + 1] == UInt8(ascii: "/")
            var end = open + (closing ? 2 : 1)
            let nameStart = end
            while end < b.count, isNameByte(b[end]) { end += 1 }
            let name = b[nameStart..<end]
            if (name.split(separator: UInt8(ascii: ":")).last ?? name).elementsEqual("style".utf8) {
                if let start = styleStart, closing {
                    ranges.append(start..<open)
                    styleStart = nil
                } else if styleStart == nil, !closing {
                    styleStart = open
                }
            }
            index = open + 1
        }
        if let start = styleStart { ranges.append(start..<b.count) }
        return ranges
    }

    /// A style element that sets a marker (`path { marker-mid: url(#m) }`): it cannot be tied to
    /// the elements it applies to, so such a picture counts as nesting. Searches that only move
    /// forward keep it linear in junk (`marker:marker:…`).
    static func styleSheetSettingMarkers(in b: [UInt8], styles: [Range<Int>], entities: Entities) -> Int? {
        guard !styles.isEmpty, find("marker", in: b, from: 0) != nil else { return nil }
        for range in styles {
            let text = decodeReferences(Array(b[range]), entities: entities, limit: 2 * range.count + 65_536) ?? Array(b[range])
            var declarationEnds = ForwardSearch(text) { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "}") }
            var nextURL = -1
            var index = 0
            while let at = find("marker", in: text, from: index) {
                var cursor = at + 6
                while cursor < text.count, text[cursor] == UInt8(ascii: "-") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(text[cursor]) {
                    cursor += 1
                }
                while cursor < text.count, isSpace(text[cursor]) { cursor += 1 }
                if cursor < text.count, text[cursor] == UInt8(ascii: ":") {
                    if nextURL < cursor { nextURL = find("url(", in: text, from: cursor) ?? text.count }
                    if nextURL < declarationEnds.first(from: cursor) { return range.lowerBound }
                }
                index = cursor
            }
        }
        return nil
    }

    /// A CSS custom property that holds a `url(` (`--a: url(#m)`, used as `marker-mid: var(--a)`):
    /// a reference no scan can tie to the property that uses it. Nobody's drawing has one.
    static func customPropertyWithURL(in b: [UInt8]) -> Int? {
        var declarationEnds = ForwardSearch(b) { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
        var nextURL = -1
        var index = 0
        while let at = find("--", in: b, from: index) {
            var cursor = at + 2
            // A CSS name: an XML name's bytes but the ':' that ends the property's name.
            while cursor < b.count, isNameByte(b[cursor]), b[cursor] != UInt8(ascii: ":") { cursor += 1 }
            while cursor < b.count, isSpace(b[cursor]) { cursor += 1 }
            if cursor > at + 2, cursor < b.count, b[cursor] == UInt8(ascii: ":") {
                if nextURL < cursor { nextURL = find("url(", in: b, from: cursor) ?? b.count }
                if nextURL < declarationEnds.first(from: cursor) { return at }
            }
            index = max(cursor, at + 2)
        }
        return nil
    }

    static func cssRiskOffset(_ b: [UInt8]) -> (risk: Problem.SVGRisk, offset: Int)? {
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
}
