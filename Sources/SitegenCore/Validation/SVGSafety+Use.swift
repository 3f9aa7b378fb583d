// `<use>` copies what it points to; a copy that holds `<use>` elements copies again, so ten of
// them a level grow a small picture tenfold a level in browsers and in WeasyPrint.

extension SVGSafety {
    /// The offset of the first `<use>` that points to an element that is, or holds, a `<use>`;
    /// nil when every `<use>` points to plain drawing. Reads the elements' nesting from the
    /// tags, in one pass.
    static func firstNestedUse(in b: [UInt8]) -> Int? {
        struct Open {
            let id: [UInt8]?
            var holdsUse: Bool
        }
        var open: [Open] = []
        var idsHoldingUse = Set<[UInt8]>()
        var uses: [(target: [UInt8], offset: Int)] = []
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
                let tag = readTag(in: b, from: index)
                index = tag.end
                let isUse = tag.name == Array("use".utf8)
                if isUse, let target = tag.href, target.first == UInt8(ascii: "#") {
                    uses.append((Array(target.dropFirst()), start))
                }
                let element = Open(id: tag.id, holdsUse: isUse)
                if tag.closesItself { close(element) } else { open.append(element) }
            }
        }
        while let element = open.popLast() { close(element) }
        return uses.first { idsHoldingUse.contains($0.target) }?.offset
    }

    /// A start tag's local name, its `id` and `href` (any prefix), whether it ends in `/>`, and
    /// the position after it. Quoted values may hold '>'.
    private static func readTag(in b: [UInt8], from start: Int) -> (name: [UInt8], id: [UInt8]?, href: [UInt8]?, closesItself: Bool, end: Int) {
        var index = start
        while index < b.count, isNameByte(b[index]) { index += 1 }
        let name = Array(b[start..<index].split(separator: UInt8(ascii: ":")).last ?? [])
        var id: [UInt8]?
        var href: [UInt8]?
        while index < b.count {
            while index < b.count, isSpace(b[index]) { index += 1 }
            guard index < b.count else { break }
            if b[index] == UInt8(ascii: ">") {
                return (name, id, href, index > start && b[index - 1] == UInt8(ascii: "/"), index + 1)
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
            let value = Array(b[(index + 1)..<valueEnd])
            index = valueEnd + 1
            if attribute == Array("id".utf8) { id = value }
            if attribute == Array("href".utf8) { href = trimmedBytes(value) }
        }
        return (name, id, href, false, b.count)
    }

    private static func trimmedBytes(_ value: [UInt8]) -> [UInt8] {
        Array(value.drop { isSpace($0) }.reversed().drop { isSpace($0) }.reversed())
    }
}
