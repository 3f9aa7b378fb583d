internal import Mustache

/// A page's values as templates see them: a dictionary in a struct of its own. swift-mustache
/// asks every value it meets whether it conforms to its protocols; for `[String: Any]` that is a
/// conditional conformance (`where Key == String`), which the Swift runtime checks far more
/// slowly than a plain one, and lookups were a fifth of the build's time. A struct, not a class:
/// casting a class instance also makes the runtime check whether it boxes another value
/// (4 % fewer instructions for the whole build, measured with callgrind).
struct TemplateObject: MustacheParent, MustacheTransformable {
    private let values: [String: Any]

    /// Wraps `values`, and every dictionary inside it, list items included. Only the values
    /// that need wrapping are replaced, in place: most are strings, and the dictionary keeps its
    /// hash table.
    init(_ values: [String: Any]) {
        var values = values
        var index = values.values.startIndex
        while index != values.values.endIndex {
            if let wrapped = Self.wrapped(values.values[index]) { values.values[index] = wrapped }
            values.values.formIndex(after: &index)
        }
        self.values = values
    }

    /// `value` with its dictionaries (also in lists) wrapped; anything else as it is.
    static func wrap(_ value: Any) -> Any {
        wrapped(value) ?? value
    }

    /// `value` wrapped, or nil when it needs no wrapping. The value's type is compared first:
    /// a failed cast of a string to a dictionary or a list costs the Swift runtime far more
    /// than comparing two type identities.
    private static func wrapped(_ value: Any) -> Any? {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == Types.string, let text = value as? String { return TemplateText(text) }
        if type == Types.int, let number = value as? Int { return TemplateNumber(number) }
        if type == Types.bool { return nil }
        if type == Types.dictionary, let dictionary = value as? [String: Any] { return TemplateObject(dictionary) }
        if type == Types.dictionaries, let list = value as? [[String: Any]] { return list.map(TemplateObject.init) }
        if type == Types.strings, let table = value as? [String: String] { return StringTable(table) }
        if type == Types.list, let list = value as? [Any] { return list.map(wrap) }
        return nil
    }

    private enum Types {
        static let string = ObjectIdentifier(String.self)
        static let bool = ObjectIdentifier(Bool.self)
        static let int = ObjectIdentifier(Int.self)
        static let dictionary = ObjectIdentifier([String: Any].self)
        static let dictionaries = ObjectIdentifier([[String: Any]].self)
        static let strings = ObjectIdentifier([String: String].self)
        static let list = ObjectIdentifier([Any].self)
    }

    func child(named name: String) -> Any? {
        values[name]
    }

    /// The transforms a dictionary has in swift-mustache (`empty`, `count`, `enumerated`, `sorted`).
    func transform(_ name: String) -> Any? {
        values.transform(name)
    }
}
