import Foundation
internal import Yams

/// Reads a front matter mapping against a list of key specs: reports unknown keys, missing
/// required keys and values of the wrong type, each at its own line and column. The values
/// themselves are read in FieldReader+Scalars (one value), FieldReader+Lists and
/// FieldReader+Maps (a group of keys).
struct FieldReader {
    let file: String
    /// The file line of the YAML's first line.
    let firstLine: Int
    /// The YAML text, to tell a value emptied by a comment (`color: #1a5a96`) from one left
    /// empty; nil when it is not at hand.
    let yaml: TextLines?
    var diagnostics = DiagnosticBag()

    init(file: String, firstLine: Int, yaml: String? = nil) {
        self.init(file: file, firstLine: firstLine, lines: yaml.map(TextLines.init))
    }

    private init(file: String, firstLine: Int, lines: TextLines?) {
        self.file = file
        self.firstLine = firstLine
        self.yaml = lines
    }

    /// A reader of a group of keys inside this one's YAML (`quote`, a contact).
    func subReader() -> FieldReader {
        FieldReader(file: file, firstLine: firstLine, lines: yaml)
    }

    /// The location of a node in the content file.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: firstLine, column: 1) }
        return SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
    }

    /// Reads every key of `mapping` that `specs` allows; returns the values by key name.
    mutating func read(_ mapping: Node.Mapping, specs: [KeySpec], mappingNode: Node, kindName: String) -> [String: Located<FieldValue>] {
        var values: [String: Located<FieldValue>] = [:]
        let byName = Dictionary(specs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else {
                diagnostics.error(.keyNotAWord, at: location(of: keyNode))
                continue
            }
            guard let spec = byName[key] else {
                if let invisible = InvisibleCharacters.first(in: key) {
                    // "ti\u{200B}tle" looks like 'title' and matches nothing: say what is there.
                    let meant = InvisibleCharacters.removed(from: key)
                    diagnostics.error(.invisibleCharacterInKey(key: meant, codePoint: invisible), at: location(of: keyNode))
                    continue
                }
                let names = specs.map(\.name)
                let closest = WrittenInDanish.key(for: key, among: names) ?? Suggestions.closest(to: key, in: names)
                diagnostics.error(.unknownKey(key: key, suggestion: closest, allowedKeys: names, kindName: kindName),
                                  at: location(of: keyNode))
                continue
            }
            if isNull(valueNode) {
                if reportComment(emptying: valueNode, of: keyNode, key: key, type: spec.type) { continue }
                if spec.required {
                    diagnostics.error(.missingValue(key: key), at: location(of: keyNode))
                }
                continue
            }
            // An optional value left empty (`website: ""`) is no value, whatever its type.
            if !spec.required, let scalar = valueNode.scalar, scalar.string.trimmingWhitespace().isEmpty { continue }
            if let value = read(valueNode, as: spec.type, key: key) {
                if case .string(let text) = value, text.isEmpty {
                    // An optional value left empty (`summary: ""`) is no value.
                    guard spec.required else { continue }
                    // `title: ""` or `name: " "` would make a page without a heading or a link without text.
                    diagnostics.error(.emptyValue(key: key), at: location(of: valueNode))
                    continue
                }
                values[key] = Located(value, at: location(of: valueNode))
            }
        }
        // The hint says where the line goes: the file's front matter, sitegen.yml, or the group
        // it is missing from (a contact's `name` goes under that contact, not at the top of the file).
        for spec in specs where spec.required && !mapping.keys.contains(where: { $0.scalar?.string == spec.name }) {
            diagnostics.error(.missingKey(key: spec.name, kindName: kindName), at: location(of: mappingNode))
        }
        return values
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Reports a single value that is empty because a `#` after the key's `:` began a YAML
    /// comment (`color: #1a5a96`), for optional keys too, whose empty value would otherwise be
    /// dropped without a word. A list or map is written on the lines below its key, where a
    /// comment after the `:` is a note. Returns whether it reported.
    private mutating func reportComment(emptying valueNode: Node, of keyNode: Node, key: String, type: KeyType) -> Bool {
        switch type {
        case .stringList, .idList, .expects, .quote, .datePeriod, .contacts: return false
        default: break
        }
        guard let yaml, valueNode.scalar?.string == "", let mark = keyNode.mark,
              let comment = CommentAfterKey.comment(in: yaml, line: mark.line, keyColumn: mark.column) else { return false }
        diagnostics.error(.commentAsValue(key: key, comment: comment.text),
                          at: SourceLocation(file: file, line: mark.line + firstLine - 1, column: comment.column))
        return true
    }

    // MARK: - Typed values

    /// The value of `node` as `type` wants it, or nil after reporting why it is not one.
    private mutating func read(_ node: Node, as type: KeyType, key: String) -> FieldValue? {
        switch type {
        case .line(let maxLength): return line(node, key: key, maxLength: maxLength).map(FieldValue.string)
        case .text: return scalarText(node, key: key).map(FieldValue.string)
        case .integer(let minimum): return integer(node, key: key, minimum: minimum).map(FieldValue.integer)
        case .boolean: return boolean(node, key: key).map(FieldValue.boolean)
        case .date: return date(node, key: key).map(FieldValue.date)
        case .url: return webAddress(node, key: key).map(FieldValue.string)
        case .email: return email(node, key: key).map(FieldValue.string)
        case .color: return color(node, key: key).map(FieldValue.string)
        case .path: return scalarText(node, key: key).map(FieldValue.string)
        case .oneOf(let allowed): return word(node, key: key, allowed: allowed).map(FieldValue.string)
        case .stringList(let minCount): return stringList(node, key: key, minCount: minCount).map(FieldValue.strings)
        case .idList: return idList(node, key: key).map(FieldValue.ids)
        case .expects: return expects(node, key: key).map(FieldValue.expects)
        case .quote: return quote(node, key: key).map(FieldValue.quote)
        case .datePeriod: return datePeriod(node, key: key).map(FieldValue.datePeriod)
        case .contacts: return contacts(node, key: key).map(FieldValue.contacts)
        }
    }
}
