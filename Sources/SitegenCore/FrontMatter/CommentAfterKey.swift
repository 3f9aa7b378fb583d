/// Finds the comment that emptied a value: in YAML a `#` after a blank starts a comment, so
/// `color: #1a5a96` and `summary: #1 i trivsel` are keys without a value. Only looked for when a
/// value is empty, which is rare, so the YAML's line is found by counting line feeds.
enum CommentAfterKey {
    /// A comment found right after a key's `:`.
    struct Comment: Equatable {
        /// The 1-based column of the `#`, in Unicode scalars as the YAML library counts them.
        var column: Int
        /// The comment's text from the `#` on, trimmed: what the writer meant as the value.
        var text: String
    }

    /// The comment that follows the `:` of the key written at `line` and `keyColumn` (both
    /// 1-based, in `yaml`), when nothing but blanks stands between them; nil otherwise.
    static func comment(in yaml: TextLines, line: Int, keyColumn: Int) -> Comment? {
        guard line >= 1, keyColumn >= 1, let text = yaml.line(line) else { return nil }
        let scalars = Array(text.unicodeScalars)
        func isBlank(_ index: Int) -> Bool { scalars[index] == " " || scalars[index] == "\t" }
        var index = keyColumn - 1
        while index < scalars.count {
            // The first '#' after a blank whose text before it ends with the key's ':'.
            if scalars[index] == "#", index > 0, isBlank(index - 1) {
                var before = index - 1
                while before >= keyColumn - 1, isBlank(before) { before -= 1 }
                if before >= keyColumn - 1, scalars[before] == ":" {
                    let comment = String(String.UnicodeScalarView(scalars[index...])).trimmingWhitespace()
                    return Comment(column: index + 1, text: comment)
                }
            }
            index += 1
        }
        return nil
    }

    /// `value` written as a YAML value in double quotes, for a hint: `"#1a5a96"`.
    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
