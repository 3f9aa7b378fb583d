/// How bad a diagnostic is.
public enum Severity: String, Sendable, Comparable, Codable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One problem found in a site, located in a file: what went wrong (`problem`, with its stable
/// code) and how bad it is. Its text comes from the catalog of the language asked for.
public struct Diagnostic: Hashable, Sendable, Comparable {
    /// Where the problem is.
    public var location: SourceLocation
    /// Whether it fails the build.
    public var severity: Severity
    /// What is wrong.
    var problem: Problem

    /// Creates a diagnostic.
    init(_ severity: Severity, _ problem: Problem, at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.problem = problem
    }

    /// Stable identifier, e.g. `unknown-key`; documentation and CI refer to it.
    public var code: DiagnosticCode { problem.code }

    /// What is wrong, in English.
    package var message: String { problem.english.message }
    /// How to fix it, in English.
    package var hint: String? { problem.english.hint }

    /// What the diagnostic says in `language`.
    func text(in language: Language) -> DiagnosticText {
        language.fromCatalog(english: problem.english, danish: problem.danish, norwegian: problem.norwegian)
    }

    /// What is wrong, in `language`.
    public func message(in language: Language) -> String { text(in: language).message }
    /// How to fix it, in `language`.
    public func hint(in language: Language) -> String? { text(in: language).hint }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }
}

/// Collects diagnostics from one stage; stages merge their bags at the end.
struct DiagnosticBag: Sendable {
    /// Everything reported so far, in the order it was reported.
    private(set) var items: [Diagnostic] = []

    /// Creates an empty bag.
    init() {}

    /// Adds a diagnostic.
    mutating func report(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    /// Adds an error.
    mutating func error(_ problem: Problem, at location: SourceLocation) {
        items.append(Diagnostic(.error, problem, at: location))
    }

    /// Adds a warning.
    mutating func warning(_ problem: Problem, at location: SourceLocation) {
        items.append(Diagnostic(.warning, problem, at: location))
    }

    /// Adds everything from another bag.
    mutating func merge(_ other: DiagnosticBag) {
        items.append(contentsOf: other.items)
    }

    /// True when any diagnostic is an error.
    var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// The diagnostics sorted by file, line, column and code, without repeats.
    var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return items.sorted().filter { seen.insert($0).inserted }
    }
}
