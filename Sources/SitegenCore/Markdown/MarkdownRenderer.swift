import CCmarkGFM
import Foundation

/// Renders a Markdown body through libcmark-gfm, walking cmark's tree to give headings ids,
/// rewrite links to content files into page links, and collect links and images for checking.
public struct MarkdownRenderer: Sendable {
    /// Whether raw HTML in bodies is kept (`markdown: {unsafe: true}` in sitegen.yml).
    public var allowRawHTML: Bool

    /// Creates a renderer.
    /// Serialises cmark-gfm's inline phase; see `render`.
    private static let inlinePhase = NSLock()

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
        Self.registerExtensions
    }

    private static let registerExtensions: Void = { cmark_gfm_core_extensions_ensure_registered() }()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Renders one body.
    /// - Parameters:
    ///   - body: The Markdown after the front matter.
    ///   - file: The content file's path relative to the site folder (`content/a/b.md`).
    ///   - contentPath: The file's path under content/ (`a/b.md`), to resolve relative links.
    ///   - firstLine: The file line of the body's first line.
    ///   - diagnostics: Where problems go.
    public func render(_ body: String, file: String, contentPath: String, firstLine: Int,
                       diagnostics: inout DiagnosticBag) -> RenderedMarkdown {
        if let table = TableLimit.oversizedTable(in: body) {
            // cmark would write every row as wide as the header: the body is not rendered, and
            // the error fails the build.
            let cells = table.columns.multipliedReportingOverflow(by: table.rows).partialValue
            diagnostics.error(.tableTooLarge(columns: table.columns, rows: table.rows, cells: cells, limit: TableLimit.maximumCells),
                              at: SourceLocation(file: file, line: firstLine + table.line, column: 1))
            return RenderedMarkdown(html: "", headings: [], references: [], plainText: "")
        }
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(options) else {
            return RenderedMarkdown(html: "", headings: [], references: [], plainText: "")
        }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var source = body
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        // cmark-gfm keeps the extensions' inline characters (':' and 'w' of autolinks, '~' of
        // strikethrough) in one table for the whole process: each parse adds them when its
        // inlines start and removes them when they end, so another parse running at that moment
        // lost its links and strikethrough (github/cmark-gfm#221). Block parsing (feed) runs
        // on every core; the inline phase (finish) runs one at a time.
        Self.inlinePhase.lock()
        let finished = cmark_parser_finish(parser)
        Self.inlinePhase.unlock()
        guard let document = finished else {
            return RenderedMarkdown(html: "", headings: [], references: [], plainText: "")
        }
        defer { cmark_node_free(document) }

        var walker = TreeWalker(file: file, contentPath: contentPath, firstLine: firstLine, allowRawHTML: allowRawHTML)
        walker.source = body
        walker.walk(document)
        // Headings may not take a footnote's id: cmark makes them from the footnotes' labels,
        // so each definition is rendered alone to read them (rare: only bodies with footnotes).
        var footnoteIDs = Set<String>()
        for definition in walker.footnoteDefinitions {
            guard let rendered = cmark_render_html(definition, options, cmark_parser_get_syntax_extensions(parser)) else { continue }
            footnoteIDs.formUnion(HeadingIDs.footnoteIDs(inHTML: String(cString: rendered)))
            free(rendered)
        }
        walker.assignHeadingIDs(reserving: footnoteIDs)
        walker.reportUnreadMarkdown()
        // The replaced heading nodes must outlive rendering: their text children's literals point
        // into the heading's own buffer (found by the FuzzMarkdown target: heap-use-after-free).
        let replacedHeadings = walker.replaceHeadings() + walker.replaceRawHTML()
        defer { replacedHeadings.forEach { cmark_node_free($0) } }
        diagnostics.merge(walker.diagnostics)

        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return RenderedMarkdown(html: "", headings: walker.headings, references: walker.references, plainText: "")
        }
        defer { free(rendered) }
        var html = String(cString: rendered)
        if html.containsBytes("<input type=\"checkbox\"") {
            // A task list's disabled checkbox has no label; a ballot-box character reads the
            // same to everyone, screen readers included, in any language.
            html = html.replacingBytes("<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
                                       with: "<span class=\"task task-done\">\u{2611}</span>")
                .replacingBytes("<input type=\"checkbox\" disabled=\"\" />", with: "<span class=\"task\">\u{2610}</span>")
        }
        if html.containsBytes("<table>") {
            // A wide table scrolls sideways on a phone (the theme makes it its own scroll box);
            // a keyboard user reaches and scrolls it only if it can take focus (WCAG 2.1.1).
            html = html.replacingBytes("<table>", with: "<table tabindex=\"0\">")
        }
        if html.containsBytes("footnote") {
            html = html.replacingBytes(" id=\"fn", with: " id=\"\(SiteURL.idPrefixMarker)fn")
                .replacingBytes("href=\"#fn", with: "href=\"#\(SiteURL.idPrefixMarker)fn")
        }
        return RenderedMarkdown(html: html, headings: walker.headings, references: walker.references,
                                plainText: walker.plainText.text)
    }
}

