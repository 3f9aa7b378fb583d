/// Text that is safe to print on a terminal, in a CI log or on a page, whatever a file name or a
/// quoted value holds. A name is the writer's to choose: one with ESC or BEL in it can move the
/// cursor, recolour or rewrite a terminal or a CI log, a line break or a carriage return can forge
/// a line, and a bidirectional control reorders what is shown (`evil\u{202E}gnp.exe` reads as
/// `evilexe.png`). Every text sitegen prints about the writer's files goes through `escaped`.
package enum PrintableText {
    /// Whether `scalar` must not be printed as itself: the C0 controls (line feed, carriage
    /// return and tab among them), DEL, the C1 controls, the line and paragraph separators
    /// (U+2028, U+2029) and the bidirectional controls and marks: the Arabic letter mark (U+061C),
    /// the left-to-right and right-to-left marks (U+200E, U+200F), the embeddings and overrides
    /// (U+202A–U+202E) and the isolates (U+2066–U+2069).
    package static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` with each character `needsEscape` picks written as a visible escape: `\n`, `\r` and
    /// `\t` for the line feed, the carriage return and the tab, `\u{1B}`, `\u{202E}` and so on for
    /// the rest (hexadecimal, upper-case). Other text, letters like æøå and emoji among it, is left
    /// as it is, so ordinary text comes out unchanged.
    /// - Parameters:
    ///   - text: The text.
    ///   - keepingLineBreaks: Leave the line feed as it is, for a text of several lines whose
    ///     values were escaped already (a command line's own message); a carriage return, which
    ///     can hide the start of a line, is escaped all the same.
    package static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        // Fast path: every such character starts with a byte below 0x20, 0x7F, or the lead byte
        // 0xC2 (C1), 0xD8 (U+061C) or 0xE2 (U+200E to U+2069).
        guard text.containsByte(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }),
              text.unicodeScalars.contains(where: { needsEscape($0) && !(keepingLineBreaks && $0 == "\n") }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where keepingLineBreaks: result.unicodeScalars.append(scalar)
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
