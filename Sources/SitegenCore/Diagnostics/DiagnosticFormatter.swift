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
    /// Formats one diagnostic; the result ends without a newline.
    /// - Parameters:
    ///   - diagnostic: The diagnostic.
    ///   - format: The format to use.
    public static func format(_ diagnostic: Diagnostic, as format: DiagnosticFormat) -> String {
        switch format {
        case .text:
            var text = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]"
            if let hint = diagnostic.hint { text += "\n  hint: \(hint)" }
            return text
        case .json:
            return jsonLine(diagnostic)
        case .github:
            let level = diagnostic.severity == .error ? "error" : "warning"
            var properties = "file=\(escapeProperty(diagnostic.location.file))"
            if diagnostic.location.line > 0 { properties += ",line=\(diagnostic.location.line)" }
            if diagnostic.location.column > 0 { properties += ",col=\(diagnostic.location.column)" }
            properties += ",title=\(escapeProperty(diagnostic.code))"
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += "\n" + hint }
            return "::\(level) \(properties)::\(escapeData(message))"
        }
    }

    /// Formats a list of diagnostics, one per line (hints on their own lines in text format).
    public static func format(_ diagnostics: [Diagnostic], as format: DiagnosticFormat) -> String {
        diagnostics.map { self.format($0, as: format) + "\n" }.joined()
    }

    private static func jsonLine(_ d: Diagnostic) -> String {
        var fields = [
            "\"file\":\(jsonString(d.location.file))",
            "\"line\":\(d.location.line)",
            "\"column\":\(d.location.column)",
            "\"severity\":\(jsonString(d.severity.rawValue))",
            "\"code\":\(jsonString(d.code))",
            "\"message\":\(jsonString(d.message))",
        ]
        fields.append("\"hint\":" + (d.hint.map(jsonString) ?? "null"))
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// A JSON string literal for `value`.
    static func jsonString(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
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
