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
public enum DiagnosticFormatter {
    /// `text` with its control characters written as escapes (`\n`, `\u{1B}`), so it stays one line.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The characters `ControlCharacters` refuses in values, and the line breaks and tab it allows there.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        ControlCharacters.contains(scalar) || scalar == "\n" || scalar == "\r" || scalar == "\t"
    }

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
            // line break, say): control characters are written as escapes.
            var text = oneLine("\(diagnostic.location): \(diagnostic.severity == .error ? words.error : words.warning): \(message) [\(diagnostic.code.rawValue)]")
            if let hint { text += "\n  \(words.hint): \(oneLine(hint))" }
            return text
        case .json:
            var fields = [
                "\"file\":\(JSONText.string(diagnostic.location.file))",
                // A diagnostic about a whole file or folder has no line: null, not 0.
                "\"line\":" + (diagnostic.location.line > 0 ? String(diagnostic.location.line) : "null"),
                "\"column\":" + (diagnostic.location.column > 0 ? String(diagnostic.location.column) : "null"),
                "\"severity\":\(JSONText.string(diagnostic.severity.rawValue))",
                "\"code\":\(JSONText.string(diagnostic.code.rawValue))",
                "\"message\":\(JSONText.string(message))",
            ]
            fields.append("\"hint\":" + (hint.map(JSONText.string) ?? "null"))
            return "{" + fields.joined(separator: ",") + "}"
        case .github:
            let level = diagnostic.severity == .error ? "error" : "warning"
            var properties = "file=\(escapeProperty(diagnostic.location.file))"
            if diagnostic.location.line > 0 { properties += ",line=\(diagnostic.location.line)" }
            if diagnostic.location.column > 0 { properties += ",col=\(diagnostic.location.column)" }
            properties += ",title=\(escapeProperty(diagnostic.code.rawValue))"
            var text = message
            if let hint { text += "\n" + hint }
            return "::\(level) \(properties)::\(escapeData(text))"
        }
    }

    /// Formats a list of diagnostics, one per line (hints on their own lines in text format).
    public static func format(_ diagnostics: [Diagnostic], as format: DiagnosticFormat, language: Language = .en) -> String {
        diagnostics.map { self.format($0, as: format, language: language) + "\n" }.joined()
    }

    private static func escapeData(_ value: String) -> String {
        value.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ value: String) -> String {
        escapeData(value).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
