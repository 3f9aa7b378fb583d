internal import CCmarkGFM
import Foundation

// What becomes of raw HTML in a body: without `markdown: {unsafe: true}` it is shown as text
// (a comment is left out); with it, it is kept, without dangerous addresses or tags.

extension MarkdownTreeWalker {
    /// Raw HTML (kept with `markdown: {unsafe: true}`) may not carry a `javascript:`,
    /// `vbscript:` or `data:` address either: such a piece of HTML is dropped with an error.
    /// Browsers ignore blanks and control characters inside a scheme and read character
    /// references, so both are undone before looking.
    mutating func checkRawHTML(_ node: OpaquePointer) {
        guard let literal = cmark_node_get_literal(node) else { return }
        var html = String(cString: literal)
        // GFM's tagfilter misses a tag name ended by a form feed ("<script\u{0C}>"), which
        // browsers read as a script element (found by FuzzMarkdown): escape such tags here.
        if let filtered = Self.filterTags(in: html) {
            html = filtered
            cmark_node_set_literal(node, html)
        }
        guard let scheme = Self.dangerousScheme(in: html) else { return }
        diagnostics.error(.unsafeRawHTML(scheme: scheme), at: location(of: node))
        cmark_node_set_literal(node, "")
    }

    /// The tags GFM's tagfilter disallows.
    private static let filteredTags = ["script", "style", "iframe", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"]

    /// `html` with the `<` of every disallowed tag (`<script`, `</style` ...) written as `&lt;`,
    /// whatever ends the tag name; nil when there is none.
    static func filterTags(in html: String) -> String? {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        var changed = false
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x3C {
                var j = i + 1
                if j < bytes.count && bytes[j] == 0x2F { j += 1 }
                var k = j
                while k < bytes.count, let c = Optional(bytes[k] | 0x20), c >= 0x61 && c <= 0x7A { k += 1 }
                let name = String(decoding: bytes[j..<k].map { $0 | 0x20 }, as: UTF8.self)
                let ended = k == bytes.count || !((bytes[k] | 0x20) >= 0x61 && (bytes[k] | 0x20) <= 0x7A) && !(bytes[k] >= 0x30 && bytes[k] <= 0x39)
                if ended && filteredTags.contains(name) {
                    out.append(contentsOf: Array("&lt;".utf8))
                    changed = true
                    i += 1
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : nil
    }

    /// The dangerous scheme a piece of HTML mentions, if any.
    static func dangerousScheme(in html: String) -> String? {
        var text = html.lowercased()
        if text.contains("&") {
            // Character references as browsers read them: numeric ones with or without their
            // ';' ("&#58" is a ':' as much as "&#58;"), and the named ones for ':' and blanks.
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
            text = decoded + rest
        }
        let squeezed = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value > 0x20 }))
        // Only as an attribute value or a CSS url(): "data:" in running text is harmless.
        for scheme in ["javascript", "vbscript", "data"] {
            for lead in ["=\"", "='", "=", "url(", "url(\"", "url('"] where squeezed.contains(lead + scheme + ":") {
                return scheme
            }
        }
        return nil
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

    /// The character of a named reference that can hide a scheme ("colon;", "tab;", "newline;").
    private static func namedReference(in text: Substring) -> (Unicode.Scalar, Substring.Index)? {
        for (name, scalar) in [("colon;", Unicode.Scalar(":")), ("tab;", " "), ("newline;", " ")] where text.hasPrefix(name) {
            return (scalar, text.index(text.startIndex, offsetBy: name.count))
        }
        return nil
    }

    /// Replaces each piece of raw HTML by text that shows it as written, escaped like any other
    /// text: an inline piece by a text node, a block by a paragraph whose lines are kept apart
    /// by line breaks. Returns the unlinked nodes, which the caller frees after rendering.
    mutating func replaceRawHTML() -> [OpaquePointer] {
        var replaced: [OpaquePointer] = []
        for node in rawHTMLNodes {
            guard let pointer = cmark_node_get_literal(node) else { continue }
            // An HTML comment is a note to whoever edits the file (Pandoc also writes "<!-- -->"
            // between two lists when it converts from Word): it is left out of the page.
            if Self.isComment(pointer) {
                cmark_node_unlink(node)
                replaced.append(node)
                continue
            }
            let literal = String(cString: pointer)
            let replacement: OpaquePointer?
            if cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE {
                replacement = Self.textNode(literal)
            } else {
                replacement = Self.paragraph(showing: literal)
            }
            guard let replacement else { continue }
            if cmark_node_replace(node, replacement) != 0 {
                replaced.append(node)
            } else {
                cmark_node_free(replacement)
            }
        }
        rawHTMLNodes.removeAll()
        return replaced
    }

    /// True when a piece of raw HTML (cmark's literal) is an HTML comment, `<!-- ... -->`.
    static func isComment(_ literal: UnsafePointer<CChar>) -> Bool {
        var pointer = literal
        while pointer.pointee == 0x20 || pointer.pointee == 0x09 { pointer += 1 }
        return strncmp(pointer, "<!--", 4) == 0
    }

    /// A new text node holding `literal`.
    private static func textNode(_ literal: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, literal)
        return node
    }

    /// A new paragraph showing a block of raw HTML line by line.
    private static func paragraph(showing html: String) -> OpaquePointer? {
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { return nil }
        var lines = html.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            if index > 0, let lineBreak = cmark_node_new(CMARK_NODE_LINEBREAK) {
                cmark_node_append_child(paragraph, lineBreak)
            }
            if let text = textNode(String(line)) { cmark_node_append_child(paragraph, text) }
        }
        return paragraph
    }
}
