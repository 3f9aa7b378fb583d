// Text of raw HTML as a browser reads it before it looks at an address: character references
// in HTML, and escapes and comments in CSS.

/// Character references as browsers read them in raw HTML.
enum CharacterReferences {
    /// `text` (lowercased) with its character references undone: numeric ones with or without
    /// their ';' ("&#58" is a ':' as much as "&#58;"), and the named ones that can hide a scheme
    /// or split a list of addresses. A name matched in small letters stands for all its spellings
    /// ("&NewLine;", "&Tab;"); that reads a few more as references than browsers do, never fewer.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var decoded = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            decoded += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let (scalar, end) = numericReference(in: after) ?? namedReference(in: after) {
                decoded.unicodeScalars.append(scalar)
                rest = after[end...]
                continue
            }
            decoded += "&"
            rest = after
        }
        return decoded + rest
    }

    /// The character of a numeric reference at the start of `text` (after its '&'): "#58",
    /// "#x3a", with or without a closing ';', and where the text after it starts.
    private static func numericReference(in text: Substring) -> (Unicode.Scalar, Substring.Index)? {
        guard text.first == "#" else { return nil }
        var digits = text.dropFirst()
        let hex = digits.first == "x"
        if hex { digits = digits.dropFirst() }
        let number = digits.prefix { hex ? $0.isHexDigit : ("0"..."9").contains($0) }
        guard !number.isEmpty else { return nil }
        var end = number.endIndex
        if end < text.endIndex, text[end] == ";" { end = text.index(after: end) }
        // A number past Unicode reads as U+FFFD in a browser: harmless, like any other letter.
        let significant = number.drop { $0 == "0" }
        let value = significant.count > 8 ? nil : UInt32(significant.isEmpty ? "0" : significant, radix: hex ? 16 : 10)
        return (value.flatMap(Unicode.Scalar.init) ?? "\u{FFFD}", end)
    }

    private static let named: [(String, Unicode.Scalar)] = [
        ("colon;", ":"), ("tab;", "\t"), ("newline;", "\n"), ("semi;", ";"), ("comma;", ","), ("lpar;", "("),
        ("rpar;", ")"), ("bsol;", "\\"), ("quot;", "\""), ("apos;", "'"), ("sol;", "/"), ("ast;", "*"),
    ]

    /// The character of a named reference at the start of `text` (after its '&').
    private static func namedReference(in text: Substring) -> (Unicode.Scalar, Substring.Index)? {
        for (name, scalar) in named where text.hasPrefix(name) {
            return (scalar, text.index(text.startIndex, offsetBy: name.count))
        }
        return nil
    }
}

/// CSS in an attribute (`style`, or `fill="url(…)"`) as a browser reads it.
enum CSS {
    /// The dangerous scheme of an address in `css` (lowercased, its character references
    /// undone): in `url(…)`, or with `anywhere` (a `style` attribute) wherever one starts a
    /// token (`image-set("data:…")`), its escapes ("\6a", "\:") and comments undone.
    /// Searched in bytes: a long attribute may name a scheme thousands of times (`a-data:`), and
    /// `range(of:)` from a moving start read the whole text at each.
    static func dangerousScheme(in css: String, anywhere: Bool) -> String? {
        let text = Array(RawHTMLAttributes.squeeze(Substring(unescaped(css).lowercased())).utf8)
        for (scheme, written) in schemesWritten {
            var from = 0
            while let found = text.firstOffset(of: written, from: from) {
                if urlOpenings.contains(where: { text.hasBytes($0, endingAt: found) }) { return scheme }
                if anywhere, !(found > 0 && isNameByte(text[found - 1])) { return scheme }
                from = found + written.count
            }
        }
        return nil
    }

    /// Each scheme with the bytes of its name and ':'.
    private static let schemesWritten: [(String, [UInt8])] = RawHTMLAttributes.schemes.map { ($0, Array(($0 + ":").utf8)) }
    /// What opens an address in CSS.
    private static let urlOpenings: [[UInt8]] = ["url(", "url(\"", "url('"].map { Array($0.utf8) }

    /// Whether `byte`, the last of the text before a scheme, ends a CSS name (so the scheme is no
    /// address): an ASCII letter, digit, '-' or '_', or the last byte of a non-ASCII character.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return true }
        let folded = byte | 0x20  // an ASCII letter in small letters
        if folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z") { return true }
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
        return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// `css` with its comments left out and its escapes undone: "\6a " and "\00006a" are 'j',
    /// "\:" is ':', a backslash before a line feed is nothing.
    static func unescaped(_ css: String) -> String {
        guard css.contains("\\") || css.contains("/*") else { return css }
        let scalars = Array(css.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "/", i + 1 < scalars.count, scalars[i + 1] == "*" {
                i += 2
                while i < scalars.count, !(scalars[i] == "*" && i + 1 < scalars.count && scalars[i + 1] == "/") { i += 1 }
                i += 2
                continue
            }
            guard scalar == "\\", i + 1 < scalars.count else {
                out.append(scalar)
                i += 1
                continue
            }
            var end = i + 1
            while end < scalars.count, end - i <= 6, scalars[end].properties.isASCIIHexDigit { end += 1 }
            if end > i + 1 {
                let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 1)..<end])), radix: 16) ?? 0xFFFD
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                if end < scalars.count, [" ", "\t", "\n", "\r", "\u{0C}"].contains(scalars[end]) { end += 1 }
                i = end
            } else {
                if scalars[i + 1] != "\n" { out.append(scalars[i + 1]) }
                i += 2
            }
        }
        return String(out)
    }
}
