// Style sheets and style values: what loads from elsewhere, and CSS escapes that would hide it.

extension SVGSafety {
    // MARK: Style sheets

    /// `url(…)` that is not `url(#id)`, `@import` and `image-set(` anywhere, and CSS escapes in
    /// style sheets (`u\72l(`), which would hide the others.
    static func firstStyleRisk(in b: [UInt8]) -> (risk: Problem.SVGRisk, offset: Int)? {
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
