/// How diagnostics name a kind in running Danish or Norwegian text ("en tilgang", "hvert tiltak").
struct KindWords {
    /// "tilgang"
    let singular: String
    /// "tilgange", "tilnærminger"
    let plural: String
    /// "tilgangene", "tilnærmingene"
    let definitePlural: String
    /// True for nouns that take "et" and "hvert" ("et forløb", "hvert tiltak").
    let neuter: Bool

    /// "en tilgang", "et forløb"
    var withArticle: String { (neuter ? "et " : "en ") + singular }
    /// "hver tilgang", "hvert forløb"
    var each: String { (neuter ? "hvert " : "hver ") + singular }
    /// The singular for one, the plural for any other count.
    func counted(_ count: Int) -> String { count == 1 ? singular : plural }
}

extension Kind {
    /// The kind's name in Danish prose.
    var danish: KindWords {
        switch self {
        case .municipality: return KindWords(singular: "kommune", plural: "kommuner", definitePlural: "kommunerne", neuter: false)
        case .framework: return KindWords(singular: "ledelsesgrundlag", plural: "ledelsesgrundlag", definitePlural: "ledelsesgrundlagene", neuter: true)
        case .programme: return KindWords(singular: "program", plural: "programmer", definitePlural: "programmerne", neuter: true)
        case .approach: return KindWords(singular: "tilgang", plural: "tilgange", definitePlural: "tilgangene", neuter: false)
        case .role: return KindWords(singular: "rolle", plural: "roller", definitePlural: "rollerne", neuter: false)
        case .initiative: return KindWords(singular: "indsats", plural: "indsatser", definitePlural: "indsatserne", neuter: false)
        case .course: return KindWords(singular: "forløb", plural: "forløb", definitePlural: "forløbene", neuter: true)
        case .section: return KindWords(singular: "afsnit", plural: "afsnit", definitePlural: "afsnittene", neuter: true)
        case .page: return KindWords(singular: "side", plural: "sider", definitePlural: "siderne", neuter: false)
        }
    }

    /// The kind's name in Norwegian (bokmål) prose.
    var norwegian: KindWords {
        switch self {
        case .municipality: return KindWords(singular: "kommune", plural: "kommuner", definitePlural: "kommunene", neuter: false)
        case .framework: return KindWords(singular: "ledelsesgrunnlag", plural: "ledelsesgrunnlag", definitePlural: "ledelsesgrunnlagene", neuter: true)
        case .programme: return KindWords(singular: "program", plural: "programmer", definitePlural: "programmene", neuter: true)
        case .approach: return KindWords(singular: "tilnærming", plural: "tilnærminger", definitePlural: "tilnærmingene", neuter: false)
        case .role: return KindWords(singular: "rolle", plural: "roller", definitePlural: "rollene", neuter: false)
        case .initiative: return KindWords(singular: "tiltak", plural: "tiltak", definitePlural: "tiltakene", neuter: true)
        case .course: return KindWords(singular: "kurs", plural: "kurs", definitePlural: "kursene", neuter: true)
        case .section: return KindWords(singular: "avsnitt", plural: "avsnitt", definitePlural: "avsnittene", neuter: true)
        case .page: return KindWords(singular: "side", plural: "sider", definitePlural: "sidene", neuter: false)
        }
    }
}
