/// The words the text format puts before a message and its hint; each catalog has its own.
struct DiagnosticWords: Sendable {
    /// Before an error's message: "fejl".
    let error: String
    /// Before a warning's message: "advarsel".
    let warning: String
    /// Before the hint: "tip".
    let hint: String
}
