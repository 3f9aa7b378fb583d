import Foundation

/// The alphabetical order of titles and names in one language's lists.
///
/// Danish and Norwegian put Æ, Ø and Å after Z and read "aa" as "å" (so "Aarhus" comes after
/// "Ærø"), and in every language "albertslund" and "Albertslund" sort beside each other
/// rather than every capital before every small letter. The order is the Unicode collation of
/// the language (Foundation's ICU); only where that finds two titles equal do their code
/// points, and then the callers' ids, decide, so the order is always the same.
struct TitleCollation: Sendable {
    /// The language whose alphabet orders the list.
    let language: Language
    private let locale: Locale

    /// One locale per language, made once: the assembly and the quick path's order check
    /// make a collation per document.
    private static let locales = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, Locale(identifier: $0.stringsLanguage)) })

    /// Creates the order of `language`'s lists.
    init(_ language: Language) {
        self.language = language
        self.locale = Self.locales[language] ?? Locale(identifier: language.stringsLanguage)
    }

    /// How `a` compares with `b`: `.orderedSame` only when they are the same text.
    func compare(_ a: String, _ b: String) -> ComparisonResult {
        if a == b { return .orderedSame }
        let result = a.compare(b, options: [], range: nil, locale: locale)
        if result != .orderedSame { return result }
        return a < b ? .orderedAscending : .orderedDescending
    }

    /// Compares `a` with `b` by their texts, and by their keys when the texts are the same.
    func precedes<Key: Comparable>(_ a: String, _ aKey: Key, _ b: String, _ bKey: Key) -> Bool {
        switch compare(a, b) {
        case .orderedAscending: return true
        case .orderedDescending: return false
        case .orderedSame: return aKey < bKey
        }
    }
}
