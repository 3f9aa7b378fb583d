/// Characters a writer cannot see that Word and web pages paste along: zero-width spaces and
/// joiners, the word joiner, a byte-order mark inside text, the soft hyphen. In a key, a file
/// name or a link they make a name that looks right and matches nothing.
public enum InvisibleCharacters {
    /// Whether `scalar` is one of them.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// The first one in `text`, written as "U+200B", or nil.
    public static func first(in text: String) -> String? {
        guard text.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }),
              let scalar = text.unicodeScalars.first(where: contains) else { return nil }
        return "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    }

    /// `text` without them.
    public static func removed(from text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !contains($0) }))
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
