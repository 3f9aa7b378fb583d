#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the footnotes cmark-gfm does not show as footnotes: a reference with no definition
/// (`[^2]`) is left on the page as that text, and a definition nothing refers to (`[^1]: …`),
/// a second one with the same label, or one whose label has a blank (`[^udvalg ]:`) is dropped.
///
/// The tree walk feeds it: each text node that holds `[^…]` (text, so never in code), the lines
/// of code and HTML blocks, and where the definitions cmark kept start. The definitions are then
/// found in the source with one search for `[^`, as cmark leaves no trace of those it dropped.
struct FootnoteCheck {
    /// A footnote cmark did not show as one, on a body line (1-based) at a byte column (1-based).
    /// A label with no note is found once, at its first reference.
    struct Finding: Equatable {
        enum Kind: Equatable {
            /// `[^label]` in the text with no definition.
            case undefined
            /// A definition no reference uses.
            case unused
            /// A second definition of a label.
            case duplicate
            /// A definition whose label has a blank, which cmark does not read as one.
            case blankInLabel
        }
        var kind: Kind
        var label: String
        var line: Int
        var byteColumn: Int
    }

    /// Per body line, the labels of `[^label]` that text nodes there hold.
    private var textLabels: [Int: Set<String>] = [:]
    /// The body lines of code blocks and HTML blocks, whose text is no Markdown.
    private var verbatim: [ClosedRange<Int>] = []
    /// The body lines where the definitions cmark kept (those referred to) start.
    private var keptDefinitions = Set<Int>()

