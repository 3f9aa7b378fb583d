/// Characters a writer cannot see that Word and web pages paste along: zero-width spaces and
/// joiners, the word joiner, a byte-order mark inside text, the soft hyphen. In a key, a file
/// name or a link they make a name that looks right and matches nothing.
enum InvisibleCharacters {
    /// Whether `scalar` is one of them.
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// The first one in `text`, written as "U+200B", or nil.
    static func first(in text: String) -> String? {
        guard text.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }),
              let scalar = text.unicodeScalars.first(where: contains) else { return nil }
        return scalar.codePointName
    }

    /// `text` without them.
    static func removed(from text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !contains($0) }))
    }
}

extension Unicode.Scalar {
    /// The scalar's name in a diagnostic: "U+000B", "U+200B".
    var codePointName: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
