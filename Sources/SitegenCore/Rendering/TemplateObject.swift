import Mustache

/// A page's values as templates see them: a dictionary behind a final class. swift-mustache asks
/// every value it meets whether it conforms to its protocols; for `[String: Any]` that is a
/// conditional conformance (`where Key == String`), which the Swift runtime checks far more
/// slowly than the plain conformance of a class, and lookups were a fifth of the build's time.
final class TemplateObject: MustacheParent, MustacheTransformable, @unchecked Sendable {
    private let values: [String: Any]

    /// Wraps `values`, and every dictionary inside it, list items included.
    init(_ values: [String: Any]) {
        var wrapped: [String: Any] = [:]
        wrapped.reserveCapacity(values.count)
        for (key, value) in values { wrapped[key] = Self.wrap(value) }
        self.values = wrapped
    }

    /// `value` with its dictionaries (also in lists) wrapped; anything else as it is.
    static func wrap(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: return TemplateObject(dictionary)
        case let list as [[String: Any]]: return list.map(TemplateObject.init)
        case let list as [Any]: return list.map(wrap)
        default: return value
        }
    }

    func child(named name: String) -> Any? {
        values[name]
    }

    /// The transforms a dictionary has in swift-mustache (`empty`, `count`, `enumerated`, `sorted`).
    func transform(_ name: String) -> Any? {
        values.transform(name)
    }
}
