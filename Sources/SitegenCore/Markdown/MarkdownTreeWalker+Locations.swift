internal import CCmarkGFM

// Where a node of cmark's tree is in the content file: cmark counts columns in bytes and gets
// some places wrong (autolinks, nodes it gives no line); diagnostics count characters.

extension MarkdownTreeWalker {
    /// The place of body line `line` (1-based) and byte column `byteColumn`, its column in characters.
    mutating func bodyLocation(line: Int, byteColumn: Int) -> SourceLocation {
        inCharacters(SourceLocation(file: file, line: line + firstLine - 1, column: byteColumn))
    }

    /// Where `node` starts, its column counted in characters.
    mutating func location(of node: OpaquePointer) -> SourceLocation {
        inCharacters(byteLocation(of: node))
    }

    /// `location`, whose column counts bytes as cmark's do, with its column in characters.
    mutating func inCharacters(_ location: SourceLocation) -> SourceLocation {
        var converted = location
        converted.column = columns.column(line: location.line - firstLine + 1, byteColumn: location.column)
        return converted
    }

    /// Where `node` starts, as cmark counts: its column in bytes.
    func byteLocation(of node: OpaquePointer) -> SourceLocation {
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
    static func autolinkText(_ node: OpaquePointer, url: String) -> String? {
        guard let child = cmark_node_first_child(node), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(child) else { return nil }
        let text = String(cString: literal)
        return text == url || "mailto:" + text == url || "http://" + text == url ? text : nil
    }

    /// cmark counts an autolink's column from the start of its paragraph's text: past a
    /// quote's `>` or a list's marker, on a paragraph's later lines past the end of the line, and
    /// one short for a bare `www.` link. The column is looked up in the line itself
    /// (`AutolinkColumns`): cmark's column when the link is written there (so the second of two
    /// equal links keeps its own column); else the first `<` + address after the previous
    /// autolink of the line, else the address written bare (`www.…`); else cmark's column when it
    /// lies on the line, else 1.
    mutating func autolinkLocation(text: String, url: String, at location: SourceLocation) -> SourceLocation {
        let forms = ["<" + url, "<" + text, "[" + text + "](", text].map { Array($0.utf8) }
        guard let column = autolinks.column(line: location.line - firstLine + 1, cmarkColumn: location.column, forms: forms) else {
            return location
        }
        var corrected = location
        corrected.column = column
        return corrected
    }
}
