import Yams

extension Resolver {
    /// The YAML 1.2 core schema: `yes`, `no`, `on`, `off` and dates stay strings.
    static let core12: Resolver = {
        do {
            return try Resolver.basic
                .appending(.null, "^(?:~|null|Null|NULL|)$")
                .appending(.bool, "^(?:true|True|TRUE|false|False|FALSE)$")
                .appending(.int, "^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
                .appending(.float, "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$")
        } catch {
            preconditionFailure("the core schema's patterns are constant and valid: \(error)")
        }
    }()
}

/// Parses the YAML of front matter into a node tree, turning YAML errors into diagnostics
/// that point into the content file.
enum YAMLParser {
    /// Parses `yaml`, whose first line is line `firstLine` of `file`.
    static func parse(_ yaml: String, file: String, firstLine: Int, diagnostics: inout DiagnosticBag) -> Node? {
        do {
            return try Yams.compose(yaml: yaml, .core12)
        } catch let error as YamlError {
            diagnostics.report(diagnostic(for: error, file: file, firstLine: firstLine))
        } catch {
            diagnostics.error("yaml-syntax", at: SourceLocation(file: file, line: firstLine, column: 1),
                              "the front matter is not valid YAML: \(error)")
        }
        return nil
    }

    private static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
        }
        let hint = "check the indentation, the ':' after each key and the quotes; put text that contains ': ' or starts with a special character in quotes"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "the front matter is not valid YAML: \(problem)"
            if let context { message += " (\(context.text) on line \(context.mark.line + firstLine - 1))" }
            if problem.contains("tab") {
                return Diagnostic(.error, "yaml-syntax", at: at(mark), .same(message), hint: "indent with spaces, not tabs")
            }
            return Diagnostic(.error, "yaml-syntax", at: at(mark), .same(message), hint: .same(hint))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(.error, "duplicate-key", at: at(context.mark), "the key \(keys) is written more than once",
                              hint: "keep one of them and delete the others")
        case let .reader(problem, _, _, _):
            return Diagnostic(.error, "yaml-syntax", at: SourceLocation(file: file, line: firstLine, column: 1),
                              "the front matter cannot be read: \(problem)")
        default:
            return Diagnostic(.error, "yaml-syntax", at: SourceLocation(file: file, line: firstLine, column: 1),
                              "the front matter is not valid YAML")
        }
    }
}
