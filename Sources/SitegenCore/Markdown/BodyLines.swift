#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a body, looked up by number with a cursor that moves forward from the last
/// line asked for: lines asked for in order read the body once.
struct BodyLines {
    private let source: String
    /// The last line found (1-based) and the byte offset where it starts.
    private var cursor = (line: 1, offset: 0)

    init(source: String) {
        var contiguous = source
        contiguous.makeContiguousUTF8()
        self.source = contiguous
    }

    /// The byte offsets of body line `line` (1-based) in the source, without its line feed; nil
    /// past the end.
    mutating func range(ofLine line: Int) -> Range<Int>? {
        guard line >= 1 else { return nil }
        let from = line >= cursor.line ? cursor : (line: 1, offset: 0)
        let found: Range<Int>?? = source.utf8.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return line == 1 ? 0..<0 : nil }
            var start = from.offset
            for _ in from.line..<line {
                guard start < buffer.count, let newline = memchr(base + start, 0x0A, buffer.count - start) else { return nil }
                start = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            }
            let end = memchr(base + start, 0x0A, buffer.count - start)
                .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? buffer.count
            return start..<end
        }
        guard let found, let range = found else { return nil }
        cursor = (line, range.lowerBound)
        return range
    }

    /// A copy of the bytes of body line `line` (1-based), without its line feed; nil past the end.
    mutating func line(_ line: Int) -> ArraySlice<UInt8>? {
        guard let range = range(ofLine: line) else { return nil }
        return source.utf8.withContiguousStorageIfAvailable { ArraySlice($0[range]) }
    }

    /// Calls `body` with the bytes of the source, which is contiguous.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        source.utf8.withContiguousStorageIfAvailable(body)
    }
}

/// What a Markdown line's bytes are, for the checks that read the source of text cmark left as
/// it was: which bytes are escaped by a backslash and which stand in a code span.
enum InlineSource {
    /// Whether the byte at `index` follows an odd number of backslashes.
    static func isEscaped(_ line: ArraySlice<UInt8>, at index: Int) -> Bool {
        var count = 0
        var i = index - 1
        while i >= line.startIndex, line[i] == UInt8(ascii: "\\") {
            count += 1
            i -= 1
        }
        return count % 2 == 1
    }

    /// For each byte of `line`, whether it stands outside a code span (`` `…` ``): a run of
    /// backticks opens a span that the next run of the same length on the line closes.
    static func outsideCode(_ line: ArraySlice<UInt8>) -> [Bool] {
        var outside = [Bool](repeating: true, count: line.count)
        let tick = UInt8(ascii: "`")
        var i = line.startIndex
        while i < line.endIndex {
            guard line[i] == tick, !isEscaped(line, at: i) else {
                i += 1
                continue
            }
            var runEnd = i
            while runEnd < line.endIndex, line[runEnd] == tick { runEnd += 1 }
            let length = runEnd - i
            // The closing run: the next run of exactly `length` backticks.
            var j = runEnd
            var close: Int?
            while j < line.endIndex {
                if line[j] == tick {
                    var k = j
                    while k < line.endIndex, line[k] == tick { k += 1 }
                    if k - j == length {
                        close = k
                        break
                    }
                    j = k
                } else {
                    j += 1
                }
            }
            guard let close else {
                i = runEnd
                continue
            }
            for index in i..<close { outside[index - line.startIndex] = false }
            i = close
        }
        return outside
    }
}
