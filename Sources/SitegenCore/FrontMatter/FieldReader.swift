import Foundation
import Yams

/// A value read from front matter and checked against its `KeyType`.
enum FieldValue {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case date(CalendarDate)
    case strings([String])
    case ids([Located<ContentID>])
    case expects([(key: String, count: Int, location: SourceLocation)])
    case quote(Quote)
    case datePeriod(DatePeriod)
    case contacts([Contact])
}

/// Reads a front matter mapping against a list of key specs: reports unknown keys, missing
/// required keys and values of the wrong type, each at its own line and column.
struct FieldReader {
    let file: String
    /// The file line of the YAML's first line.
    let firstLine: Int
    var diagnostics = DiagnosticBag()

    init(file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
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
                diagnostics.error("invalid-key", at: location(of: keyNode), "a key must be a single word",
                                  hint: "write keys as 'name: value'")
                continue
            }
            guard let spec = byName[key] else {
                let hint = Suggestions.closest(to: key, in: specs.map(\.name)).map { "did you mean '\($0)'?" }
                    ?? "the keys a \(kindName) may have are: \(specs.map(\.name).joined(separator: ", "))"
                diagnostics.error("unknown-key", at: location(of: keyNode), "unknown key '\(key)'", hint: .same(hint))
                continue
            }
            if isNull(valueNode) {
                if spec.required {
                    diagnostics.error("missing-value", at: location(of: keyNode), "'\(key)' has no value",
                                      hint: "write the value after '\(key):'")
                }
                continue
            }
            if let value = read(valueNode, as: spec.type, key: key) {
                values[key] = Located(value, at: location(of: valueNode))
            }
        }
        for spec in specs where spec.required && !mapping.keys.contains(where: { $0.scalar?.string == spec.name }) {
            diagnostics.error("missing-key", at: location(of: mappingNode), "the required key '\(spec.name)' is missing",
                              hint: "add a line '\(spec.name): ...' to the front matter")
        }
        return values
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    // MARK: - Typed values

    private mutating func read(_ node: Node, as type: KeyType, key: String) -> FieldValue? {
        switch type {
        case .line(let maxLength):
            guard let text = scalarText(node, key: key) else { return nil }
            if text.contains("\n") {
                diagnostics.error("multiline-value", at: location(of: node), "'\(key)' must be one line",
                                  hint: "join the lines into one")
                return nil
            }
            if let maxLength, text.count > maxLength {
                diagnostics.error("too-long", at: location(of: node),
                                  "'\(key)' is \(text.count) characters long; at most \(maxLength) are allowed",
                                  hint: "shorten it by \(text.count - maxLength) characters")
                return nil
            }
            return .string(text)
        case .text:
            return scalarText(node, key: key).map(FieldValue.string)
        case .integer(let minimum):
            return integer(node, key: key, minimum: minimum).map(FieldValue.integer)
        case .boolean:
            guard let text = scalarText(node, key: key) else { return nil }
            switch text {
            case "true", "True", "TRUE": return .boolean(true)
            case "false", "False", "FALSE": return .boolean(false)
            default:
                diagnostics.error("invalid-boolean", at: location(of: node), "'\(key)' must be true or false, not '\(text)'",
                                  hint: "write '\(key): true' or '\(key): false'")
                return nil
            }
        case .date:
            return date(node, key: key).map(FieldValue.date)
        case .url:
            guard let text = scalarText(node, key: key) else { return nil }
            guard Validators.isWebURL(text) else {
                diagnostics.error("invalid-url", at: location(of: node), "'\(key)' is not a web address: '\(text)'",
                                  hint: "write the whole address, starting with https://")
                return nil
            }
            return .string(text)
        case .email:
            guard let text = scalarText(node, key: key) else { return nil }
            return email(text, node: node, key: key).map(FieldValue.string)
        case .color:
            guard let text = scalarText(node, key: key) else { return nil }
            guard Validators.isHexColor(text) else {
                diagnostics.error("invalid-color", at: location(of: node), "'\(key)' must be a colour written #rrggbb, not '\(text)'",
                                  hint: "for example \(key): \"#00558c\" (in quotes, since # starts a comment in YAML)")
                return nil
            }
            return .string(text.lowercased())
        case .path:
            guard let text = scalarText(node, key: key) else { return nil }
            return .string(text)
        case .oneOf(let allowed):
            guard let text = scalarText(node, key: key) else { return nil }
            guard allowed.contains(text) else {
                let suggestion = Suggestions.closest(to: text, in: allowed).map { "did you mean '\($0)'? " } ?? ""
                diagnostics.error("invalid-value", at: location(of: node), "'\(text)' is not a valid value for '\(key)'",
                                  hint: "\(suggestion)write one of: \(allowed.joined(separator: ", "))")
                return nil
            }
            return .string(text)
        case .stringList(let minCount):
            guard let items = stringList(node, key: key) else { return nil }
            if items.count < minCount {
                diagnostics.error("empty-list", at: location(of: node), "'\(key)' needs at least \(minCount) item\(minCount == 1 ? "" : "s")",
                                  hint: "write each item on its own line, starting with '- '")
                return nil
            }
            return .strings(items)
        case .idList:
            guard let sequence = sequence(node, key: key) else { return nil }
            var ids: [Located<ContentID>] = []
            for item in sequence {
                guard let text = scalarText(item, key: key) else { continue }
                var id = text.trimmingCharacters(in: .whitespaces)
                while id.hasPrefix("/") { id.removeFirst() }
                while id.hasSuffix("/") { id.removeLast() }
                ids.append(Located(ContentID(contentPath: id), at: location(of: item)))
            }
            return .ids(ids)
        case .expects:
            guard let mapping = mapping(node, key: key) else { return nil }
            let allowed = Kind.parts.compactMap(\.expectsKey)
            var counts: [(key: String, count: Int, location: SourceLocation)] = []
            for (k, v) in mapping {
                let name = k.scalar?.string ?? ""
                guard allowed.contains(name) else {
                    let hint = Suggestions.closest(to: name, in: allowed).map { "did you mean '\($0)'?" }
                        ?? "write one of: \(allowed.joined(separator: ", "))"
                    diagnostics.error("unknown-key", at: location(of: k), "unknown key '\(name)' in 'expects'", hint: .same(hint))
                    continue
                }
                if let count = integer(v, key: "expects.\(name)", minimum: 0) {
                    counts.append((name, count, location(of: v)))
                }
            }
            return .expects(counts)
        case .quote:
            guard let mapping = mapping(node, key: key) else { return nil }
            var sub = subReader()
            let values = sub.read(mapping, specs: [
                KeySpec("text", .text, required: true, "Citatet"),
                KeySpec("source", .line(maxLength: nil), "Kilde"),
            ], mappingNode: node, kindName: "quote")
            diagnostics.merge(sub.diagnostics)
            guard case .string(let text)? = values["text"]?.value else { return nil }
            var source: String?
            if case .string(let s)? = values["source"]?.value { source = s }
            return .quote(Quote(text: text, source: source))
        case .datePeriod:
            guard let mapping = mapping(node, key: key) else { return nil }
            var sub = subReader()
            let values = sub.read(mapping, specs: [
                KeySpec("start", .date, "Startdato"),
                KeySpec("end", .date, "Slutdato"),
            ], mappingNode: node, kindName: "period")
            diagnostics.merge(sub.diagnostics)
            var period = DatePeriod()
            if case .date(let d)? = values["start"]?.value { period.start = d }
            if case .date(let d)? = values["end"]?.value { period.end = d }
            if let start = period.start, let end = period.end, end < start, let at = values["end"]?.location {
                diagnostics.error("date-order", at: at, "the period ends (\(end)) before it starts (\(start))",
                                  hint: "check the two dates; 'end' must not be before 'start'")
            }
            return .datePeriod(period)
        case .contacts:
            guard let sequence = sequence(node, key: key) else { return nil }
            var contacts: [Contact] = []
            for item in sequence {
                guard let mapping = mapping(item, key: key) else { continue }
                var sub = subReader()
                let values = sub.read(mapping, specs: [
                    KeySpec("name", .line(maxLength: nil), required: true, "Navn"),
                    KeySpec("title", .line(maxLength: nil), "Titel"),
                    KeySpec("email", .email, "E-mail"),
                    KeySpec("phone", .line(maxLength: nil), "Telefon"),
                ], mappingNode: item, kindName: "contact")
                diagnostics.merge(sub.diagnostics)
                func text(_ k: String) -> String? {
                    if case .string(let s)? = values[k]?.value { return s }
                    return nil
                }
                guard let name = text("name") else { continue }
                contacts.append(Contact(name: name, title: text("title"), email: text("email"), phone: text("phone")))
            }
            return .contacts(contacts)
        }
    }

    private func subReader() -> FieldReader {
        FieldReader(file: file, firstLine: firstLine)
    }

    private mutating func scalarText(_ node: Node, key: String) -> String? {
        switch node {
        case .scalar(let scalar):
            return scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        case .sequence:
            diagnostics.error("type-mismatch", at: location(of: node), "'\(key)' must be a single value, not a list",
                              hint: "write the value on the same line as '\(key):'")
        case .mapping:
            diagnostics.error("type-mismatch", at: location(of: node), "'\(key)' must be a single value, not a map",
                              hint: "write the value on the same line as '\(key):'; put text with ': ' in quotes")
        case .alias:
            diagnostics.error("type-mismatch", at: location(of: node), "'\(key)' uses a YAML alias, which sitegen does not support",
                              hint: "write the value out in full")
        }
        return nil
    }

    private mutating func sequence(_ node: Node, key: String) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        diagnostics.error("type-mismatch", at: location(of: node), "'\(key)' must be a list",
                          hint: "write each item on its own line below '\(key):', starting with '- '")
        return nil
    }

    private mutating func mapping(_ node: Node, key: String) -> Node.Mapping? {
        if case .mapping(let mapping) = node { return mapping }
        diagnostics.error("type-mismatch", at: location(of: node), "'\(key)' must be a map of keys and values",
                          hint: "write each key on its own indented line below '\(key):'")
        return nil
    }

    private mutating func stringList(_ node: Node, key: String) -> [String]? {
        guard let items = sequence(node, key: key) else { return nil }
        var strings: [String] = []
        for item in items {
            guard let text = scalarText(item, key: key) else { continue }
            if text.isEmpty {
                diagnostics.error("empty-item", at: location(of: item), "an item of '\(key)' is empty",
                                  hint: "write the item's text after '- ', or delete the line")
                continue
            }
            strings.append(text)
        }
        return strings
    }

    private mutating func integer(_ node: Node, key: String, minimum: Int?) -> Int? {
        guard let text = scalarText(node, key: key) else { return nil }
        guard node.scalar?.style == .plain, let value = Int(text) else {
            diagnostics.error("type-mismatch", at: location(of: node), "'\(key)' must be a whole number, not '\(text)'",
                              hint: "write digits only, without quotes, e.g. '\(key): \(max(minimum ?? 1, 1))'")
            return nil
        }
        if let minimum, value < minimum {
            diagnostics.error("invalid-number", at: location(of: node), "'\(key)' must be at least \(minimum), not \(value)",
                              hint: "numbers start at \(minimum)")
            return nil
        }
        return value
    }

    private mutating func date(_ node: Node, key: String) -> CalendarDate? {
        guard let text = scalarText(node, key: key) else { return nil }
        guard let date = CalendarDate(text) else {
            diagnostics.error("invalid-date", at: location(of: node), "'\(key)' must be a date written YYYY-MM-DD, not '\(text)'",
                              hint: "for example \(key): 2026-11-23")
            return nil
        }
        return date
    }

    private mutating func email(_ text: String, node: Node, key: String) -> String? {
        guard Validators.isEmail(text) else {
            diagnostics.error("invalid-email", at: location(of: node), "'\(key)' is not a valid e-mail address: '\(text)'",
                              hint: "write it as name@example.dk")
            return nil
        }
        return text
    }
}
