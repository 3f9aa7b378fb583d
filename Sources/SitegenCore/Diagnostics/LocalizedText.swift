/// A diagnostic's text in the languages sitegen speaks: Danish, Norwegian (bokmål, also used for
/// nynorsk and `no`) and English.
public struct LocalizedText: Hashable, Sendable, ExpressibleByStringInterpolation {
    /// English.
    public let en: String
    /// Danish.
    public let da: String
    /// Norwegian bokmål.
    public let nb: String

    /// Creates a text in every language.
    public init(en: String, da: String, nb: String) {
        self.en = en
        self.da = da
        self.nb = nb
    }

    /// A text that reads the same in every language (a file name, a code).
    public init(stringLiteral value: String) {
        self.init(en: value, da: value, nb: value)
    }

    /// A text that is the same in every language: a name, a path, a message from another tool.
    public static func same(_ text: String) -> LocalizedText {
        LocalizedText(en: text, da: text, nb: text)
    }

    /// The text for `language`.
    public func text(for language: Language) -> String {
        switch language {
        case .da: return da
        case .nb, .nn, .no: return nb
        case .en: return en
        }
    }
}

/// A localized text can be the failure of a `Result`.
extension LocalizedText: Error {}
