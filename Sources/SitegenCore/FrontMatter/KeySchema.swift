/// The type of a front matter value, as the content format's keys table names it.
enum KeyType: Sendable, Equatable {
    /// One line of text, at most `maxLength` characters when given.
    case line(maxLength: Int?)
    /// Any text.
    case text
    /// A whole number at least `minimum`.
    case integer(minimum: Int?)
    /// `true` or `false`.
    case boolean
    /// `YYYY-MM-DD`.
    case date
    /// An http or https address.
    case url
    /// An e-mail address.
    case email
    /// `#rrggbb`.
    case color
    /// A path to a file beside the content file.
    case path
    /// One of a fixed set of words.
    case oneOf([String])
    /// A list of strings with at least `minCount` items.
    case stringList(minCount: Int)
    /// A list of content ids.
    case idList
    /// `expects`: a map from part kinds to counts.
    case expects
    /// `quote`: text and source.
    case quote
    /// `period` of a programme: start and end dates.
    case datePeriod
    /// `contacts`: a list of maps with name, title, email, phone.
    case contacts
}

/// One key that a kind allows.
struct KeySpec: Sendable {
    /// The key as written in front matter.
    let name: String
    /// What its value must be.
    let type: KeyType
    /// Whether the key must be present.
    let required: Bool
    /// A Danish description for editors and the JSON Schema.
    let description: String

    init(_ name: String, _ type: KeyType, required: Bool = false, _ description: String) {
        self.name = name
        self.type = type
        self.required = required
        self.description = description
    }
}

/// The keys table of the content format.
enum KeySchema {
    /// The keys every kind has.
    static let common: [KeySpec] = [
        KeySpec("kind", .oneOf(Kind.allCases.map(\.rawValue)), required: true, "Hvilken slags indhold filen er"),
        KeySpec("title", .line(maxLength: 200), required: true, "Sidens titel (én linje, højst 200 tegn)"),
        KeySpec("summary", .line(maxLength: 300), "Kort beskrivelse af siden (højst 300 tegn)"),
        KeySpec("draft", .boolean, "Kladde: udelades, medmindre der bygges med --drafts"),
        KeySpec("language", .oneOf(Language.allCases.map(\.rawValue)), "Sprog: da, nb, nn, no eller en"),
        KeySpec("tags", .stringList(minCount: 0), "Emneord"),
        KeySpec("related", .idList, "Relaterede sider, angivet med deres id"),
    ]

    /// The keys of one kind, common keys first.
    static func keys(for kind: Kind) -> [KeySpec] {
        common + specific(for: kind)
    }

    /// The keys only `kind` has.
    static func specific(for kind: Kind) -> [KeySpec] {
        switch kind {
        case .municipality:
            return [
                KeySpec("name", .line(maxLength: nil), required: true, "Kommunens (eller myndighedens) navn"),
                KeySpec("country", .oneOf(Country.allCases.map(\.rawValue)), required: true, "Land: dk eller no"),
                KeySpec("website", .url, "Hjemmeside (http eller https)"),
                KeySpec("logo", .path, "Logo: en billedfil ved siden af index.md"),
                KeySpec("color", .color, "Accentfarve #rrggbb med kontrast mindst 4,5:1 mod hvid"),
                KeySpec("contact", .email, "Kontakt-e-mail"),
            ]
        case .framework:
            return documentKeys + [
                KeySpec("label", .line(maxLength: nil), required: true, "Dokumenttype: Ledelsesgrundlag, Grundkontrakt ..."),
                KeySpec("audience", .stringList(minCount: 0), "Målgrupper"),
                KeySpec("purposes", .stringList(minCount: 0), "Formål"),
                KeySpec("commitments", .stringList(minCount: 0), "Det, rammen gør alle fælles ansvarlige for"),
                KeySpec("usage", .stringList(minCount: 0), "Anvendelse: hvor rammen bruges"),
            ]
        case .programme:
            return documentKeys + [
                KeySpec("label", .line(maxLength: nil), "Dokumenttype (standard: Program)"),
                KeySpec("goal", .text, required: true, "Programmets mål"),
                KeySpec("quote", .quote, "Citat: text og source"),
                KeySpec("period", .datePeriod, "Periode: start og end (datoer)"),
                KeySpec("duration", .line(maxLength: nil), "Varighed, fx \"op til to og et halvt år\""),
                KeySpec("audience", .line(maxLength: nil), "Målgruppe"),
                KeySpec("criteria", .stringList(minCount: 0), "Hvem kan deltage, og på hvilket grundlag"),
                KeySpec("outcomes", .stringList(minCount: 0), "Hvad programmet sigter mod"),
                KeySpec("contacts", .contacts, "Kontaktpersoner: name, title, email, phone"),
                KeySpec("website", .url, "Hjemmeside (http eller https)"),
            ]
        case .approach:
            return [
                KeySpec("number", .integer(minimum: 1), required: true, "Tilgangens nummer: 1, 2, 3 ..."),
                KeySpec("statement", .text, required: true, "Forpligtelsen: \"Vi leder ...\""),
                KeySpec("actions", .stringList(minCount: 1), required: true, "Derfor gør vi følgende"),
            ]
        case .role:
            return [
                KeySpec("actor", .line(maxLength: nil), required: true, "Hvem har rollen (\"Vejlederen\")"),
                KeySpec("responsibilities", .stringList(minCount: 1), required: true, "Rollens ansvar og opgaver"),
                KeySpec("number", .integer(minimum: 1), "Rækkefølge"),
            ]
        case .initiative:
            return [
                KeySpec("number", .integer(minimum: 1), required: true, "Indsatsens nummer: 1, 2, 3 ..."),
                KeySpec("prerequisite", .text, required: true, "Det forudsætter ..."),
            ]
        case .course:
            return [
                KeySpec("number", .integer(minimum: 1), "Rækkefølge"),
                KeySpec("period", .line(maxLength: nil), "Periode, fx \"Foråret 2016\""),
                KeySpec("audience", .line(maxLength: nil), "Målgruppe"),
                KeySpec("topics", .stringList(minCount: 1), required: true, "Emner"),
            ]
        case .section:
            return [KeySpec("number", .integer(minimum: 1), "Rækkefølge")]
        case .page:
            return [KeySpec("menu", .integer(minimum: nil), "Plads i sitets menu")]
        }
    }

    private static let documentKeys: [KeySpec] = [
        KeySpec("status", .oneOf(["draft", "adopted", "archived"]), "Status: draft, adopted eller archived"),
        KeySpec("adopted", .date, "Vedtaget (ÅÅÅÅ-MM-DD)"),
        KeySpec("revised", .date, "Revideret (ÅÅÅÅ-MM-DD), ikke før vedtaget"),
        KeySpec("version", .line(maxLength: nil), "Version"),
        KeySpec("owner", .line(maxLength: nil), "Ejer"),
        KeySpec("slogan", .line(maxLength: nil), "Slogan"),
        KeySpec("expects", .expects, "Forventet antal dele: approaches, roles, initiatives ..."),
    ]
}
