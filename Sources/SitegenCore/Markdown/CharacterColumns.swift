/// Turns the columns cmark gives, which count bytes, into the characters a writer counts on the
/// line (as the front matter's columns do): on `Se også [x](mål.md)` the link starts in column
/// 10, not 12, because "å" and "ø" are one character each but two bytes.
///
/// A character here is a Unicode scalar, as libyaml counts them. The lines' starts are found on
/// the first conversion, once per body; a line that is all ASCII keeps its column.
struct CharacterColumns {
    private let source: String
    /// The byte offset where each line starts (index 0 is line 1); nil until first needed.
    private var lineStarts: [Int]?

    init(source: String) {
        self.source = source
    }

    /// The column, in characters, of byte column `byteColumn` (1-based) on body line `line`
    /// (1-based). A line or column outside the body is returned as it is.
    mutating func column(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1, line >= 1 else { return byteColumn }
        let starts = lineStarts ?? Self.lineStarts(of: source)
        lineStarts = starts
        guard line <= starts.count else { return byteColumn }
        let start = starts[line - 1]
        let utf8 = source.utf8
        let lineEnd = line < starts.count ? starts[line] : utf8.count
        let end = min(start + byteColumn - 1, lineEnd)
        var characters = 0
        var index = utf8.index(utf8.startIndex, offsetBy: start)
        let endIndex = utf8.index(utf8.startIndex, offsetBy: end)
        while index < endIndex {
            // Every byte but a UTF-8 continuation byte (10xxxxxx) starts a character.
            if utf8[index] & 0xC0 != 0x80 { characters += 1 }
            utf8.formIndex(after: &index)
        }
        // Past the line's end (cmark does that for some inline nodes), the rest counts as bytes.
        return characters + 1 + (start + byteColumn - 1 - end)
    }

    private static func lineStarts(of source: String) -> [Int] {
        var starts = [0]
        var offset = 0
        for byte in source.utf8 {
            offset += 1
            if byte == 0x0A { starts.append(offset) }
        }
        return starts
    }
}
