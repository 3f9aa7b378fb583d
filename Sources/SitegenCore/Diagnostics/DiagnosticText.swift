/// What a diagnostic says in one language: what is wrong and, when there is something to say,
/// how to fix it. The catalogs (Catalog/) give one for every `Problem`.
struct DiagnosticText: Hashable, Sendable {
    /// What is wrong.
    let message: String
    /// How to fix it.
    let hint: String?

    init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}
