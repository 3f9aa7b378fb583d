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
        let before = rawHTMLState
        let problem: Problem
        if let scheme = Self.dangerousScheme(in: html, state: &rawHTMLState) {
            problem = .unsafeRawHTML(scheme: scheme)
        } else if rawHTMLState.endsInsideTag {
            // The text after it would become the tag's attributes, out of sight of the checks
            // above (`<a title="` and a blank line, then `javascript:…` in a paragraph).
            problem = .rawHTMLEndsInsideTag
            rawHTMLState = before
        } else {
            return
        }
        cmark_node_set_literal(node, "")
        // One hostile line is one mistake: its other pieces are dropped without a second error.
        let place = location(of: node)
        guard place.line != lastRawHTMLErrorLine else { return }
        lastRawHTMLErrorLine = place.line
        diagnostics.error(problem, at: place)
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

    /// The dangerous scheme a piece of HTML mentions, if any: after a '=' or a CSS `url(`
    /// anywhere (the first check, which knows nothing of tags), or where an attribute holds an
    /// address (`RawHTMLAttributes`), read from where the pieces before left the browser.
    static func dangerousScheme(in html: String, state: inout RawHTMLAttributes.State) -> String? {
        let lowercased = html.lowercased()
        let text = CharacterReferences.decode(lowercased)
        let squeezed = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value > 0x20 }))
        // Only as an attribute value or a CSS url(): "data:" in running text is harmless.
        for scheme in ["javascript", "vbscript", "data"] {
            for lead in ["=\"", "='", "=", "url(", "url(\"", "url('"] where squeezed.contains(lead + scheme + ":") {
                return scheme
            }
        }
        return RawHTMLAttributes.dangerousScheme(in: lowercased, state: &state)
    }

    /// Replaces each piece of raw HTML by text that shows it as written, escaped like any other
    /// text: an inline piece by a text node, a block by a paragraph whose lines are kept apart
    /// by line breaks. HTML comments in it are left out; a piece that is nothing else goes.
    /// Returns the unlinked nodes, which the caller frees after rendering.
    mutating func replaceRawHTML() -> [OpaquePointer] {
        var replaced: [OpaquePointer] = []
        for node in rawHTMLNodes {
            guard let pointer = cmark_node_get_literal(node) else { continue }
            // An HTML comment is a note to whoever edits the file (Pandoc also writes "<!-- -->"
            // between two lists when it converts from Word): it is left out of the page, but
            // the text after it on its line (which cmark counts to the HTML block) is not.
            let literal = Self.withoutComments(String(cString: pointer))
            let isInline = cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE
            if isInline ? literal.isEmpty : literal.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
                cmark_node_unlink(node)
                replaced.append(node)
                continue
            }
            guard let replacement = isInline ? Self.textNode(literal) : Self.paragraph(showing: literal) else { continue }
            if cmark_node_replace(node, replacement) != 0 {
                replaced.append(node)
            } else {
                cmark_node_free(replacement)
            }
        }
        rawHTMLNodes.removeAll()
        return replaced
    }

    /// Raw HTML without its comments: from each `<!--` to the next `-->`, or to the end when
    /// none follows (cmark ends an HTML block that starts a comment only at a `-->`).
    /// Searched and built in bytes: a line of thousands of comments is one HTML block, and
    /// `range(of:)` from a moving start read the whole block at each comment.
    static func withoutComments(_ html: String) -> String {
        guard html.containsBytes("<!--") else { return html }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var copied = 0
        while let start = bytes.firstOffset(of: commentStart, from: copied) {
            out.append(contentsOf: bytes[copied..<start])
            guard let end = bytes.firstOffset(of: commentEnd, from: start + commentStart.count) else {
                return String(decoding: out, as: UTF8.self)
            }
            copied = end + commentEnd.count
        }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }

    private static let commentStart = Array("<!--".utf8)
    private static let commentEnd = Array("-->".utf8)

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
