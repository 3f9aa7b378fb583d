#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the columns cmark gives, which count bytes, into the characters a writer counts on the
/// line (as the front matter's columns do): on `Se også [x](mål.md)` the link starts in column
/// 10, not 12, because "å" and "ø" are one character each but two bytes.
///
/// A character here is a Unicode scalar, as libyaml counts them. Lines are found by moving a
/// cursor forward from the last line asked for (cmark's nodes come in the order of the text),
/// so a body is read about once however many columns are converted.
struct CharacterColumns {
    private let source: String
    /// The last line found (1-based) and the byte offset where it starts.
    private var cursor = (line: 1, offset: 0)

    init(source: String) {
        var contiguous = source
        contiguous.makeContiguousUTF8()
        self.source = contiguous
    }

    /// The column, in characters, of byte column `byteColumn` (1-based) on body line `line`
    /// (1-based). A line outside the body keeps its column; a column past its line's end counts
    /// the bytes beyond the end one each.
    mutating func column(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1, line >= 1 else { return byteColumn }
        let from = line >= cursor.line ? cursor : (line: 1, offset: 0)
        let found = source.utf8.withContiguousStorageIfAvailable { bytes in
            Self.column(in: bytes, line: line, byteColumn: byteColumn, from: from)
        }
        guard let found, let (column, lineStart) = found else { return byteColumn }
        cursor = (line, lineStart)
        return column
    }

    private static func column(in bytes: UnsafeBufferPointer<UInt8>, line: Int, byteColumn: Int,
                               from: (line: Int, offset: Int)) -> (Int, lineStart: Int)? {
        guard let base = bytes.baseAddress else { return nil }
        var start = from.offset
        for _ in from.line..<line {
            guard start < bytes.count, let newline = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
            start = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
        }
        let lineEnd = start < bytes.count
            ? memchr(base + start, 0x0A, bytes.count - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
            : bytes.count
        let end = min(start + byteColumn - 1, lineEnd)
        var characters = 0
        var index = start
        while index < end {
            // Every byte but a UTF-8 continuation byte (10xxxxxx) starts a character.
            if bytes[index] & 0xC0 != 0x80 { characters += 1 }
            index += 1
        }
        return (characters + 1 + (start + byteColumn - 1 - end), start)
    }
}
