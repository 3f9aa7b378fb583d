internal import Yams

extension Resolver {
    /// No implicit typing at all: every plain scalar stays a string node. sitegen reads each value
    /// by its key's type (FieldReader), following the YAML 1.2 core schema there (`true`/`false`
    /// are booleans, `yes`, `no`, `on`, `off` and dates stay text). Yams would otherwise match every
    /// scalar against regular expressions, which was a tenth of the parse time.
    static let core12 = Resolver.basic
}

/// Parses the YAML of front matter into a node tree, turning YAML errors into diagnostics
/// that point into the content file.
enum YAMLParser {
    /// Parses `yaml`, whose first line is line `firstLine` of `file`.
    static func parse(_ yaml: String, file: String, firstLine: Int, diagnostics: inout DiagnosticBag) -> Node? {
        var yaml = yaml
        // Control characters (Word's Shift+Enter is U+000B) are refused by the YAML library with an
        // English message at the wrong place, or counted as line breaks (U+2028), which moves every
        // later line number: each is reported here at its place, and parsing goes on with a space
        // in its stead, so the file's other mistakes are found in the same run.
        let controls = controlCharacters(in: yaml)
        if !controls.isEmpty {
            for control in controls {
                diagnostics.error(.controlCharacterInYAML(codePoint: control.scalar.codePointName),
                                  at: SourceLocation(file: file, line: control.line + firstLine - 1, column: control.column))
            }
            yaml = String(String.UnicodeScalarView(yaml.unicodeScalars.map { ControlCharacters.contains($0) ? " " : $0 }))
        }
        // Aliases can make a few lines stand for billions of values ("billion laughs"), which
        // would hang the YAML library; sitegen has no use for them, so they are refused first.
        if let (line, column) = firstAlias(in: yaml) {
            diagnostics.error(.yamlAnchorOrAlias, at: SourceLocation(file: file, line: line + firstLine - 1, column: column))
            return nil
        }
        if let (line, column) = firstTag(in: yaml) {
            // A tag changes what a value is (`!!str 1` made a number text, `!Vigtigt` is no text
            // at all): none is needed in sitegen's files.
            diagnostics.error(.yamlTag, at: SourceLocation(file: file, line: line + firstLine - 1, column: column))
            return nil
        }
        do {
            // The encoding is given so that Yams does not read the process environment for every file.
            return try Yams.compose(yaml: yaml, .core12, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.report(diagnostic(for: error, yaml: yaml, file: file, firstLine: firstLine))
        } catch {
            diagnostics.error(.yamlFailed(file: yamlFile(file), detail: "\(error)"), at: SourceLocation(file: file, line: firstLine, column: 1))
        }
        return nil
    }

    /// Each control character in `yaml` with its 1-based line and column (in characters as
    /// the YAML library counts them: Unicode scalars).
    static func controlCharacters(in yaml: String) -> [(line: Int, column: Int, scalar: Unicode.Scalar)] {
        guard ControlCharacters.mayOccur(in: yaml) else { return [] }
        var found: [(line: Int, column: Int, scalar: Unicode.Scalar)] = []
        var line = 1, column = 1
        for scalar in yaml.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if ControlCharacters.contains(scalar) { found.append((line, column, scalar)) }
            column += 1
        }
        return found
    }

    /// The 1-based line and column of the first anchor or alias node: `&name` or `*name` standing
    /// where a YAML value starts (after ': ', '- ', '? ', '[', '{' or ',') and ending there.
    /// Emphasis such as `*vigtigt*` in running text does not count.
    static func firstAlias(in yaml: String) -> (Int, Int)? {
        firstNode(startingWith: [UInt8(ascii: "*"), UInt8(ascii: "&")], in: yaml)
    }

    /// The 1-based line and column of the first node with an explicit tag (`!!str 1`,
    /// `!python/object …`, or text that starts with '!' and so reads as a tag), where a value starts.
    static func firstTag(in yaml: String) -> (Int, Int)? {
        firstNode(startingWith: [UInt8(ascii: "!")], in: yaml)
    }

