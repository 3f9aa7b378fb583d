import Foundation

/// The output formats of `sitegen build` and `sitegen check`.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `file:line:col: error: message [code]` and an indented hint.
    case text
    /// One JSON object per line.
    case json
    /// GitHub Actions workflow annotations.
    case github
}

/// Turns diagnostics into the text a person or a CI system reads.
///
/// No format lets a character of a diagnostic reach the terminal raw if it could control it or
/// reorder what it shows (`PrintableText`): a file name or a quoted value with ESC, BEL, a line
/// break or a right-to-left override in it. Text and github write them as visible escapes
/// (`\u{1B}`, `\u{202E}`, `\n`), JSON as JSON's `\u` escapes (a JSON reader gets the text as it is).
public enum DiagnosticFormatter {
    /// Formats one diagnostic; the result ends without a newline.
    /// - Parameters:
    ///   - diagnostic: The diagnostic.
    ///   - format: The format to use.
    ///   - language: The language of the message and the hint.
    public static func format(_ diagnostic: Diagnostic, as format: DiagnosticFormat, language: Language = .en) -> String {
        let message = diagnostic.message(in: language)
        let hint = diagnostic.hint(in: language)
        switch format {
        case .text:
            let words = language.fromCatalog(english: DiagnosticWords.english, danish: DiagnosticWords.danish,
                                             norwegian: DiagnosticWords.norwegian)
            // One line each, whatever a file name or a quoted value holds (a folder named with a
            // line break, say): the whole line, file, message and code, is made printable.
            var text = PrintableText.escaped("\(diagnostic.location): \(diagnostic.severity == .error ? words.error : words.warning): \(message) [\(diagnostic.code.rawValue)]")
            if let hint { text += "\n  \(words.hint): \(PrintableText.escaped(hint))" }
            return text
        case .json:
            return json(diagnostic, language: language, visibleEscapes: false)
        case .github:
            let level = diagnostic.severity == .error ? "error" : "warning"
            // Each field made printable first (a line break in a file name shows as `\n`, not as a
            // line of the annotation), then escaped as the workflow command's syntax asks.
            var properties = "file=\(escapeProperty(PrintableText.escaped(diagnostic.location.file)))"
            if diagnostic.location.line > 0 { properties += ",line=\(diagnostic.location.line)" }
            if diagnostic.location.column > 0 { properties += ",col=\(diagnostic.location.column)" }
            properties += ",title=\(escapeProperty(PrintableText.escaped(diagnostic.code.rawValue)))"
            var text = PrintableText.escaped(message)
            if let hint { text += "\n" + PrintableText.escaped(hint) }
            return "::\(level) \(properties)::\(escapeData(text))"
        }
    }

    /// The JSON object of `diagnostic`, on one line.
    /// - Parameters:
    ///   - diagnostic: The diagnostic.
    ///   - language: The language of the message and the hint.
    ///   - visibleEscapes: Write the control and bidirectional characters of its texts as visible
    ///     escapes (`\u{202E}`, as text) before the JSON is made, for a reader that shows the texts
    ///     as they are, as the preview's overlay does. Without it a JSON reader gets the texts
    ///     exactly, those characters written as JSON's `\u` escapes (`JSONText`).
    package static func json(_ diagnostic: Diagnostic, language: Language, visibleEscapes: Bool) -> String {
        let shown: (String) -> String = { visibleEscapes ? PrintableText.escaped($0) : $0 }
        let location = diagnostic.location
        var fields = [
            "\"file\":\(JSONText.string(shown(location.file)))",
            // A diagnostic about a whole file or folder has no line: null, not 0.
            "\"line\":" + (location.line > 0 ? String(location.line) : "null"),
            "\"column\":" + (location.column > 0 ? String(location.column) : "null"),
            "\"severity\":\(JSONText.string(diagnostic.severity.rawValue))",
            "\"code\":\(JSONText.string(shown(diagnostic.code.rawValue)))",
            "\"message\":\(JSONText.string(shown(diagnostic.message(in: language))))",
        ]
        fields.append("\"hint\":" + (diagnostic.hint(in: language).map { JSONText.string(shown($0)) } ?? "null"))
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// Formats a list of diagnostics, one per line (hints on their own lines in text format).
    public static func format(_ diagnostics: [Diagnostic], as format: DiagnosticFormat, language: Language = .en) -> String {
        diagnostics.map { self.format($0, as: format, language: language) + "\n" }.joined()
    }

    /// A workflow command's message: `%`, carriage return and line feed written as `%25`, `%0D`, `%0A`.
    private static func escapeData(_ value: String) -> String {
        value.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A workflow command's property value: as `escapeData`, and `:` and `,` as `%3A` and `%2C`.
    private static func escapeProperty(_ value: String) -> String {
        escapeData(value).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
