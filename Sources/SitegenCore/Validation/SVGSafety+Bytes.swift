// The byte-level reading the checks share: references, names, searches and lines.

extension SVGSafety {
    // MARK: Bytes

    /// Character references decoded: `&#60;`, `&#x3c;` and the five named ones become the ASCII
    /// character (lower-cased; a line break becomes a space, so lines keep their numbers); a
    /// reference to any other character becomes 0x80, which matches nothing. A reference to
    /// one of `entities` becomes its value, line breaks as spaces. Nil when the result would
    /// pass `limit` bytes. With `unicode`, a reference beyond ASCII becomes the character's
    /// UTF-8 bytes, as an id written `&#233;` is the same as one written `é`.
    static func decodeReferences(_ b: [UInt8], entities: Entities = [:], limit: Int = .max, unicode: Bool = false) -> [UInt8]? {
        guard b.contains(UInt8(ascii: "&")) else { return b }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var index = 0
        while index < b.count {
            guard b[index] == UInt8(ascii: "&") else {
                out.append(b[index])
                index += 1
                continue
            }
            if let (value, length) = reference(in: b, at: index) {
                if unicode, value >= 0x80, let scalar = Unicode.Scalar(value) {
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    index += length
                    continue
                }
                let byte = value < 0x80 ? lowercased(UInt8(value)) : 0x80
                out.append(byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") ? UInt8(ascii: " ") : byte)
                index += length
            } else if let (value, length) = entityReference(in: b, at: index, entities: entities) {
                out.append(contentsOf: value.lazy.map { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") ? UInt8(ascii: " ") : $0 })
                index += length
            } else {
                out.append(b[index])
                index += 1
            }
            if out.count > limit { return nil }
        }
        return out
    }

    /// The value of the entity referred to at `start` (which is '&') and the reference's length.
    private static func entityReference(in b: [UInt8], at start: Int, entities: Entities) -> (value: [UInt8], length: Int)? {
        guard !entities.isEmpty else { return nil }
        var end = start + 1
        while end < b.count, end - start <= 256, isNameByte(b[end]) { end += 1 }
        guard end < b.count, b[end] == UInt8(ascii: ";"), let value = entities[Array(b[(start + 1)..<end])] else { return nil }
        return (value, end + 1 - start)
    }

    /// The character of the reference at `start` (which is '&') and its length; nil if none.
    static func reference(in b: [UInt8], at start: Int) -> (value: UInt32, length: Int)? {
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

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    static func isAttributeBoundary(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "/")
    }

    /// XML names are Unicode: any byte of a character beyond ASCII is part of a name, so a
    /// prefix such as `ä:` or one with U+00B7 does not hide the local name after it.
    static func isNameStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || byte >= 0x80
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    static func trimmed(_ text: String) -> String {
        // Browsers drop spaces and control characters around an address (and tabs and line
        // breaks inside it, which do not matter for the first character).
        String(text.unicodeScalars.drop { $0.value <= 0x20 }.reversed().drop { $0.value <= 0x20 }.reversed().map(Character.init))
    }

    static func find(_ byte: UInt8, in b: [UInt8], from start: Int) -> Int? {
        guard start < b.count else { return nil }
        return b[start...].firstIndex(of: byte)
    }

    static func find(_ word: String, in b: [UInt8], from start: Int) -> Int? {
        let bytes = Array(word.utf8)
        guard let first = bytes.first else { return nil }
        var index = start
        while let at = find(first, in: b, from: index) {
            if matches(bytes, in: b, at: at) { return at }
            index = at + 1
        }
        return nil
    }

    static func matches(_ word: String, in b: [UInt8], at start: Int) -> Bool {
        matches(Array(word.utf8), in: b, at: start)
    }

    static func matches(_ word: [UInt8], in b: [UInt8], at start: Int) -> Bool {
        guard start >= 0, start + word.count <= b.count else { return false }
        return b[start..<(start + word.count)].elementsEqual(word)
    }

    /// The 1-based line of `offset`.
    static func line(of offset: Int, in b: [UInt8]) -> Int {
        b[..<min(offset, b.count)].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
