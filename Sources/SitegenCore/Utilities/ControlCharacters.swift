/// The invisible control characters no front-matter value may hold: the C0 controls but tab,
/// line feed and carriage return, DEL, the C1 controls (U+0085 among them) and the Unicode line
/// and paragraph separators (U+2028, U+2029), which YAML counts as line breaks. Word's
/// Shift+Enter writes U+000B.
enum ControlCharacters {
    /// Whether `scalar` is one of them.
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whether `text` may hold one: a pass over its bytes that every front matter takes, so it
    /// looks at each byte once and reads the few multi-byte forms (C1 is 0xC2 0x80–0x9F, the
    /// separators 0xE2 0x80 0xA8/0xA9) only where their first byte stands.
    static func mayOccur(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte == 0xC2 {
                    if index + 1 < count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F { return true }
                } else if byte == 0xE2 {
                    if index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// The first one in `text`, if any.
    static func first(in text: String) -> Unicode.Scalar? {
        guard mayOccur(in: text) else { return nil }
        return text.unicodeScalars.first(where: contains)
    }
}
