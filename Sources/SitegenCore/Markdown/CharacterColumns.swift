/// Turns the columns cmark gives, which count bytes, into the characters a writer counts on the
/// line (as the front matter's columns do): on `Se også [x](mål.md)` the link starts in column
/// 10, not 12, because "å" and "ø" are one character each but two bytes.
///
/// A character here is a Unicode scalar, as libyaml counts them. The lines are found through
/// `BodyLines`, whose cursor moves forward (cmark's nodes come in the order of the text), so a
/// body is read about once however many columns are converted.
struct CharacterColumns {
    private var lines: BodyLines

    init(source: String) {
        lines = BodyLines(source: source)
    }

    /// The column, in characters, of byte column `byteColumn` (1-based) on body line `line`
    /// (1-based). A line outside the body keeps its column; a column past its line's end counts
    /// the bytes beyond the end one each.
    mutating func column(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1, line >= 1, let bytes = lines.line(line) else { return byteColumn }
        let end = min(byteColumn - 1, bytes.count)
        // Every byte but a UTF-8 continuation byte (10xxxxxx) starts a character.
        let characters = bytes.prefix(end).reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return characters + 1 + (byteColumn - 1 - end)
    }
}
