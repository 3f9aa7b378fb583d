/// The two YAML mistakes writers make most in front matter, recognised from the line the YAML
/// library stopped at, so the diagnostic says in the writer's language what is wrong and shows
/// the line mended, instead of libyaml's English ("mapping values are not allowed in this
/// context", "did not find expected key"):
/// - a value that holds ': ' (`title: Mål: bedre læring`), which YAML reads as a second key;
/// - a quoted value with the same quote inside (`title: "Elevernes "stemme" i skolen"`), whose
///   quote ends the value early.
enum YAMLMistakes {
    /// The problem libyaml's `problem` on `line` is, with the line mended, when the line shows
    /// one of the two mistakes; nil otherwise.
    static func explain(problem: String, line: Substring) -> Problem? {
        guard let (indentation, key, value) = keyAndValue(of: line) else { return nil }
        if let quote = value.first, quote == "\"" || quote == "'", value.count > 2,
           value.dropFirst().dropLast().contains(quote) {
            let text = value.last == quote ? String(value.dropFirst().dropLast()) : String(value.dropFirst())
            return .quoteInsideQuotedValue(key: key, quote: String(quote), mended: indentation + key + ": " + quoted(text))
        }
        if problem.contains("mapping values are not allowed"), let first = value.first, first != "\"", first != "'",
           value.contains(": ") || value.hasSuffix(":") {
            return .colonInValue(key: key, mended: indentation + key + ": " + quoted(String(value)))
        }
        return nil
    }

    /// The indentation (a list's '- ' included), key and value of `key: value`; nil when the
    /// line is not one.
    private static func keyAndValue(of line: Substring) -> (String, String, Substring)? {
        var rest = line
        var indentation = String(rest.prefix { $0 == " " })
        rest = rest.dropFirst(indentation.count)
        if rest.hasPrefix("- ") {
            indentation += "- "
            rest = rest.dropFirst(2)
        }
        guard let colon = rest.range(of: ": ") else { return nil }
        let key = rest[..<colon.lowerBound]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }) else { return nil }
        let value = rest[colon.upperBound...].drop { $0 == " " }
        let trimmed = value.reversed().drop { $0 == " " }
        guard !trimmed.isEmpty else { return nil }
        return (indentation, String(key), value.prefix(trimmed.count))
    }

    /// `text` as a YAML value in quotes: double quotes when it holds none, else single quotes
    /// with each single quote doubled.
    static func quoted(_ text: String) -> String {
        if !text.contains("\"") && !text.contains("\\") { return "\"" + text + "\"" }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
