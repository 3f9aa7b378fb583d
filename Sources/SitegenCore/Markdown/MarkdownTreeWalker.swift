internal import CCmarkGFM
import Foundation

/// One pass over cmark's tree; changes to the tree wait until the walk is over.
struct MarkdownTreeWalker {
    let file: String
    let contentPath: String
    let firstLine: Int
    let allowRawHTML: Bool
    var diagnostics = DiagnosticBag()
    var headings: [Heading] = []
    var references: [BodyReference] = []
    var plainText = PlainText(limit: PlainText.searchTextLimit)
    /// The heading nodes with their levels and ids, which `replaceHeadings` replaces after the walk.
    var headingNodes: [(node: OpaquePointer, level: Int, id: String)] = []
    /// The slug of each heading's text, in order, until the ids are given after the walk.
    private var headingSlugs: [String] = []
    /// The footnote definitions cmark kept (those that are referred to).
    private(set) var footnoteDefinitions: [OpaquePointer] = []
    /// The items of task lists, with whether each is checked, for `replaceTaskBoxes`.
    var taskItems: [(node: OpaquePointer, checked: Bool)] = []
    /// Raw HTML to show as text (without `markdown: {unsafe: true}`).
    var rawHTMLNodes: [OpaquePointer] = []
    /// How a browser reads the next piece of kept raw HTML (with `markdown: {unsafe: true}`).
    var rawHTMLState = RawHTMLAttributes.State()
    /// The line of the last raw-HTML error, so that one line gets one.
    var lastRawHTMLErrorLine = 0
    /// The custom nodes that write the headings' tags, with each heading's level and id.
    var headingTags: [(node: OpaquePointer, level: Int, id: String)] = []
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
            autolinks = AutolinkColumns(source: source)
        }
    }
    /// Where the autolinks are on their lines (asked for in the order of the text).
    var autolinks = AutolinkColumns(source: "")
    /// Columns in characters, not cmark's bytes.
    var columns = CharacterColumns(source: "")

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
            case CMARK_NODE_ITEM:
                if let tasklist = Self.tasklist, cmark_node_get_syntax_extension(node) == tasklist {
                    taskItems.append((node, cmark_gfm_extensions_get_tasklist_item_checked(node)))
                }
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
                    if let literal = cmark_node_get_literal(node) {
                        if strstr(literal, "<!--") != nil {
                            Self.withoutComments(String(cString: literal)).withCString { plainText.append($0) }
                        } else {
                            plainText.append(literal)
                        }
                    }
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
            // cmark empties a 'file:' address too (its list of unsafe ones), which left the
            // link dead without a word: reported like the others.
            if let scheme, Self.unsafeSchemes.contains(scheme) {
                diagnostics.error(.unsafeLinkAddress(scheme: scheme), at: location)
                cmark_node_set_url(node, "")
            } else if scheme == "mailto", !isImage, !Self.isPlainMailto(trimmed) {
                // `mailto:a?cc=x@evil.example`: what follows the address becomes headers.
                diagnostics.error(.mailtoLinkNotAnAddress(url: url), at: location)
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

    /// The schemes a link in a body may not have; cmark's safe mode empties each of them.
    static let unsafeSchemes: Set<String> = ["javascript", "vbscript", "data", "file"]

    /// True when `url` (a `mailto:` address, trimmed) is `mailto:` and one address, nothing
    /// more: no `?` with headers (`cc`, `bcc`, `subject`, `body`), no `&`, `=`, `%` or `#`, no
    /// second address after `,` or `;`. The address itself is not judged further: GFM's own
    /// autolinks (`a.b-c_d@a.b`) would fail `Validators.isEmail`, and a wrong address hurts no one.
    static func isPlainMailto(_ url: String) -> Bool {
        let address = url.utf8.dropFirst("mailto:".utf8.count)
        return address.contains(UInt8(ascii: "@"))
            && !address.contains(where: { $0 <= 0x20 || $0 == 0x7F || Self.mailtoHeaderBytes.contains($0) })
    }

    /// The bytes that give a `mailto:` link more than its address.
    static let mailtoHeaderBytes: Set<UInt8> = Set("?&=%#,;".utf8)

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
                if let literal = cmark_node_get_literal(child) { text += withoutComments(String(cString: literal)) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default: break
            }
        }
        return text.trimmingWhitespace()
    }
}
