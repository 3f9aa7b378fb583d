/// Finds a list item that YAML joined to the one above: a line `- Vi gør mere` indented one
/// space deeper than the other items continues the item above as plain text, and the page shows
/// one item "Vi gør - Vi gør mere". It is valid YAML, so only the text shows it.
enum MergedListItem {
    /// The 1-based line and column (in `yaml`) of the first line that continues the plain item
    /// starting at `itemLine` and `itemColumn` and is written as an item of its own; nil when
    /// there is none.
    static func foldedItem(in yaml: TextLines, itemLine: Int, itemColumn: Int) -> (line: Int, column: Int)? {
        // The spaces before the item's '-' (its text starts two columns after it).
        let dashIndentation = itemColumn - 3
        var number = itemLine + 1
        while let text = yaml.line(number) {
            let indentation = text.prefix { $0 == " " }.count
            let rest = text.dropFirst(indentation)
            // Only a line indented deeper than the '-' continues the item.
            guard indentation > dashIndentation, !rest.isEmpty else { return nil }
            if rest.hasPrefix("- ") { return (number, indentation + 1) }
            number += 1
        }
        return nil
    }
}
