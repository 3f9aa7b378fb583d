import Foundation

/// A content file's text, normalised for parsing: UTF-8 checked, byte-order mark removed,
/// CRLF and CR turned into LF, and split into front matter and body with their line numbers.
struct SourceText: Sendable {
    /// The YAML between the two `---` lines.
    var frontMatter: String
    /// The file line of the YAML's first line (2 when the file starts with `---`).
    var frontMatterFirstLine: Int
    /// The Markdown after the closing `---`.
    var body: String
    /// The file line of the body's first line.
    var bodyFirstLine: Int

    /// Decodes and splits a file's bytes, or reports why it cannot.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The path to name in diagnostics.
    ///   - diagnostics: Where problems go.
    static func parse(_ data: Data, file: String, diagnostics: inout DiagnosticBag) -> SourceText? {
        guard let decoded = String(data: data, encoding: .utf8) else {
            let (line, column) = firstInvalidUTF8(in: data)
            diagnostics.error(.notUTF8, at: SourceLocation(file: file, line: line, column: column))
            return nil
        }
        var text = decoded
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.containsBytes("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return split(text, file: file, diagnostics: &diagnostics)
    }

    /// Splits normalised text at the `---` lines, scanning UTF-8 bytes (a body may be megabytes).
    static func split(_ text: String, file: String, diagnostics: inout DiagnosticBag) -> SourceText? {
        let top = SourceLocation(file: file, line: 1, column: 1)
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
            diagnostics.error(.emptyFile, at: top)
            return nil
        }
        // Line starts, as long as we need them: up to the closing fence.
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlLines: [String] = []
        var index = utf8.startIndex
        var sawOpening = false
        while true {
            let lineEnd = utf8[index...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = Substring(text[lineStart..<lineEnd])
            if !sawOpening {
                guard isFence(line) else {
                    diagnostics.error(.noFrontMatter, at: top)
                    return nil
                }
                sawOpening = true
            } else if isFence(line) {
                let bodyStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
                return SourceText(frontMatter: yamlLines.joined(separator: "\n"), frontMatterFirstLine: 2,
                                  body: String(text[bodyStart...]), bodyFirstLine: lineNumber + 1)
            } else {
                yamlLines.append(cleanYAMLLine(line))
            }
            guard lineEnd != utf8.endIndex else { break }
            index = utf8.index(after: lineEnd)
            lineStart = index
            lineNumber += 1
        }
        diagnostics.error(.unterminatedFrontMatter, at: top)
        return nil
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Non-breaking spaces (pasted from Word) where YAML needs a blank become spaces, so the
    /// front matter reads as the writer sees it: in the indentation, after a list's '-', and
    /// after the ':' that ends a key (`title:\u{A0}Plan` was one text and an error a line later).
    /// Each is one character for one, so columns stay as written.
    static func cleanYAMLLine(_ line: Substring) -> String {
        guard line.utf8.contains(0xC2) else { return String(line) }  // U+00A0 is C2 A0
        func isBlank(_ character: Character) -> Bool { character == " " || character == "\u{00A0}" }
        var characters = Array(line)
        var index = 0
        func blanksToSpaces() {
            while index < characters.count, isBlank(characters[index]) {
                characters[index] = " "
                index += 1
            }
        }
        blanksToSpaces()
        if index + 1 < characters.count, characters[index] == "-", isBlank(characters[index + 1]) {
            index += 1
            blanksToSpaces()
        }
        // The first ':' of the line ends its key, when a blank follows it.
        if let colon = characters[index...].firstIndex(of: ":"), colon + 1 < characters.count, isBlank(characters[colon + 1]) {
            index = colon + 1
            blanksToSpaces()
        }
        return String(characters)
    }

    private static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        // The column counts characters, as a writer does: "æ" before the bad byte is one.
        var line = 1, column = 1
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column)
            }
            if i + length > bytes.count { return (line, column) }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return (line, column) }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return (line, 1)
    }
}
