internal import Yams

/// Turns a file's front matter YAML into a typed `FrontMatter`, reporting every problem with
/// the line and column of the key or value.
enum FrontMatterDecoder {
    /// Decodes front matter.
    /// - Parameters:
    ///   - source: The split file.
    ///   - file: The path to name in diagnostics.
    ///   - diagnostics: Where problems go.
    /// - Returns: The front matter, or nil when the YAML or the kind cannot be read.
    static func decode(_ source: SourceText, file: String, diagnostics: inout DiagnosticBag) -> FrontMatter? {
        let top = SourceLocation(file: file, line: 1, column: 1)
        guard let root = YAMLParser.parse(source.frontMatter, file: file, firstLine: source.frontMatterFirstLine, diagnostics: &diagnostics) else {
            if !diagnostics.hasErrors {
                diagnostics.error(.emptyFrontMatter, at: top)
            }
            return nil
        }
        guard case .mapping(let mapping) = root else {
            diagnostics.error(.frontMatterNotAMap, at: SourceLocation(file: file, line: source.frontMatterFirstLine, column: 1))
            return nil
        }
        var reader = FieldReader(file: file, firstLine: source.frontMatterFirstLine, yaml: source.frontMatter)
        let kindNode = mapping["kind"]
        var kind: Kind?
        if let text = kindNode?.scalar?.string {
            kind = Kind(rawValue: text)
            if kind == nil, let kindNode {
                let closest = Suggestions.closest(to: text, in: Kind.allCases.map(\.rawValue))
                diagnostics.error(.unknownKind(written: text, suggestion: closest), at: reader.location(of: kindNode))
            }
        } else {
            diagnostics.error(.missingKind, at: reader.location(of: root))
        }
        guard let kind else { return nil }
        let values = reader.read(mapping, specs: KeySchema.keys(for: kind), mappingNode: root, kindName: kind.rawValue)
        diagnostics.merge(reader.diagnostics)
        let fields = FieldValues(values: values)
        // A missing or unreadable title has its error already; the file is still read, so the
        // rest of its mistakes (body links, numbering) come out in the same run.
        let title = fields.string("title") ?? ""

        let kindLocation = kindNode.map { reader.location(of: $0) } ?? top
        var common = CommonMetadata(kind: kind, title: title)
        common.summary = fields.string("summary")
        common.draft = fields.bool("draft") ?? false
        common.language = fields.string("language").flatMap(Language.init(rawValue:))
        common.tags = fields.strings("tags")
        common.related = fields.ids("related")
        return FrontMatter(common: common, specific: specific(kind, fields), kindLocation: kindLocation,
                           keyLocations: values.mapValues(\.location))
    }

    private static func specific(_ kind: Kind, _ f: FieldValues) -> KindMetadata {
        switch kind {
        case .municipality:
            var m = MunicipalityMetadata()
            m.name = f.string("name") ?? ""
            m.country = f.string("country").flatMap(Country.init(rawValue:))
            m.website = f.string("website")
            m.logo = f.string("logo").flatMap { logo in f.location("logo").map { Located(logo, at: $0) } }
            m.color = f.string("color")
            m.contact = f.string("contact")
            return .municipality(m)
        case .framework, .programme:
            var d = DocumentMetadata()
            d.label = f.string("label")
            d.status = f.string("status") ?? "adopted"
            d.adopted = f.date("adopted")
            d.revised = f.date("revised")
            d.version = f.string("version")
            d.owner = f.string("owner")
            d.slogan = f.string("slogan")
            d.purposes = f.strings("purposes")
            d.commitments = f.strings("commitments")
            d.usage = f.strings("usage")
            if case .expects(let e)? = f.values["expects"]?.value { d.expects = e }
            d.goal = f.string("goal")
            if case .quote(let q)? = f.values["quote"]?.value { d.quote = q }
            if case .datePeriod(let p)? = f.values["period"]?.value { d.period = p }
            d.duration = f.string("duration")
            if kind == .framework { d.audience = f.strings("audience") } else { d.programmeAudience = f.string("audience") }
            d.criteria = f.strings("criteria")
            d.outcomes = f.strings("outcomes")
            if case .contacts(let c)? = f.values["contacts"]?.value { d.contacts = c }
            d.website = f.string("website")
            return .document(d)
        case .approach, .role, .initiative, .course, .section:
            var p = PartMetadata()
            if let n = f.int("number"), let at = f.location("number") { p.number = Located(n, at: at) }
            p.statement = f.string("statement")
            p.actions = f.strings("actions")
            p.actor = f.string("actor")
            p.responsibilities = f.strings("responsibilities")
            p.prerequisite = f.string("prerequisite")
            p.period = f.string("period")
            p.audience = f.string("audience")
            p.topics = f.strings("topics")
            return .part(p)
        case .page:
            return .page(PageMetadata(menu: f.int("menu")))
        }
    }
}
