internal import Yams

// Lists: of texts (`tags`, `actions`) and of content ids (`related`), with the mistakes YAML
// makes of an item: one read as a key, one emptied by a comment, one joined to the item above.
extension FieldReader {
    /// The items of `node`, or nil after reporting that it is no list.
    mutating func sequence(_ node: Node, key: String) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        diagnostics.error(.notAList(key: key), at: location(of: node))
        return nil
    }

    /// A list of texts with at least `minCount` items.
    mutating func stringList(_ node: Node, key: String, minCount: Int) -> [String]? {
        guard let (items, failed) = listItems(node, key: key) else { return nil }
        // Items with their own error count as written: "needs at least 1 item" would be wrong.
        if items.count + failed < minCount {
            diagnostics.error(.tooFewItems(key: key, minimum: minCount), at: location(of: node))
            return nil
        }
        return items
    }

    /// A list of content ids, without the slashes around them.
    mutating func idList(_ node: Node, key: String) -> [Located<ContentID>]? {
        guard let sequence = sequence(node, key: key) else { return nil }
        var ids: [Located<ContentID>] = []
        for item in sequence {
            guard let text = scalarText(item, key: key) else { continue }
            var id = text.trimmingWhitespace()
            while id.hasPrefix("/") { id.removeFirst() }
            while id.hasSuffix("/") { id.removeLast() }
            ids.append(Located(ContentID(contentPath: id), at: location(of: item)))
        }
        return ids
    }

    /// The texts of a list of strings, and how many items had an error of their own.
    private mutating func listItems(_ node: Node, key: String) -> (strings: [String], failed: Int)? {
        guard let items = sequence(node, key: key) else { return nil }
        var strings: [String] = []
        var failed = 0
        for item in items {
            if let written = Self.textReadAsKey(item) {
                // `- Derfor gør vi følgende: vi lytter` is a map of one key in YAML.
                diagnostics.error(.listItemReadAsKey(key: key, item: written), at: location(of: item))
                failed += 1
                continue
            }
            guard let text = scalarText(item, key: key) else { failed += 1; continue }
            if text.isEmpty {
                // `- #1 punkt`: in YAML a '#' after a blank starts a comment, so the item is empty.
                diagnostics.error(.emptyListItem(key: key, comment: commentEmptying(item)), at: location(of: item))
                failed += 1
                continue
            }
            if text.containsBytes(" - "), let yaml, item.scalar?.style == .plain, let mark = item.mark,
               let folded = MergedListItem.foldedItem(in: yaml, itemLine: mark.line, itemColumn: mark.column) {
                diagnostics.warning(.listItemMerged(key: key, indentation: max(mark.column - 3, 0)),
                                    at: SourceLocation(file: file, line: folded.line + firstLine - 1, column: folded.column))
            }
            strings.append(text)
        }
        return (strings, failed)
    }

    /// The comment that empties a list item written `- #1 punkt`, from the '#' on; nil when the
    /// item's line is no such line.
    private func commentEmptying(_ item: Node) -> String? {
        guard let yaml, let mark = item.mark, let line = yaml.line(mark.line) else { return nil }
        let rest = line.drop { $0 == " " }
        guard rest.hasPrefix("-") else { return nil }
        let after = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard after.hasPrefix("#"), after.count < rest.count - 1 else { return nil }
        return String(after).trimmingWhitespace()
    }

    /// The text a writer meant, for a list item YAML read as a map of one key with a plain
    /// text value (`- Mål: alle lærer`); nil for any other item.
    static func textReadAsKey(_ item: Node) -> String? {
        guard case .mapping(let mapping) = item, mapping.count == 1, let pair = mapping.first,
              case .scalar(let key) = pair.key, key.style == .plain,
              case .scalar(let value) = pair.value else { return nil }
        return value.string.isEmpty ? key.string + ":" : key.string + ": " + value.string
    }
}