    /// The first `sigil` + name standing where a YAML node starts, outside quoted text.
    private static func firstNode(startingWith sigils: [UInt8], in yaml: String) -> (Int, Int)? {
        // Compared byte by byte (a Set would hash every byte of every file).
        func isSigil(_ byte: UInt8) -> Bool { sigils.contains(byte) }
        guard yaml.utf8.contains(where: isSigil) else { return nil }
        let sigilCharacters = Set(sigils.map { Character(Unicode.Scalar($0)) })
        for (index, bytes) in yaml.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            // Most lines have none: only those are read character by character.
            guard bytes.contains(where: isSigil) else { continue }
            let characters = Array(Substring(bytes))
            // Whether a node can start at `i`: at the start of the line, after '[', '{' or ',',
            // or after ':', '-' or '?' and a blank (a space or a tab). Only there does a quote open a quoted text
            // (the "'" in "q 'q" is a letter of plain text) or '&'/'*' an anchor or alias.
            func startsNode(_ i: Int) -> Bool {
                var before = i - 1
                while before >= 0 && (characters[before] == " " || characters[before] == "\t") { before -= 1 }
                return before < 0 || "[{,".contains(characters[before])
                    || ((characters[before] == ":" || characters[before] == "-" || characters[before] == "?") && before < i - 1)
            }
            var quote: Character?
            for (i, character) in characters.enumerated() {
                if let open = quote {
                    if character == open { quote = nil }
                    continue
                }
                if character == "\"" || character == "'" {
                    if startsNode(i) { quote = character }
                    continue
                }
                guard sigilCharacters.contains(character), startsNode(i) else { continue }
                if character == "!" {
                    // A tag: '!' and anything but a blank after it.
                    if i + 1 < characters.count, characters[i + 1] != " ", characters[i + 1] != "\t" { return (index + 1, i + 1) }
                    continue
                }
                // The name, then the end of the node.
                var end = i + 1
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" || characters[end] == "-" { end += 1 }
                guard end > i + 1 else { continue }
                if end == characters.count || " \t,]}".contains(characters[end]) { return (index + 1, i + 1) }
            }
        }
        return nil
    }

    /// The YAML file a message names (sitegen.yml, a theme's strings), or nil when the YAML is
    /// a content file's front matter.
    static func yamlFile(_ file: String) -> String? {
        file.hasSuffix(".yml") || file.hasSuffix(".yaml") ? file : nil
    }

    /// The 1-based line after `mark` where `key` is written again at the same indentation.
    private static func line(repeating key: String, after mark: Mark, in yaml: String) -> Int? {
        let indentation = String(repeating: " ", count: max(mark.column - 1, 0))
        var number = 0
        for text in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard number > mark.line, text.hasPrefix(indentation) else { continue }
            let rest = text.dropFirst(indentation.count)
            for written in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(written) {
                if rest.dropFirst(written.count).drop(while: { $0 == " " }).first == ":" { return number }
            }
        }
        return nil
    }

    private static func diagnostic(for error: YamlError, yaml: String, file: String, firstLine: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // libyaml's problem and context texts are English; they stay so in every language.
            let context = context.map { Problem.YAMLContext(text: $0.text, line: $0.mark.line + firstLine - 1) }
            // libyaml names the tab only sometimes ("found character that cannot start any
            // token" is a tab before '- ' too): a tab on the line it stopped at is the cause.
            // The line libyaml stopped at ("" past the end).
            let text = TextLines(yaml).line(mark.line) ?? ""
            if problem.contains("tab") || text.contains("\t") {
                return Diagnostic(.error, .tabInYAML(file: yamlFile(file), problem: problem, context: context), at: at(mark))
            }
            // Word turns "…" into “…”, which YAML reads as letters, not as quotes.
            if text.contains(where: { "“”„‘’‚«»".contains($0) }) {
                return Diagnostic(.error, .typographicQuotesInYAML(file: yamlFile(file), problem: problem, context: context), at: at(mark))
            }
            if let explained = YAMLMistakes.explain(problem: problem, line: text) {
                return Diagnostic(.error, explained, at: at(mark))
            }
            return Diagnostic(.error, .invalidYAML(file: yamlFile(file), problem: problem, context: context), at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams gives the first of the keys; the writer is shown the repeat, which is most
            // often the line just added, with the first one's line in the message.
            let first = context.mark
            var at = at(first)
            var firstWritten: Int?
            if duplicates.count == 1, let key = duplicates.first,
               let repeated = line(repeating: key, after: first, in: yaml) {
                at = SourceLocation(file: file, line: repeated + firstLine - 1, column: first.column)
                firstWritten = first.line + firstLine - 1
            }
            return Diagnostic(.error, .duplicateKey(keys: duplicates.sorted(), firstLine: firstWritten), at: at)
        case let .reader(problem, _, _, _):
            return Diagnostic(.error, .unreadableYAML(file: yamlFile(file), problem: problem), at: SourceLocation(file: file, line: firstLine, column: 1))
        default:
            return Diagnostic(.error, .yamlFailedWithoutDetail, at: SourceLocation(file: file, line: firstLine, column: 1))
        }
    }
}
