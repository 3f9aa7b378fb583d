extension Language {
    /// What a catalog gives in this language: Danish, English, or Norwegian bokmål, which also
    /// speaks for nynorsk and `no`. The one place that picks a catalog.
    func fromCatalog<Text>(english: @autoclosure () -> Text, danish: @autoclosure () -> Text,
                           norwegian: @autoclosure () -> Text) -> Text {
        switch self {
        case .da: return danish()
        case .nb, .nn, .no: return norwegian()
        case .en: return english()
        }
    }
}
