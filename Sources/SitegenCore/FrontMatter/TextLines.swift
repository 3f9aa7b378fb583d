/// The lines of a text looked up by number, their starts found once on the first lookup: the
/// front matter's checks that read the YAML again (a comment that emptied a value, a list item
/// joined to the one above) may ask for thousands of lines, and counting line feeds from the
/// top for each made a long list quadratic.
final class TextLines {
    private let text: String
    private var starts: [String.Index]?

    init(_ text: String) {
        self.text = text
    }

    /// Line `number` (1-based), without its line feed; nil past the end.
    func line(_ number: Int) -> Substring? {
        let starts = self.starts ?? Self.lineStarts(of: text)
        self.starts = starts
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        let end = number < starts.count ? text.utf8.index(before: starts[number]) : text.endIndex
        return text[start..<end]
    }

    private static func lineStarts(of text: String) -> [String.Index] {
        var starts = [text.startIndex]
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: 0x0A) {
            index = utf8.index(after: newline)
            starts.append(index)
        }
        return starts
    }
}
