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
    static func dangerousScheme(in css: String, anywhere: Bool) -> String? {
        let text = RawHTMLAttributes.squeeze(Substring(unescaped(css).lowercased()))
        for scheme in RawHTMLAttributes.schemes {
            let written = scheme + ":"
            var rest = Substring(text)
            while let found = rest.range(of: written) {
                let before = text[..<found.lowerBound]
                if before.hasSuffix("url(") || before.hasSuffix("url(\"") || before.hasSuffix("url('") { return scheme }
                if anywhere, !(before.last.map(isNameCharacter) ?? false) { return scheme }
                rest = text[found.upperBound...]
            }
        }
        return nil
    }

    /// Whether `character` can be part of a CSS name (so a scheme right after it is no address).
    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_" || !character.isASCII
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
