/// What a Danish or Norwegian writer may type instead of the content format's English names and
/// ISO dates, so a hint can name what they meant: `sammendrag:` is `summary:`, `1/9/2024` is
/// `2024-09-01`.
enum WrittenInDanish {
    /// The key meant by a Danish or Norwegian word for it (`titel`, `sammendrag`, `farve`),
    /// when it is one of `keys`; nil otherwise.
    static func key(for written: String, among keys: [String]) -> String? {
        guard let meant = translations[written.lowercased()], keys.contains(meant) else { return nil }
        return meant
    }

    /// A date written day first, as Danes and Norwegians write it (`1/9/2024`, `01.09.2024`,
    /// `1-9-2024`), as the format's `YYYY-MM-DD`; nil when the text is no such date.
    static func date(_ written: String) -> CalendarDate? {
        let parts = written.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 else { return nil }
        let pad = { (text: String) in text.count == 1 ? "0" + text : text }
        return CalendarDate("\(parts[2])-\(pad(parts[1]))-\(pad(parts[0]))")
    }

    private static let translations: [String: String] = [
        "titel": "title", "tittel": "title", "overskrift": "title",
        "sammendrag": "summary", "resumé": "summary", "resume": "summary", "opsummering": "summary",
        "beskrivelse": "summary", "ingress": "summary",
        "type": "kind", "slags": "kind",
        "nummer": "number", "nr": "number",
        "sprog": "language", "språk": "language", "sprak": "language",
        "navn": "name", "farve": "color", "farge": "color", "land": "country",
        "hjemmeside": "website", "nettsted": "website", "nettside": "website", "kontakt": "contact",
        "kladde": "draft", "utkast": "draft", "udkast": "draft",
        "emneord": "tags", "nøgleord": "tags", "stikord": "tags", "stikkord": "tags",
        "vedtaget": "adopted", "vedtatt": "adopted", "vedteke": "adopted",
        "revideret": "revised", "revidert": "revised", "versjon": "version",
        "ejer": "owner", "eier": "owner", "eigar": "owner",
        "handlinger": "actions", "aktør": "actor", "ansvar": "responsibilities", "opgaver": "responsibilities",
        "oppgaver": "responsibilities", "forudsætning": "prerequisite", "forutsetning": "prerequisite",
        "målgruppe": "audience", "periode": "period", "emner": "topics", "varighed": "duration",
        "varighet": "duration", "mail": "email", "e-mail": "email", "epost": "email", "e-post": "email",
        "telefon": "phone", "tlf": "phone", "relateret": "related", "relatert": "related", "meny": "menu",
        "etiket": "label", "etikett": "label", "formål": "purposes", "brug": "usage", "bruk": "usage",
        "mål": "goal", "resultater": "outcomes", "kriterier": "criteria", "kontakter": "contacts",
        "kontaktpersoner": "contacts", "citat": "quote", "sitat": "quote",
        "forpligtelser": "commitments", "forpliktelser": "commitments", "forventer": "expects",
    ]
}
