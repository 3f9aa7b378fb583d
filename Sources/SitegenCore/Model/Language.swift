/// The languages content may be written in.
public enum Language: String, Sendable, CaseIterable {
    case da, nb, nn, no, en

    /// The value for `<html lang>`.
    var htmlLang: String { rawValue }

    /// The language whose interface strings this one uses (`no` reads as bokmål).
    var stringsLanguage: String {
        self == .no ? "nb" : rawValue
    }
}
