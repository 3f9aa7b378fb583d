internal import Yams

// Single values: a line of text, a number, true or false, a date, an address, a colour, a word
// from a fixed set; each reported where it is written, when it is not what its key wants.
extension FieldReader {
    /// The text of a one-line value of at most `maxLength` characters.
    mutating func line(_ node: Node, key: String, maxLength: Int?) -> String? {
        guard let text = scalarText(node, key: key) else { return nil }
        if text.utf8.contains(0x0A) {
            diagnostics.error(.multilineValue(key: key), at: location(of: node))
            return nil
        }
        if let maxLength, text.count > maxLength {
            diagnostics.error(.valueTooLong(key: key, length: text.count, maxLength: maxLength), at: location(of: node))
            return nil
        }
        return text
    }

    /// `true` or `false`, written plain.
    mutating func boolean(_ node: Node, key: String) -> Bool? {
        guard let text = scalarText(node, key: key) else { return nil }
        // In the YAML 1.2 core schema a quoted "true" is text, not a yes-or-no value.
        switch node.scalar?.style == .plain ? text : "" {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            diagnostics.error(.notABoolean(key: key, value: text), at: location(of: node))
            return nil
        }
    }

    /// An http or https address.
    mutating func webAddress(_ node: Node, key: String) -> String? {
        guard let text = scalarText(node, key: key) else { return nil }
        guard Validators.isWebURL(text) else {
            diagnostics.error(.notAWebAddress(key: key, value: text), at: location(of: node))
            return nil
        }
        return text
    }

    /// An e-mail address.
    mutating func email(_ node: Node, key: String) -> String? {
        guard let text = scalarText(node, key: key) else { return nil }
        guard Validators.isEmail(text) else {
            diagnostics.error(.notAnEmailAddress(key: key, value: text), at: location(of: node))
            return nil
        }
        return text
    }

    /// A colour `#rrggbb`, in small letters.
    mutating func color(_ node: Node, key: String) -> String? {
        guard let text = scalarText(node, key: key) else { return nil }
        guard Validators.isHexColor(text) else {
            diagnostics.error(.notAColor(key: key, value: text), at: location(of: node))
            return nil
        }
        return text.lowercased()
    }

    /// One of the words `allowed`.
    mutating func word(_ node: Node, key: String, allowed: [String]) -> String? {
        guard let text = scalarText(node, key: key) else { return nil }
        guard allowed.contains(text) else {
            let closest = Suggestions.closest(to: text, in: allowed)
            diagnostics.error(.valueNotAllowed(key: key, value: text, suggestion: closest, allowedValues: allowed), at: location(of: node))
            return nil
        }
        return text
    }

    /// A whole number, at least `minimum` when given.
    mutating func integer(_ node: Node, key: String, minimum: Int?) -> Int? {
        guard let text = scalarText(node, key: key) else { return nil }
        guard node.scalar?.style == .plain, let value = Int(text) else {
            diagnostics.error(.notAWholeNumber(key: key, value: text, minimum: minimum), at: location(of: node))
            return nil
        }
        if let minimum, value < minimum {
            diagnostics.error(.numberTooSmall(key: key, value: value, minimum: minimum), at: location(of: node))
            return nil
        }
        return value
    }

    /// A day written `YYYY-MM-DD`.
    mutating func date(_ node: Node, key: String) -> CalendarDate? {
        guard let text = scalarText(node, key: key) else { return nil }
        guard let date = CalendarDate(text) else {
            let digits = text.split(separator: "-", omittingEmptySubsequences: false)
            if digits.map(\.count) == [4, 2, 2], digits.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
                // Written right, but no such day: 2024-02-30, 2026-13-01, 0000-01-01.
                diagnostics.error(.noSuchDay(key: key, value: text), at: location(of: node))
                return nil
            }
            diagnostics.error(.notADate(key: key, value: text, meant: WrittenInDanish.date(text)), at: location(of: node))
            return nil
        }
        return date
    }

    /// The trimmed text of a single value; nil, reported, for a list, a map, an alias or text
    /// with a control character.
    mutating func scalarText(_ node: Node, key: String) -> String? {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string.trimmingWhitespace()
            if let control = ControlCharacters.first(in: text) {
                diagnostics.error(.controlCharacterInValue(key: key, codePoint: control.codePointName), at: location(of: node))
                return nil
            }
            return text
        case .sequence:
            diagnostics.error(.listForSingleValue(key: key), at: location(of: node))
        case .mapping:
            diagnostics.error(.mapForSingleValue(key: key), at: location(of: node))
        case .alias:
            diagnostics.error(.aliasForValue(key: key), at: location(of: node))
        }
        return nil
    }
}
