extension Severity {
    /// The word for the severity in `language` ("fejl", "advarsel"), as the text format writes it.
    package func word(in language: Language) -> String {
        let words = language.fromCatalog(english: DiagnosticWords.english, danish: DiagnosticWords.danish,
                                         norwegian: DiagnosticWords.norwegian)
        return self == .error ? words.error : words.warning
    }
}
