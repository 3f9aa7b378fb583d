/// Turns the columns cmark gives, which count bytes, into the characters a writer counts on the
/// line (as the front matter's columns do): on `Se også [x](mål.md)` the link starts in column
/// 10, not 12, because "å" and "ø" are one character each but two bytes.
///
/// A character here is a Unicode scalar, as libyaml counts them. The lines are found through
/// `BodyLines`, whose cursor moves forward (cmark's nodes come in the order of the text), so a
/// body is read about once however many columns are converted.
struct CharacterColumns {
    private var lines: BodyLines
    /// How far the last conversion counted: on `line`, the first `bytes` bytes are `characters`
    /// characters. Columns asked for in order on one line continue from there, so a line with
    /// thousands of diagnostics is counted once.
    private var counted = (line: 0, bytes: 0, characters: 0)

    init(source: String) {
        lines = BodyLines(source: source)
    }

    /// The column, in characters, of byte column `byteColumn` (1-based) on body line `line`
    /// (1-based). A line outside the body keeps its column; a column past its line's end counts
    /// the bytes beyond the end one each.
    mutating func column(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1, line >= 1, let range = lines.range(ofLine: line) else { return byteColumn }
        let end = min(byteColumn - 1, range.count)
        var (from, characters) = (0, 0)
        if counted.line == line, counted.bytes <= end { (from, characters) = (counted.bytes, counted.characters) }
        characters += lines.withBytes { bytes in
            // Every byte but a UTF-8 continuation byte (10xxxxxx) starts a character.
            bytes[(range.lowerBound + from)..<(range.lowerBound + end)].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        } ?? 0
        counted = (line, end, characters)
        return characters + 1 + (byteColumn - 1 - end)
    }
}
