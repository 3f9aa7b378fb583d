internal import CCmarkGFM
import Foundation

// The changes to the HTML cmark writes: headings that carry their ids and, after rendering,
// task-list checkboxes, tables that take focus, and footnote ids with the page's id prefix.

extension MarkdownRenderer {
    /// cmark's HTML of a body with sitegen's changes.
    static func patched(_ rendered: String, footnoteIDs: Set<String>) -> String {
        var html = rendered
        if html.containsBytes("<table>") {
            // A wide table scrolls sideways on a phone (the theme makes it its own scroll box);
            // a keyboard user reaches and scrolls it only if it can take focus (WCAG 2.1.1).
            html = html.replacingBytes("<table>", with: "<table tabindex=\"0\">")
        }
        if !footnoteIDs.isEmpty {
            // Only the ids cmark gave the body's footnotes (`fn-1`, `fnref-1`), as cmark writes
            // them: a writer's own `id="fnord"` is not one.
            html = prefixing(footnoteIDs, after: " id=\"", in: html)
            html = prefixing(footnoteIDs, after: "href=\"#", in: html)
        }
        return html
    }

    /// `html` with the id-prefix marker after each `lead` whose value (up to its quote) is one of `ids`.
    /// Searched and built in bytes: a body with thousands of footnote references has as many
    /// leads, and `range(of:)` from a moving start read the whole text at each one.
    private static func prefixing(_ ids: Set<String>, after lead: String, in html: String) -> String {
        let bytes = Array(html.utf8)
        let lead = Array(lead.utf8)
        let marker = Array(SiteURL.idPrefixMarker.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 3 * ids.count)
        var copied = 0
        while let found = bytes.firstOffset(of: lead, from: copied) {
            let valueStart = found + lead.count
            out.append(contentsOf: bytes[copied..<valueStart])
            copied = valueStart
            if let quote = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")),
               ids.contains(String(decoding: bytes[valueStart..<quote], as: UTF8.self)) {
                out.append(contentsOf: marker)
            }
        }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }
}

extension MarkdownTreeWalker {
    /// cmark-gfm's task-list extension, whose items `replaceTaskBoxes` renders.
    nonisolated(unsafe) static let tasklist: OpaquePointer? = cmark_find_syntax_extension("tasklist")

    /// Gives each task item its box from the item's checked state, as a custom inline node
    /// at the start of its first paragraph, and takes the item from the extension, whose
    /// `<input>` sitegen does not write: a disabled checkbox has no label, and a ballot-box
    /// character reads the same to everyone, screen readers included, in any language.
    mutating func replaceTaskBoxes() {
        for (item, checked) in taskItems {
            guard let box = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            cmark_node_set_on_enter(box, checked ? "<span class=\"task task-done\">\u{2611}</span> " : "<span class=\"task\">\u{2610}</span> ")
            cmark_node_set_on_exit(box, "")
            cmark_node_set_syntax_extension(item, nil)
            if let first = cmark_node_first_child(item), cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH {
                cmark_node_prepend_child(first, box)
            } else if let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) {
                cmark_node_append_child(block, box)
                if cmark_node_prepend_child(item, block) == 0 { cmark_node_free(block) }
            } else {
                cmark_node_free(box)
            }
        }
        taskItems.removeAll()
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
            headingTags.append((inline, level, id))
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

    /// Sets the tags `replaceHeadings` wrote one level lower (`<h6>` stays), for a second
    /// rendering of the same tree: the print page's copy of a part.
    func shiftHeadingTags() {
        for (inline, level, id) in headingTags {
            let tag = "h\(min(max(level + 1, 1), 6))"
            cmark_node_set_on_enter(inline, "<\(tag) id=\"\(SiteURL.idPrefixMarker)\(HTML.escape(id))\">")
            cmark_node_set_on_exit(inline, "</\(tag)>")
        }
    }
}