/// One pass over cmark's tree; changes to the tree wait until the walk is over.
private struct TreeWalker {
    let file: String
    let contentPath: String
    let firstLine: Int
    let allowRawHTML: Bool
    var diagnostics = DiagnosticBag()
    var headings: [Heading] = []
    var references: [BodyReference] = []
    var plainText = PlainText(limit: SearchIndex.maximumTextLength)
    private var headingNodes: [(node: OpaquePointer, level: Int, id: String)] = []
    /// The slug of each heading's text, in order, until the ids are given after the walk.
    private var headingSlugs: [String] = []
    /// The footnote definitions cmark kept (those that are referred to).
    private(set) var footnoteDefinitions: [OpaquePointer] = []
    /// Raw HTML to show as text (without `markdown: {unsafe: true}`).
    private var rawHTMLNodes: [OpaquePointer] = []
    /// Footnotes cmark leaves as text or drops.
    private var footnotes = FootnoteCheck()
    /// Links cmark leaves as text.
    private var linkSyntax = LinkSyntaxCheck()
    /// The body line of the inline node being visited: the last node's line that cmark gave,
    /// plus the line breaks since (the text cmark writes back in a node's stead has no line).
    private var textLine = 1
    private var previousLevel = 1
    /// The body's text, to correct the few places cmark gets wrong.
    var source = "" {
        didSet {
            columns = CharacterColumns(source: source)
            lines = BodyLines(source: source)
        }
    }
    /// The body's lines, for the autolinks' places (asked for in the order of the text).
    private var lines = BodyLines(source: "")
    /// Columns in characters, not cmark's bytes.
    private var columns = CharacterColumns(source: "")

    init(file: String, contentPath: String, firstLine: Int, allowRawHTML: Bool) {
        self.file = file
        self.contentPath = contentPath
        self.firstLine = firstLine
        self.allowRawHTML = allowRawHTML
    }

