// `<use>` copies what it points to; a copy that holds `<use>` elements copies again, so ten of
// them a level grow a small picture tenfold a level in browsers and in WeasyPrint. A marker is
// drawn at every point of a line, and a filter's `<feImage>` draws what it points to: the same
// growth, without a `<use>`.

extension SVGSafety {
    /// The offset of the first reference to an element that is, or holds, a copier: a `<use>`,
    /// an `<feImage>` that points somewhere, or a marker reference (`marker-mid="url(#m)"`, in an
    /// attribute or a style). References are a copier's `href`s (any prefix) and every
    /// `url(#id)` in any attribute. Nil when every reference points to something that copies
    /// nothing (a gradient, a clip path, plain drawing). Reads the elements' nesting from the tags
    /// in one pass; ids (any prefix: a browser's `id` may be either) and references are compared
    /// with character references, entities and the fragment's percent-escapes decoded.
    static func firstNestedUse(in b: [UInt8], entities: Entities) -> Int? {
        struct Open {
            let ids: [[UInt8]]
            var holdsCopier: Bool
        }
        var open: [Open] = []
        var idsHoldingCopier = Set<[UInt8]>()
        var references: [(target: [UInt8], offset: Int)] = []
        func close(_ element: Open) {
            guard element.holdsCopier else { return }
            idsHoldingCopier.formUnion(element.ids)
            if !open.isEmpty { open[open.count - 1].holdsCopier = true }
        }
        var index = 0
        while let start = find(UInt8(ascii: "<"), in: b, from: index) {
            index = start + 1
            guard index < b.count else { break }
            switch b[index] {
            case UInt8(ascii: "!"):
                let end = matches("!--", in: b, at: index) ? find("-->", in: b, from: index + 3)
                    : matches("![cdata[", in: b, at: index) ? find("]]>", in: b, from: index + 8)
                    : find(UInt8(ascii: ">"), in: b, from: index)
                index = end ?? b.count
            case UInt8(ascii: "?"):
                index = find("?>", in: b, from: index) ?? b.count
            case UInt8(ascii: "/"):
                if let element = open.popLast() { close(element) }
            default:
                let tag = readTag(in: b, from: index, entities: entities)
                index = tag.end
                let copiesByHref = tag.name == Array("use".utf8) || tag.name == Array("feimage".utf8)
                var isCopier = tag.setsMarker
                if copiesByHref {
                    for target in tag.hrefs where target.first == UInt8(ascii: "#") {
                        references.append((percentDecoded(Array(target.dropFirst())), start))
                        isCopier = true
                    }
                    if tag.name == Array("use".utf8) { isCopier = true }
                }
                for target in tag.fragmentURLs { references.append((percentDecoded(target), start)) }
                let element = Open(ids: tag.ids, holdsCopier: isCopier)
                if tag.closesItself { close(element) } else { open.append(element) }
            }
        }
        while let element = open.popLast() { close(element) }
        return references.first { idsHoldingCopier.contains($0.target) }?.offset
    }

    /// `bytes` with each `%xx` replaced by its byte, as a browser reads a fragment.
    static func percentDecoded(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "%")) else { return bytes }
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                out.append(lowercased(high << 4 | low))
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// A start tag read for `firstNestedUse`.
    private struct Tag {
        var name: [UInt8] = []
        /// Every attribute named `id`, whatever its prefix.
        var ids: [[UInt8]] = []
        /// Whether it sets a marker (`marker-start`, `marker-mid`, `marker-end`, `marker`, in an
        /// attribute or its style) to a `url(#…)`.
        var setsMarker = false
        /// The values of every `href` attribute, whatever its prefix, decoded and trimmed.
        var hrefs: [[UInt8]] = []
        /// The ids of every `url(#id)` in its attribute values.
        var fragmentURLs: [[UInt8]] = []
        var closesItself = false
        var end = 0
    }

    /// A start tag's local name, `id`, `href`s and `url(#…)` targets, whether it ends in `/>`,
    /// and the position after it. Quoted values may hold '>'.
    private static func readTag(in b: [UInt8], from start: Int, entities: Entities) -> Tag {
        var tag = Tag()
        var index = start
        while index < b.count, isNameByte(b[index]) { index += 1 }
        tag.name = Array(b[start..<index].split(separator: UInt8(ascii: ":")).last ?? [])
        while index < b.count {
            while index < b.count, isSpace(b[index]) { index += 1 }
            guard index < b.count else { break }
            if b[index] == UInt8(ascii: ">") {
                tag.closesItself = index > start && b[index - 1] == UInt8(ascii: "/")
                tag.end = index + 1
                return tag
            }
            let attributeStart = index
            while index < b.count, isNameByte(b[index]) { index += 1 }
            let attribute = b[attributeStart..<index].split(separator: UInt8(ascii: ":")).last.map(Array.init) ?? []
            while index < b.count, isSpace(b[index]) { index += 1 }
            guard index < b.count, b[index] == UInt8(ascii: "=") else {
                if index == attributeStart { index += 1 }  // '/' or a stray byte
                continue
            }
            index += 1
            while index < b.count, isSpace(b[index]) { index += 1 }
            guard index < b.count else { break }
            let quote = b[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
            let valueEnd = find(quote, in: b, from: index + 1) ?? b.count
            let value = trimmedBytes(decodeReferences(Array(b[(index + 1)..<valueEnd]), entities: entities, limit: 65_536, unicode: true) ?? [])
            index = valueEnd + 1
            if attribute == Array("id".utf8) { tag.ids.append(value) }
            if attribute == Array("href".utf8) { tag.hrefs.append(value) }
            let urls = fragmentURLs(in: value)
            tag.fragmentURLs += urls
            if !urls.isEmpty, attribute.starts(with: Array("marker".utf8))
                || (attribute == Array("style".utf8) && find("marker", in: value, from: 0) != nil) {
                tag.setsMarker = true
            }
        }
        tag.end = b.count
        return tag
    }

    /// The ids of the `url(#id)` in `value` (quotes and blanks around the id allowed).
    private static func fragmentURLs(in value: [UInt8]) -> [[UInt8]] {
        var ids: [[UInt8]] = []
        var index = 0
        while let at = find("url(", in: value, from: index) {
            var cursor = at + 4
            while cursor < value.count, isSpace(value[cursor]) || value[cursor] == UInt8(ascii: "\"") || value[cursor] == UInt8(ascii: "'") {
                cursor += 1
            }
            index = cursor
            guard cursor < value.count, value[cursor] == UInt8(ascii: "#") else { continue }
            var end = cursor + 1
            while end < value.count, !isSpace(value[end]), value[end] != UInt8(ascii: ")"),
                  value[end] != UInt8(ascii: "\""), value[end] != UInt8(ascii: "'") { end += 1 }
            ids.append(Array(value[(cursor + 1)..<end]))
            index = end
        }
        return ids
    }

    private static func trimmedBytes(_ value: [UInt8]) -> [UInt8] {
        Array(value.drop { isSpace($0) }.reversed().drop { isSpace($0) }.reversed())
    }
}
