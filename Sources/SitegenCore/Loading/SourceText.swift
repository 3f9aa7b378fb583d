import Foundation

/// A content file's text, normalised for parsing: UTF-8 checked, byte-order mark removed,
/// CRLF and CR turned into LF, and split into front matter and body with their line numbers.
public struct SourceText: Sendable {
    /// The YAML between the two `---` lines.
    public var frontMatter: String
    /// The file line of the YAML's first line (2 when the file starts with `---`).
    public var frontMatterFirstLine: Int
    /// The Markdown after the closing `---`.
    public var body: String
    /// The file line of the body's first line.
    public var bodyFirstLine: Int

    /// Characters sitegen uses as markers in rendered HTML; they are removed from input.
    static let reservedMarkers: Set<Character> = ["\u{E000}", "\u{E001}"]

    /// Decodes and splits a file's bytes, or reports why it cannot.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The path to name in diagnostics.
    ///   - diagnostics: Where problems go.
    public static func parse(_ data: Data, file: String, diagnostics: inout DiagnosticBag) -> SourceText? {
        guard let decoded = String(data: data, encoding: .utf8) else {
            let (line, column) = firstInvalidUTF8(in: data)
            diagnostics.error("invalid-utf8", at: SourceLocation(file: file, line: line, column: column),
                              LocalizedText(en: "the file is not UTF-8 text",
                                            da: "filen er ikke UTF-8-tekst",
                                            nb: "filen er ikke UTF-8-tekst"),
                              hint: LocalizedText(en: "save the file as UTF-8 in your editor (in Word: Save as → Plain text → Unicode (UTF-8))",
                                                  da: "gem filen som UTF-8 i dit redigeringsprogram (i Word: Gem som → Almindelig tekst → Unicode (UTF-8))",
                                                  nb: "lagre filen som UTF-8 i redigeringsprogrammet (i Word: Lagre som → Ren tekst → Unicode (UTF-8))"))
            return nil
        }
        var text = decoded
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.contains(where: { reservedMarkers.contains($0) }) {
            text.removeAll { reservedMarkers.contains($0) }
        }
        return split(text, file: file, diagnostics: &diagnostics)
    }

    /// Splits normalised text at the `---` lines.
    static func split(_ text: String, file: String, diagnostics: inout DiagnosticBag) -> SourceText? {
        let top = SourceLocation(file: file, line: 1, column: 1)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            diagnostics.error("empty-file", at: top,
                              LocalizedText(en: "the file is empty",
                                            da: "filen er tom",
                                            nb: "filen er tom"),
                              hint: LocalizedText(en: "start the file with front matter: a line '---', 'kind: ...', 'title: ...' and another '---'",
                                                  da: "start filen med en indledning (front matter): en linje '---', 'kind: ...', 'title: ...' og endnu en '---'",
                                                  nb: "start filen med en innledning (front matter): en linje '---', 'kind: ...', 'title: ...' og en ny '---'"))
            return nil
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first) else {
            diagnostics.error("missing-front-matter", at: top,
                              LocalizedText(en: "the file does not start with front matter",
                                            da: "filen starter ikke med en indledning (front matter)",
                                            nb: "filen starter ikke med en innledning (front matter)"),
                              hint: LocalizedText(en: "the very first line must be '---', followed by the keys and another '---' line",
                                                  da: "den allerførste linje skal være '---', efterfulgt af nøglerne og endnu en '---'-linje",
                                                  nb: "den aller første linjen må være '---', etterfulgt av nøklene og en ny '---'-linje"))
            return nil
        }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            diagnostics.error("unterminated-front-matter", at: top,
                              LocalizedText(en: "the front matter has no closing '---' line",
                                            da: "filens indledning (front matter) har ingen afsluttende '---'-linje",
                                            nb: "filens innledning (front matter) har ingen avsluttende '---'-linje"),
                              hint: LocalizedText(en: "add a line with '---' after the last key",
                                                  da: "tilføj en linje med '---' efter den sidste nøgle",
                                                  nb: "legg til en linje med '---' etter den siste nøkkelen"))
            return nil
        }
        let yamlLines = lines[1..<close].map(cleanYAMLLine)
        let body = lines[(close + 1)...].joined(separator: "\n")
        lines.removeAll()
        return SourceText(frontMatter: yamlLines.joined(separator: "\n"), frontMatterFirstLine: 2,
                          body: body, bodyFirstLine: close + 2)
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Leading non-breaking spaces (pasted from Word) become spaces, so the YAML indentation reads
    /// as the writer sees it.
    private static func cleanYAMLLine(_ line: Substring) -> String {
        guard line.first == "\u{00A0}" || line.first == " " else { return String(line) }
        let indent = line.prefix { $0 == " " || $0 == "\u{00A0}" }
        return String(repeating: " ", count: indent.count) + line.dropFirst(indent.count)
    }

    private static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        var line = 1, lineStart = 0
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
            default: return (line, i - lineStart + 1)
            }
            if i + length > bytes.count { return (line, i - lineStart + 1) }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return (line, i - lineStart + 1) }
            if b == 0x0A { line += 1; lineStart = i + 1 }
            i += length
        }
        return (line, 1)
    }
}