    mutating func walk(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let line = Int(cmark_node_get_start_line(node))
            if line > 0 { textLine = line }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING: visitHeading(node)
            case CMARK_NODE_LINK: visitLink(node, isImage: false)
            case CMARK_NODE_IMAGE: visitLink(node, isImage: true)
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                footnoteDefinitions.append(node)
                footnotes.noteKeptDefinition(line: line)
            case CMARK_NODE_TEXT:
                guard let literal = cmark_node_get_literal(node) else { break }
                plainText.append(literal)
                if strchr(literal, Int32(UInt8(ascii: "["))) != nil || strchr(literal, Int32(UInt8(ascii: "]"))) != nil {
                    footnotes.noteText(literal, line: textLine)
                    linkSyntax.noteText(literal, line: textLine)
                }
            case CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { plainText.append(literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                textLine += 1
            case CMARK_NODE_CODE_BLOCK:
                footnotes.noteVerbatim(line...max(line, Int(cmark_node_get_end_line(node))))
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
                    footnotes.noteVerbatim(line...max(line, Int(cmark_node_get_end_line(node))))
                }
                if allowRawHTML {
                    checkRawHTML(node)
                } else {
                    // Shown as text: it is read, and found by the search, as it stands; a comment
                    // is left out (see `replaceRawHTML`).
                    if let literal = cmark_node_get_literal(node), !Self.isComment(literal) { plainText.append(literal) }
                    rawHTMLNodes.append(node)
                }
            default: break
            }
        }
    }

    /// Reports the footnotes and links that cmark left as text or dropped (`FootnoteCheck`,
    /// `LinkSyntaxCheck`), from what the walk noted.
    mutating func reportUnreadMarkdown() {
        let footnoteReport = footnotes.report(for: source)
        if !footnoteReport.findings.isEmpty {
            let locations = footnoteReport.findings.map { bodyLocation(line: $0.line, byteColumn: $0.byteColumn) }
            footnoteReport.report(into: &diagnostics, at: locations)
        }
        for finding in linkSyntax.findings(in: source) {
            finding.report(into: &diagnostics, at: bodyLocation(line: finding.line, byteColumn: finding.byteColumn))
        }
    }

    /// The place of body line `line` (1-based) and byte column `byteColumn`, its column in characters.
    private mutating func bodyLocation(line: Int, byteColumn: Int) -> SourceLocation {
        inCharacters(SourceLocation(file: file, line: line + firstLine - 1, column: byteColumn))
    }

    /// Where `node` starts, its column counted in characters.
    private mutating func location(of node: OpaquePointer) -> SourceLocation {
        inCharacters(byteLocation(of: node))
    }

    /// `location`, whose column counts bytes as cmark's do, with its column in characters.
    private mutating func inCharacters(_ location: SourceLocation) -> SourceLocation {
        var converted = location
        converted.column = columns.column(line: location.line - firstLine + 1, byteColumn: location.column)
        return converted
    }

    /// Where `node` starts, as cmark counts: its column in bytes.
    private func byteLocation(of node: OpaquePointer) -> SourceLocation {
        var line = Int(cmark_node_get_start_line(node))
        var column = Int(cmark_node_get_start_column(node))
        var current: OpaquePointer? = node
        while line == 0, let parent = current.flatMap(cmark_node_parent) {
            line = Int(cmark_node_get_start_line(parent))
            column = Int(cmark_node_get_start_column(parent))
            current = parent
        }
        return SourceLocation(file: file, line: line > 0 ? line + firstLine - 1 : firstLine, column: max(column, 1))
    }

    /// The text of a link node that is an autolink (`<https://…>`, `www.…`, an e-mail
    /// address): its only child is text that is its address. Nil for any other link.
    private static func autolinkText(_ node: OpaquePointer, url: String) -> String? {
        guard let child = cmark_node_first_child(node), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(child) else { return nil }
        let text = String(cString: literal)
        return text == url || "mailto:" + text == url || "http://" + text == url ? text : nil
    }

    /// cmark counts an autolink's column from the start of its paragraph's text: past a
    /// quote's `>` or a list's marker, and on a paragraph's later lines past the end of the line.
    /// The column is looked up in the line itself: the first `<` + address there, else the
    /// address written bare (`www.…`); else cmark's column when it lies on the line, else 1.
    private mutating func autolinkLocation(text: String, url: String, at location: SourceLocation) -> SourceLocation {
        guard let range = lines.range(ofLine: location.line - firstLine + 1) else { return location }
        let bytes = source.utf8
        let lineText = Substring(source[bytes.index(bytes.startIndex, offsetBy: range.lowerBound)..<bytes.index(bytes.startIndex, offsetBy: range.upperBound)])
        let forms = ["<" + url, "<" + text, "[" + text + "](", text]
        // cmark's column is kept where the link is written there (a paragraph's first line
        // outside a quote or list), so the second of two equal links keeps its own column.
        let lineBytes = lineText.utf8
        if location.column <= lineBytes.count {
            let atColumn = Substring(lineBytes.dropFirst(location.column - 1))
            if forms.contains(where: atColumn.hasPrefix) { return location }
        }
        var corrected = location
        if let found = forms.lazy.compactMap({ lineText.range(of: $0) }).first {
            corrected.column = lineBytes.distance(from: lineText.startIndex, to: found.lowerBound) + 1
        } else if location.column > lineBytes.count + 1 {
            corrected.column = 1
        }
        return corrected
    }

    private mutating func visitHeading(_ node: OpaquePointer) {
        let level = Int(cmark_node_get_heading_level(node))
        let text = Self.text(of: node, rawHTMLAsText: !allowRawHTML)
        let location = location(of: node)
        if level == 1 {
            diagnostics.error(.h1InBody(text: text), at: location)
        } else if level > previousLevel + 1 {
            diagnostics.warning(.headingSkip(from: previousLevel, to: level), at: location)
        }
        previousLevel = level
        headingSlugs.append(Suggestions.slug(text))
        headings.append(Heading(level: level, text: text, id: "", location: location))
        headingNodes.append((node, level, ""))
    }

    /// Gives the headings their ids once the walk has seen them all; `reserved` are the body's
    /// other ids (its footnotes').
    mutating func assignHeadingIDs(reserving reserved: Set<String>) {
        var ids = HeadingIDs(reserving: reserved)
        for index in headings.indices {
            let id = ids.id(forSlug: headingSlugs[index])
            headings[index].id = id
            headingNodes[index].id = id
        }
    }

    private mutating func visitLink(_ node: OpaquePointer, isImage: Bool) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        var location = byteLocation(of: node)
        if !isImage, let text = Self.autolinkText(node, url: url) { location = autolinkLocation(text: text, url: url, at: location) }
        location = inCharacters(location)
        if isImage {
            let alt = Self.text(of: node, rawHTMLAsText: !allowRawHTML).trimmingWhitespace()
            if alt.isEmpty {
                diagnostics.error(.missingAlt(url: url), at: location)
            }
        }
        let trimmed = url.trimmingWhitespace()
        // An absolute address ("https:", "mailto:") or a protocol-relative one ("//host/...").
        let scheme = LinkResolver.scheme(of: trimmed)
        if scheme != nil || trimmed.hasPrefix("//") {
            if let scheme, ["javascript", "vbscript", "data"].contains(scheme) {
                diagnostics.error(.unsafeLinkAddress(scheme: scheme), at: location)
                cmark_node_set_url(node, "")
            } else if isImage {
                diagnostics.error(.externalImage(url: url), at: location)
                cmark_node_set_url(node, "")
            }
            return
        }
        switch LinkResolver.resolve(trimmed, from: contentPath) {
        case .success(let resolution) where isImage && resolution.target.isContent:
            diagnostics.error(.imageIsPage(url: url), at: location)
            cmark_node_set_url(node, "")
        case .success(let resolution):
            references.append(BodyReference(target: resolution.target, location: location, isImage: isImage, written: url))
            cmark_node_set_url(node, resolution.href)
        case .failure(let failure):
            diagnostics.error(failure.problem, at: location)
            cmark_node_set_url(node, "")
        }
    }

    /// Raw HTML (kept with `markdown: {unsafe: true}`) may not carry a `javascript:`,
    /// `vbscript:` or `data:` address either: such a piece of HTML is dropped with an error.
    /// Browsers ignore blanks and control characters inside a scheme and read character
    /// references, so both are undone before looking.
    private mutating func checkRawHTML(_ node: OpaquePointer) {
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

    /// Replaces each heading by custom nodes that write `<hN id="...">`: cmark-gfm's HTML renderer
    /// has no hook for a heading's attributes, but prints a custom block's enter and exit text as is.
    /// Returns the unlinked heading nodes, which the caller frees after rendering.
    mutating func replaceHeadings() -> [OpaquePointer] {
        var replaced: [OpaquePointer] = []
        for (node, level, id) in headingNodes {
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK),
                  let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            cmark_node_set_on_enter(block, "")
            cmark_node_set_on_exit(block, "")
            let tag = "h\(min(max(level, 1), 6))"
            cmark_node_set_on_enter(inline, "<\(tag) id=\"\(SiteURL.idPrefixMarker)\(HTML.escape(id))\">")
            cmark_node_set_on_exit(inline, "</\(tag)>")
            while let child = cmark_node_first_child(node) {
                cmark_node_unlink(child)
                cmark_node_append_child(inline, child)
            }
            cmark_node_append_child(block, inline)
            cmark_node_replace(node, block)
            replaced.append(node)
        }
        headingNodes.removeAll()
        return replaced
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

    /// The text of a node's subtree without markup; with `rawHTMLAsText`, raw HTML counts as
    /// text, as it is shown.
    static func text(of node: OpaquePointer, rawHTMLAsText: Bool) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_HTML_INLINE where rawHTMLAsText:
                if let literal = cmark_node_get_literal(child), !isComment(literal) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default: break
            }
        }
        return text.trimmingWhitespace()
    }
}
