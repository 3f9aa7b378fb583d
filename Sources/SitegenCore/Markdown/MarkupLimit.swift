/// Shapes that Debian 12's libcmark-gfm (0.29.0.gfm.6, older than the fixes of CVE-2023-22483,
/// CVE-2023-24824 and CVE-2023-37463) reads in a time that grows with the square of their
/// length: 100 KB of them took minutes. sitegen keeps Debian's library and refuses them before
/// a body goes to cmark, as it refuses too large tables (`TableLimit`):
///
/// - **Openings of raw HTML without their end.** At each `<?`, `<![CDATA[` or `<!` and a letter
///   cmark looks for the end (`?>`, `]]>`, `>`) through the rest of the paragraph (or table
///   cell); without one it reads to the end each time, so N such openings cost N times the
///   paragraph. An opening counts as unclosed when its end does not follow on the same line
///   before a `|` (a line may end a paragraph, a `|` a cell): this counts generously, in code
///   too, where cmark does not look. A body may have `maximumUnclosedOpenings` of each kind.
/// - **Lines with thousands of `|`.** A line may have `maximumPipesPerLine` of them, which no
///   real table reaches; more is refused wherever the line is (in a table or not).
///
/// The scan reads each byte a few times at most: its time grows with the body's length.
enum MarkupLimit {
    /// The most openings of one kind without their end on the same line that a body may have.
    static let maximumUnclosedOpenings = 100
    /// The most '|' one line may have.
    static let maximumPipesPerLine = 1_000

    /// What the scan refuses: the first of its kind in the body.
    enum Finding: Equatable {
        /// More than the limit of unclosed openings of `opening`: `count` in the body, the
        /// first at 0-based body line `line`, 1-based column `column` (in characters).
        case unclosedOpenings(opening: Problem.HTMLOpening, count: Int, line: Int, column: Int)
        /// 0-based body line `line` has `pipes` '|', more than the limit.
        case crowdedLine(line: Int, pipes: Int)
    }

    /// The first line with more than `maximumPipesPerLine` '|'; else the kind of opening with
    /// more than `maximumUnclosedOpenings` unclosed ones (of several, the one whose first comes
    /// first); nil when the body has neither.
    static func finding(in body: String, maximumUnclosedOpenings: Int = maximumUnclosedOpenings,
                        maximumPipesPerLine: Int = maximumPipesPerLine) -> Finding? {
        var body = body
        return body.withUTF8 { bytes -> Finding? in
            let lineFeed: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D, pipe = UInt8(ascii: "|")
            let less = UInt8(ascii: "<"), greater = UInt8(ascii: ">"), question = UInt8(ascii: "?")
            let bang = UInt8(ascii: "!"), bracket = UInt8(ascii: "["), closingBracket = UInt8(ascii: "]")
            let cdata = Array("<![CDATA[".utf8)
            let kinds = Problem.HTMLOpening.allCases
            // Per kind (in the order of `kinds`): the unclosed openings, and where the first is
            // (its 0-based line, the byte offset of that line's start, its own byte offset).
            var counts = [Int](repeating: 0, count: kinds.count)
            var firsts = [(line: Int, lineStart: Int, offset: Int)?](repeating: nil, count: kinds.count)
            var line = 0, lineStart = 0, pipes = 0
            var start = 0
            while start <= bytes.count {
                // A stretch: up to the next line end or '|'. First pass: where the last end of
                // each kind starts in it (-1: none).
                var end = start
                var lastPIEnd = -1, lastCDATAEnd = -1, lastGreater = -1
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte == lineFeed || byte == carriageReturn || byte == pipe { break }
                    if byte == greater {
                        lastGreater = end
                        if end - 1 >= start, bytes[end - 1] == question { lastPIEnd = end - 1 }
                        if end - 2 >= start, bytes[end - 1] == closingBracket, bytes[end - 2] == closingBracket { lastCDATAEnd = end - 2 }
                    }
                    end += 1
                }
                // Second pass: each opening whose end does not come after it in the stretch.
                var i = start
                while i + 1 < end {
                    if bytes[i] == less {
                        let next = bytes[i + 1]
                        var kind: Problem.HTMLOpening?
                        if next == question {
                            if lastPIEnd < i + 2 { kind = .processingInstruction }
                        } else if next == bang, i + 2 < end {
                            let third = bytes[i + 2]
                            if (third | 0x20) >= UInt8(ascii: "a") && (third | 0x20) <= UInt8(ascii: "z") {
                                if lastGreater < i + 3 { kind = .declaration }
                            } else if third == bracket, i + cdata.count <= end,
                                      (0..<cdata.count).allSatisfy({ bytes[i + $0] == cdata[$0] }) {
                                if lastCDATAEnd < i + cdata.count { kind = .cdata }
                            }
                        }
                        if let kind, let index = kinds.firstIndex(of: kind) {
                            counts[index] += 1
                            if firsts[index] == nil { firsts[index] = (line: line, lineStart: lineStart, offset: i) }
                        }
                    }
                    i += 1
                }
                // The byte that ends the stretch.
                if end < bytes.count, bytes[end] == pipe {
                    pipes += 1
                } else {
                    if pipes > maximumPipesPerLine { return .crowdedLine(line: line, pipes: pipes) }
                    pipes = 0
                    if end < bytes.count, bytes[end] == lineFeed {
                        line += 1
                        lineStart = end + 1
                    }
                }
                start = end + 1
            }
            // The kind over its limit whose first unclosed opening comes first.
            var found: (index: Int, offset: Int)?
            for index in kinds.indices where counts[index] > maximumUnclosedOpenings {
                guard let first = firsts[index] else { continue }
                if let earlier = found, earlier.offset < first.offset { continue }
                found = (index: index, offset: first.offset)
            }
            guard let chosen = found, let first = firsts[chosen.index] else { return nil }
            // Characters, not bytes: every byte but a UTF-8 continuation byte (10xxxxxx) starts one.
            var column = 1
            for offset in first.lineStart..<first.offset where bytes[offset] & 0xC0 != 0x80 { column += 1 }
            return .unclosedOpenings(opening: kinds[chosen.index], count: counts[chosen.index], line: first.line, column: column)
        }
    }
}
