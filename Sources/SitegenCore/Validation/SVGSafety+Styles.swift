// Style sheets and style values: what loads from elsewhere, and CSS escapes that would hide it.

extension SVGSafety {
    // MARK: Style sheets

    /// `url(…)` that is not `url(#id)`, `@import` and `image-set(` anywhere, and CSS escapes in
    /// style sheets (`u\72l(`), which would hide the others.
    static func firstStyleRisk(in b: [UInt8]) -> (risk: Problem.SVGRisk, offset: Int)? {
        if let found = cssRiskOffset(b) { return found }
        // The contents of each style element, whatever its prefix (`<x:style>`), for escapes.
        var index = 0
        while let start = nextStyleTag(in: b, from: index, closing: false) {
            let end = nextStyleTag(in: b, from: start + 1, closing: true) ?? b.count
            if let slash = b[start..<end].firstIndex(of: UInt8(ascii: "\\")) { return (.externalReference("\\"), slash) }
            // No end: no later style element has one either.
            guard end < b.count else { break }
            index = end + 1
        }
        return nil
    }

    /// The position of the next `<style` or `</style` tag at or after `start`, with or without a
    /// namespace prefix (`<svg:style`, `</ä:style`).
    private static func nextStyleTag(in b: [UInt8], from start: Int, closing: Bool) -> Int? {
        var index = start
        while let open = find(UInt8(ascii: "<"), in: b, from: index) {
            var nameStart = open + 1
            if closing {
                guard nameStart < b.count, b[nameStart] == UInt8(ascii: "/") else { index = open + 1; continue }
                nameStart += 1
            }
            var end = nameStart
            while end < b.count, isNameByte(b[end]) { end += 1 }
            let name = b[nameStart..<end]
            if (name.split(separator: UInt8(ascii: ":")).last ?? name).elementsEqual("style".utf8) { return open }
            index = open + 1
        }
        return nil
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
}
