/// The keys of each kind of content file: the content format's keys table, declared once
/// (`ContentKinds`); the key schema, `sitegen schema` and docs/keys.md are made from it.
extension ContentKinds {
    /// The keys every kind has.
    static let commonKeys: [KeySpec] = [
        KeySpec("kind", .oneOf(Kind.allCases.map(\.rawValue)), required: true, "Hvilken slags indhold filen er"),
        KeySpec("title", .line(maxLength: 200), required: true, "Sidens titel (én linje, højst 200 tegn)"),
        KeySpec("summary", .line(maxLength: 300), "Kort beskrivelse af siden (højst 300 tegn)"),
        KeySpec("draft", .boolean, "Kladde: udelades, medmindre der bygges med --drafts"),
        KeySpec("language", .oneOf(Language.allCases.map(\.rawValue)), "Sprog: da, nb, nn, no eller en"),
        KeySpec("tags", .stringList(minCount: 0), "Emneord"),
        KeySpec("related", .idList, "Relaterede sider, angivet med deres id"),
    ]

    /// The keys of both kinds of document.
    static let documentKeys: [KeySpec] = [
        KeySpec("status", .oneOf(["draft", "adopted", "archived"]), "Status: draft, adopted eller archived"),
        KeySpec("adopted", .date, "Vedtaget (ÅÅÅÅ-MM-DD)"),
        KeySpec("revised", .date, "Revideret (ÅÅÅÅ-MM-DD), ikke før vedtaget"),
        KeySpec("version", .line(maxLength: nil), "Version"),
        KeySpec("owner", .line(maxLength: nil), "Ejer"),
        KeySpec("slogan", .line(maxLength: nil), "Slogan"),
        KeySpec("expects", .expects, "Forventet antal dele: approaches, roles, initiatives ..."),
    ]

    /// The keys of a municipality besides the common ones.
    static let municipalityKeys: [KeySpec] = [
        KeySpec("name", .line(maxLength: nil), required: true, "Kommunens (eller myndighedens) navn"),
        KeySpec("country", .oneOf(Country.allCases.map(\.rawValue)), required: true, "Land: dk eller no"),
        KeySpec("website", .url, "Hjemmeside (http eller https)"),
        KeySpec("logo", .path, "Logo: en billedfil ved siden af index.md"),
        KeySpec("color", .color, "Accentfarve #rrggbb med kontrast mindst 4,5:1 mod hvid"),
        KeySpec("contact", .email, "Kontakt-e-mail"),
    ]

    /// The keys of a framework besides the common ones.
    static let frameworkKeys: [KeySpec] = documentKeys + [
        KeySpec("label", .line(maxLength: nil), required: true, "Dokumenttype: Ledelsesgrundlag, Grundkontrakt ..."),
        KeySpec("audience", .stringList(minCount: 0), "Målgrupper"),
        KeySpec("purposes", .stringList(minCount: 0), "Formål"),
        KeySpec("commitments", .stringList(minCount: 0), "Det, rammen gør alle fælles ansvarlige for"),
        KeySpec("usage", .stringList(minCount: 0), "Anvendelse: hvor rammen bruges"),
    ]

    /// The keys of a programme besides the common ones.
    static let programmeKeys: [KeySpec] = documentKeys + [
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

    /// The keys of a approach besides the common ones.
    static let approachKeys: [KeySpec] = [
        KeySpec("number", .integer(minimum: 1), required: true, "Tilgangens nummer: 1, 2, 3 ..."),
        KeySpec("statement", .text, required: true, "Forpligtelsen: \"Vi leder ...\""),
        KeySpec("actions", .stringList(minCount: 1), required: true, "Derfor gør vi følgende"),
    ]

    /// The keys of a role besides the common ones.
    static let roleKeys: [KeySpec] = [
        KeySpec("actor", .line(maxLength: nil), required: true, "Hvem har rollen (\"Vejlederen\")"),
        KeySpec("responsibilities", .stringList(minCount: 1), required: true, "Rollens ansvar og opgaver"),
        KeySpec("number", .integer(minimum: 1), "Rækkefølge"),
    ]

    /// The keys of a initiative besides the common ones.
    static let initiativeKeys: [KeySpec] = [
        KeySpec("number", .integer(minimum: 1), required: true, "Indsatsens nummer: 1, 2, 3 ..."),
        KeySpec("prerequisite", .text, required: true, "Det forudsætter ..."),
    ]

    /// The keys of a course besides the common ones.
    static let courseKeys: [KeySpec] = [
        KeySpec("number", .integer(minimum: 1), "Rækkefølge"),
        KeySpec("period", .line(maxLength: nil), "Periode, fx \"Foråret 2016\""),
        KeySpec("audience", .line(maxLength: nil), "Målgruppe"),
        KeySpec("topics", .stringList(minCount: 1), required: true, "Emner"),
    ]

    /// The keys of a section besides the common ones.
    static let sectionKeys: [KeySpec] = [KeySpec("number", .integer(minimum: 1), "Rækkefølge")]

    /// The keys of a page besides the common ones.
    static let pageKeys: [KeySpec] = [KeySpec("menu", .integer(minimum: nil), "Plads i sitets menu")]
}
