/// Where the files of a kind live under content/.
enum KindPlacement: Sendable, Equatable {
    /// `content/<municipality>/index.md`.
    case municipalityIndex
    /// `content/<municipality>/<document>/index.md`.
    case documentIndex
    /// `content/<municipality>/<document>/<part>.md`, beside a document's index.md.
    case documentPart
    /// `content/pages/<page>.md`.
    case page
}

/// Whether the files of a kind carry a `number`, which orders them within their document.
enum KindNumbering: Sendable, Equatable {
    /// The kind has no `number`.
    case none
    /// `number` may be written; parts without one follow those with one, by title.
    case optional
    /// `number` must be written (an approach, an initiative: the documents number them).
    case required
}

/// One kind of content file, declared once: what it is, where its files live, which kinds it
/// holds, how they are numbered, the template of its page and its keys. The key schema, the
/// placement rules, `sitegen new` and docs/keys.md are made from these declarations.
struct KindDeclaration: Sendable {
    /// The kind.
    let kind: Kind
    /// What a file of the kind is, in Danish, for the docs and the schema.
    let description: String
    /// Where its files live.
    let placement: KindPlacement
    /// The kinds of part a document of this kind may hold, in the order the docs list them.
    var parts: [Kind] = []
    /// The key of `expects` that counts parts of this kind (`approaches`, `roles` ...).
    var expectsKey: String? = nil
    /// Whether its files are numbered.
    var numbering: KindNumbering = .none
    /// The theme template that renders its page (`part` → part.mustache).
    let template: String
    /// Its keys besides the common ones (`ContentKinds.commonKeys`).
    let keys: [KeySpec]
}

/// The registry of the kinds of content file (CONTENT-FORMAT's kinds and keys tables).
enum ContentKinds {
    /// The declaration of `kind`.
    static func declaration(of kind: Kind) -> KindDeclaration {
        switch kind {
        case .municipality: municipality
        case .framework: framework
        case .programme: programme
        case .approach: approach
        case .role: role
        case .initiative: initiative
        case .course: course
        case .section: section
        case .page: page
        }
    }

    /// Every declaration, in the order of `Kind.allCases`.
    static var all: [KindDeclaration] { Kind.allCases.map(declaration(of:)) }

    /// Every key of `kind`, the common ones first.
    static func keys(of kind: Kind) -> [KeySpec] { commonKeys + declaration(of: kind).keys }

    /// The kinds of document that may hold a part of `kind`, in the order of `Kind.allCases`.
    static func documents(holding kind: Kind) -> [Kind] {
        all.filter { $0.parts.contains(kind) }.map(\.kind)
    }

    static let municipality = KindDeclaration(
        kind: .municipality, description: "En kommune (eller en anden myndighed) med dens dokumenter",
        placement: .municipalityIndex, template: "municipality", keys: municipalityKeys)
    static let framework = KindDeclaration(
        kind: .framework, description: "Et ledelsesgrundlag eller en kontrakt: tilgange, roller og afsnit",
        placement: .documentIndex, parts: [.approach, .role, .section], template: "document", keys: frameworkKeys)
    static let programme = KindDeclaration(
        kind: .programme, description: "Et program med nummererede indsatser, forløb, roller og afsnit",
        placement: .documentIndex, parts: [.initiative, .course, .role, .section], template: "document", keys: programmeKeys)
    static let approach = KindDeclaration(
        kind: .approach, description: "En tilgang: en forpligtelse og de handlinger, der følger af den",
        placement: .documentPart, expectsKey: "approaches", numbering: .required, template: "part", keys: approachKeys)
    static let role = KindDeclaration(
        kind: .role, description: "En rolle: hvem der har den, og rollens ansvar og opgaver",
        placement: .documentPart, expectsKey: "roles", numbering: .optional, template: "part", keys: roleKeys)
    static let initiative = KindDeclaration(
        kind: .initiative, description: "En nummereret indsats i et program og det, den forudsætter",
        placement: .documentPart, expectsKey: "initiatives", numbering: .required, template: "part", keys: initiativeKeys)
    static let course = KindDeclaration(
        kind: .course, description: "Et forløb i et program: periode, målgruppe og emner",
        placement: .documentPart, expectsKey: "courses", numbering: .optional, template: "part", keys: courseKeys)
    static let section = KindDeclaration(
        kind: .section, description: "Et afsnit af et dokument med fri tekst",
        placement: .documentPart, expectsKey: "sections", numbering: .optional, template: "part", keys: sectionKeys)
    static let page = KindDeclaration(
        kind: .page, description: "En side for sig, fx \"Om sitet\", eventuelt i sitets menu",
        placement: .page, template: "page", keys: pageKeys)
}
