/// How bad a diagnostic is.
public enum Severity: String, Sendable, Comparable, Codable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One problem found in a site, located in a file, with a stable code and an optional hint.
public struct Diagnostic: Hashable, Sendable, Comparable {
    /// Where the problem is.
    public var location: SourceLocation
    /// Whether it fails the build.
    public var severity: Severity
    /// Stable identifier, e.g. `unknown-key`; documentation and CI refer to it.
    public var code: String
    /// What is wrong, in plain words, in every language.
    public var text: LocalizedText
    /// How to fix it, when there is something to say.
    public var hintText: LocalizedText?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: String, at location: SourceLocation, _ message: LocalizedText, hint: LocalizedText? = nil) {
        self.location = location
        self.severity = severity
        self.code = code
        self.text = message
        self.hintText = hint
    }

    /// What is wrong, in English.
    public var message: String { text.en }
    /// How to fix it, in English.
    public var hint: String? { hintText?.en }

    /// What is wrong, in `language`.
    public func message(in language: Language) -> String { text.text(for: language) }
    /// How to fix it, in `language`.
    public func hint(in language: Language) -> String? { hintText?.text(for: language) }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}

/// Collects diagnostics from one stage; stages merge their bags at the end.
public struct DiagnosticBag: Sendable {
    /// Everything reported so far, in the order it was reported.
    public private(set) var items: [Diagnostic] = []

    /// Creates an empty bag.
    public init() {}

    /// Adds a diagnostic.
    public mutating func report(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    /// Adds an error.
    public mutating func error(_ code: String, at location: SourceLocation, _ message: LocalizedText, hint: LocalizedText? = nil) {
        items.append(Diagnostic(.error, code, at: location, message, hint: hint))
    }

    /// Adds a warning.
    public mutating func warning(_ code: String, at location: SourceLocation, _ message: LocalizedText, hint: LocalizedText? = nil) {
        items.append(Diagnostic(.warning, code, at: location, message, hint: hint))
    }

    /// Adds everything from another bag.
    public mutating func merge(_ other: DiagnosticBag) {
        items.append(contentsOf: other.items)
    }

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// The diagnostics sorted by file, line, column and code, without repeats.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return items.sorted().filter { seen.insert($0).inserted }
    }
}