    /// Notes a text node's literal on body line `line`: cmark writes an undefined reference
    /// back as the text `[^label]`.
    mutating func noteText(_ literal: UnsafePointer<CChar>, line: Int) {
        guard strstr(literal, "[^") != nil else { return }
        let bytes = Array(String(cString: literal).utf8)
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == UInt8(ascii: "["), bytes[i + 1] == UInt8(ascii: "^"),
               let close = bytes[(i + 2)...].firstIndex(where: { $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "[") }),
               bytes[close] == UInt8(ascii: "]"), close > i + 2 {
                textLabels[line, default: []].insert(String(decoding: bytes[(i + 2)..<close], as: UTF8.self))
                i = close
            }
            i += 1
        }
    }

    /// Notes the body lines of a code or HTML block.
    mutating func noteVerbatim(_ lines: ClosedRange<Int>) {
        verbatim.append(lines)
    }

    /// Notes the body line where a definition cmark kept starts.
    mutating func noteKeptDefinition(line: Int) {
        keptDefinitions.insert(line)
    }

    /// What the check found in a body.
    struct Report {
        /// The footnotes that are not shown as footnotes, in the order of the text.
        var findings: [Finding] = []
        /// The labels of the definitions written (outside code), each once, in the order of the text.
        var labels: [String] = []
    }

    /// Checks `source`, the body the walk was over.
    func report(for source: String) -> Report {
        // Both in the order of the text: one sweep leaves out the definitions inside code.
        let blocks = verbatim.sorted { $0.lowerBound < $1.lowerBound }
        var block = 0
        let definitions = Self.definitions(in: source).filter { definition in
            while block < blocks.count, blocks[block].upperBound < definition.line { block += 1 }
            return !(block < blocks.count && blocks[block].contains(definition.line))
        }
        var findings: [Finding] = []
        var labels: [String] = []
        var defined = Set<String>()
        for definition in definitions {
            if definition.label.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 }) {
                findings.append(Finding(kind: .blankInLabel, label: definition.label, line: definition.line, byteColumn: definition.byteColumn))
                continue
            }
            let key = Self.normalized(definition.label)
            let isDuplicate = defined.contains(key)
            if !isDuplicate { labels.append(definition.label) }
            defined.insert(key)
            guard !keptDefinitions.contains(definition.line) else { continue }
            findings.append(Finding(kind: isDuplicate ? .duplicate : .unused, label: definition.label,
                                    line: definition.line, byteColumn: definition.byteColumn))
        }
        guard !textLabels.isEmpty else { return Report(findings: findings, labels: labels) }
        var lines = BodyLines(source: source)
        for line in textLabels.keys.sorted() {
            guard let labels = textLabels[line], let text = lines.line(line) else { continue }
            for (label, offset) in Self.references(in: text) where labels.contains(label) && !defined.contains(Self.normalized(label)) {
                findings.append(Finding(kind: .undefined, label: label, line: line, byteColumn: offset - text.startIndex + 1))
            }
        }
        findings.sort { ($0.line, $0.byteColumn) < ($1.line, $1.byteColumn) }
        // A label without a note is told once, at its first reference: 20,000 references to one
        // label were 20,000 errors, each naming every note.
        var told = Set<String>()
        findings = findings.filter { $0.kind != .undefined || told.insert(Self.normalized($0.label)).inserted }
        return Report(findings: findings, labels: labels)
    }

    /// A label as cmark compares them: case does not count.
    static func normalized(_ label: String) -> String {
        label.lowercased()
    }

    /// Each `[^label]` written on `line` outside code spans, unescaped and not a link's text
    /// (`[^2](…)`), with the offset of its `[`.
    static func references(in line: ArraySlice<UInt8>) -> [(label: String, offset: Int)] {
        let outside = InlineSource.outsideCode(line)
        var found: [(String, Int)] = []
        var i = line.startIndex
        while i + 2 < line.endIndex {
            defer { i += 1 }
            guard line[i] == UInt8(ascii: "["), line[i + 1] == UInt8(ascii: "^"),
                  outside[i - line.startIndex], !InlineSource.isEscaped(line, at: i),
                  let close = line[(i + 2)...].firstIndex(where: { $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "[") }),
                  line[close] == UInt8(ascii: "]"), close > i + 2 else { continue }
            let next = close + 1 < line.endIndex ? line[close + 1] : 0
            guard next != UInt8(ascii: "("), next != UInt8(ascii: "[") else { continue }
            found.append((String(decoding: line[(i + 2)..<close], as: UTF8.self), i))
        }
        return found
    }

    /// A definition written in the source: `[^label]:` first on its line (after blanks, block
    /// quote markers and list markers).
    struct Definition: Equatable {
        var label: String
        var line: Int
        var byteColumn: Int
    }

    /// Every line of `source` that starts with `[^label]:`, found with one search for `[^`.
    static func definitions(in source: String) -> [Definition] {
        var source = source
        return source.withUTF8 { bytes -> [Definition] in
            guard let base = bytes.baseAddress, bytes.count > 2 else { return [] }
            var found: [Definition] = []
            var line = 1
            var counted = 0  // newlines are counted up to here
            var lineStart = 0  // where `line` starts
            // Where the first byte that is no container marker stands on `line` (found once a line).
            var content: (line: Int, offset: Int) = (0, 0)
            var from = 1
            // memchr for the '^', the rarer of the two bytes, then the '[' before it.
            while from < bytes.count,
                  let caret = memchr(base + from, Int32(UInt8(ascii: "^")), bytes.count - from)
                    .map({ base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }) {
                from = caret + 1
                let hit = caret - 1
                guard bytes[hit] == UInt8(ascii: "[") else { continue }
                while counted < hit, let newline = memchr(base + counted, 0x0A, hit - counted) {
                    line += 1
                    counted = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                    lineStart = counted
                }
                counted = max(counted, hit)
                // Only container markers before the '[' on its line.
                let start = lineStart
                if content.line != line {
                    var first = start
                    while first < bytes.count, bytes[first] != 0x0A, isContainerMarker(bytes[first]) { first += 1 }
                    content = (line, first)
                }
                guard hit <= content.offset else { continue }
                var close = hit + 2
                while close < bytes.count, bytes[close] != UInt8(ascii: "]"), bytes[close] != 0x0A, bytes[close] != UInt8(ascii: "[") { close += 1 }
                guard close > hit + 2, close + 1 < bytes.count, bytes[close] == UInt8(ascii: "]"),
                      bytes[close + 1] == UInt8(ascii: ":") else { continue }
                found.append(Definition(label: String(decoding: bytes[(hit + 2)..<close], as: UTF8.self),
                                        line: line, byteColumn: hit - start + 1))
            }
            return found
        }
    }

    /// Blanks, `>` and list markers (`-`, `*`, `+`, `1.`, `1)`), which may stand before a
    /// definition on its line.
    private static func isContainerMarker(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"),
             UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return false
        }
    }
}
