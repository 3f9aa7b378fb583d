#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds links cmark did not read as links and shows as raw Markdown: an address with a blank
/// (`[bilaget](bilag 2.pdf)`, `[x](index.md#Om grundlaget)`) or a title whose quote is not
/// closed (`[x](../index.md "Min kommune)`).
///
/// The tree walk feeds it the text nodes that hold `](` (text, so never in code); only their
/// lines of the source are read, and a link is reported only when the text cmark left holds
/// its `](` and address as written.
struct LinkSyntaxCheck {
    /// A link not read as one, on a body line (1-based), at the byte column (1-based) of its `[`.
    struct Finding: Equatable {
        enum Kind: Equatable {
            /// The address has a blank.
            case blankInAddress
            /// The quote that starts the title is not closed on the line.
            case unclosedTitle(quote: Character, title: String)
        }
        var kind: Kind
        /// The link's text with its brackets (and an image's `!`), as written: `[bilaget]`.
        var text: String
        /// The address as written, blanks included for `blankInAddress`; the address before
        /// the title for `unclosedTitle`.
        var address: String
        var line: Int
        var byteColumn: Int
    }

    /// Per body line, the literals of the text nodes there that hold `](`.
    private var texts: [Int: [String]] = [:]

    /// Notes a text node's literal on body line `line`.
    mutating func noteText(_ literal: UnsafePointer<CChar>, line: Int) {
        guard strstr(literal, "](") != nil else { return }
        texts[line, default: []].append(String(cString: literal))
    }

    /// The links of `source` that were left as text, in the order of the text.
    func findings(in source: String) -> [Finding] {
        guard !texts.isEmpty else { return [] }
        var lines = BodyLines(source: source)
        var findings: [Finding] = []
        for line in texts.keys.sorted() {
            guard let literals = texts[line], let text = lines.line(line) else { continue }
            for var finding in Self.findings(in: text, confirmedBy: literals) {
                finding.line = line
                findings.append(finding)
            }
        }
        return findings
    }

    /// The links on one source line that are left as text; `literals` are the text nodes cmark
    /// made on the line, which must hold each link's `](` and address.
    static func findings(in line: ArraySlice<UInt8>, confirmedBy literals: [String]) -> [Finding] {
        let outside = InlineSource.outsideCode(line)
        func isBlank(_ i: Int) -> Bool { i < line.endIndex && (line[i] == 0x20 || line[i] == 0x09) }
        func string(_ range: Range<Int>) -> String { String(decoding: line[range], as: UTF8.self) }
        var findings: [Finding] = []
        let openers = Self.openers(in: line, outside: outside)
        // Where the last address read ended: a `](` inside it is not read again, so a line of
        // thousands of `](` is read once, not once per `](` (that hung the build).
        var scanned = line.startIndex
        var i = line.startIndex
        while i + 1 < line.endIndex {
            defer { i += 1 }
            guard line[i] == UInt8(ascii: "]"), line[i + 1] == UInt8(ascii: "("), outside[i - line.startIndex],
                  !InlineSource.isEscaped(line, at: i), let open = openers[i] else { continue }
            // The address: up to a blank or the ')' that closes the parenthesis.
            let start = i + 2
            guard start >= scanned, start < line.endIndex, !isBlank(start), line[start] != UInt8(ascii: "<") else { continue }
            var end = start
            var depth = 0
            while end < line.endIndex, !isBlank(end) {
                if line[end] == UInt8(ascii: "("), !InlineSource.isEscaped(line, at: end) { depth += 1 }
                if line[end] == UInt8(ascii: ")"), !InlineSource.isEscaped(line, at: end) {
                    if depth == 0 { break }
                    depth -= 1
                }
                end += 1
            }
            scanned = end
            // Closed by ')' (a link), or the line ends (a title may follow on the next line).
            guard isBlank(end) else { continue }
            var after = end
            while isBlank(after) { after += 1 }
            guard after < line.endIndex, line[after] != UInt8(ascii: ")") else { continue }
            let written = "](" + string(start..<end)
            guard literals.contains(where: { $0.contains(written) }) else { continue }
            let bang = open > line.startIndex && line[open - 1] == UInt8(ascii: "!") ? "!" : ""
            let text = bang + string(open..<(i + 1))
            let column = open - line.startIndex + 1 - bang.utf8.count
            let quote = line[after]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                // A title: fine when its quote closes on the line, followed by the ')'.
                let body = line[(after + 1)...]
                if let close = body.indices.first(where: { body[$0] == quote && !InlineSource.isEscaped(line, at: $0) }) {
                    var next = close + 1
                    while isBlank(next) { next += 1 }
                    if next < line.endIndex, line[next] == UInt8(ascii: ")") { continue }
                    // Text after the title: the blank in the address is not the cause either.
                    continue
                }
                let titleEnd = body.firstIndex(of: UInt8(ascii: ")")) ?? line.endIndex
                findings.append(Finding(kind: .unclosedTitle(quote: Character(Unicode.Scalar(quote)),
                                                             title: string((after + 1)..<titleEnd).trimmingWhitespace()),
                                        text: text, address: string(start..<end), line: 0, byteColumn: column))
                i = titleEnd
                continue
            }
            // A blank inside the address: it runs to the ')' on the line, or to the line's end.
            let close = line[after...].firstIndex(of: UInt8(ascii: ")")) ?? line.endIndex
            findings.append(Finding(kind: .blankInAddress, text: text, address: string(start..<close).trimmingWhitespace(),
                                    line: 0, byteColumn: column))
            i = close
        }
        return findings
    }

    /// For each `]` of `line` (by its index), the `[` that opens its link text: the nearest
    /// unescaped one before it outside code with the brackets between them balanced. One pass
    /// with a stack of open brackets.
    private static func openers(in line: ArraySlice<UInt8>, outside: [Bool]) -> [Int: Int] {
        var openers: [Int: Int] = [:]
        var open: [Int] = []
        for i in line.indices where outside[i - line.startIndex] {
            let byte = line[i]
            guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]"), !InlineSource.isEscaped(line, at: i) else { continue }
            if byte == UInt8(ascii: "[") {
                open.append(i)
            } else if let opener = open.popLast() {
                openers[i] = opener
            }
        }
        return openers
    }
}
