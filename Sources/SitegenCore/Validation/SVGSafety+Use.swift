// `<use>` copies what it points to; a copy that holds `<use>` elements copies again, so ten of
// them a level grow a small picture tenfold a level in browsers and in WeasyPrint.

extension SVGSafety {
    /// The offset of the first reference to an element that is, or holds, a `<use>`: from a
    /// `<use>` (any of its `href`s, whatever the prefix) or from a `url(#id)` in any attribute (a
    /// pattern or marker that holds a `<use>` is drawn again wherever it is used). Nil when every
    /// such reference points to plain drawing. Reads the elements' nesting from the tags in one
    /// pass; ids and references are compared with references and the picture's entities decoded.
    static func firstNestedUse(in b: [UInt8], entities: Entities) -> Int? {
        struct Open {
            let id: [UInt8]?
            var holdsUse: Bool
        }
        var open: [Open] = []
        var idsHoldingUse = Set<[UInt8]>()
        var references: [(target: [UInt8], offset: Int)] = []
        func close(_ element: Open) {
            guard element.holdsUse else { return }
            if let id = element.id { idsHoldingUse.insert(id) }
            if !open.isEmpty { open[open.count - 1].holdsUse = true }
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
                let isUse = tag.name == Array("use".utf8)
                if isUse {
                    for target in tag.hrefs where target.first == UInt8(ascii: "#") { references.append((Array(target.dropFirst()), start)) }
                }
                for target in tag.fragmentURLs { references.append((target, start)) }
                let element = Open(id: tag.id, holdsUse: isUse)
                if tag.closesItself { close(element) } else { open.append(element) }
            }
        }
        while let element = open.popLast() { close(element) }
        return references.first { idsHoldingUse.contains($0.target) }?.offset
    }

    /// A start tag read for `firstNestedUse`.
    private struct Tag {
        var name: [UInt8] = []
        var id: [UInt8]?
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
            let value = trimmedBytes(decodeReferences(Array(b[(index + 1)..<valueEnd]), entities: entities, limit: 65_536) ?? [])
            index = valueEnd + 1
            if attribute == Array("id".utf8) { tag.id = value }
            if attribute == Array("href".utf8) { tag.hrefs.append(value) }
            tag.fragmentURLs += fragmentURLs(in: value)
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
