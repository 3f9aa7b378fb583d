import Foundation
import Yams

/// The settings of sitegen.yml.
public struct SiteConfig: Sendable {
    public var title: String
    public var language: Language = .da
    /// Absolute base address for the sitemap and canonical links, ending in `/`.
    public var baseURL: String?
    public var theme: String = "default"
    public var strict: Bool = false
    public var pdf: Bool = false
    public var accessibilityStatement: String?
    /// Markdown for the footer.
    public var footer: String?
    /// The line of sitegen.yml where the footer's text starts, for its diagnostics.
    public var footerLine = 1
    /// Whether raw HTML in bodies is kept.
    public var unsafeMarkdown: Bool = false

    /// Creates a configuration with a title and defaults.
    public init(title: String) { self.title = title }

    static let keys: [KeySpec] = [
        KeySpec("title", .line(maxLength: 200), required: true, "Sitets titel"),
        KeySpec("language", .oneOf(Language.allCases.map(\.rawValue)), "Sitets sprog (standard da)"),
        KeySpec("baseURL", .url, "Sitets adresse, til sitemap og kanoniske links"),
        KeySpec("theme", .line(maxLength: nil), "Tema i themes/ (standard default)"),
        KeySpec("strict", .boolean, "Advarsler får bygningen til at fejle"),
        KeySpec("pdf", .boolean, "Skriv også PDF'er"),
        KeySpec("accessibilityStatement", .url, "Adressen på tilgængelighedserklæringen"),
        KeySpec("footer", .text, "Tekst i sidefoden (Markdown)"),
        KeySpec("markdown", .text, "Markdown-indstillinger: {unsafe: true} beholder rå HTML"),
    ]

    /// Reads sitegen.yml from `siteDirectory`.
    /// - Parameters:
    ///   - siteDirectory: The site folder.
    ///   - diagnostics: Where problems go; any error here is a configuration error (exit 2).
    public static func load(from siteDirectory: URL, diagnostics: inout DiagnosticBag) -> SiteConfig? {
        let file = "sitegen.yml"
        let url = siteDirectory.appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url) else {
            diagnostics.error("missing-config", at: SourceLocation(file: file),
                              LocalizedText(en: "there is no sitegen.yml in \(siteDirectory.path)",
                                            da: "der er ingen sitegen.yml i \(siteDirectory.path)",
                                            nb: "det finnes ingen sitegen.yml i \(siteDirectory.path)"),
                              hint: LocalizedText(en: "run sitegen in the site's folder, name it with --site DIR, or create one with 'sitegen init'",
                                                  da: "kør sitegen i sitets mappe, angiv mappen med --site DIR, eller opret et nyt site med 'sitegen init'",
                                                  nb: "kjør sitegen i mappen til nettstedet, oppgi mappen med --site DIR, eller opprett et nytt nettsted med 'sitegen init'"))
            return nil
        }
        guard var text = String(data: data, encoding: .utf8) else {
            diagnostics.error("invalid-utf8", at: SourceLocation(file: file, line: 1, column: 1),
                              LocalizedText(en: "sitegen.yml is not UTF-8 text",
                                            da: "sitegen.yml er ikke UTF-8-tekst",
                                            nb: "sitegen.yml er ikke UTF-8-tekst"),
                              hint: LocalizedText(en: "save the file as UTF-8",
                                                  da: "gem filen som UTF-8",
                                                  nb: "lagre filen som UTF-8"))
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard let root = YAMLParser.parse(text, file: file, firstLine: 1, diagnostics: &diagnostics) else {
            if !diagnostics.hasErrors {
                diagnostics.error("missing-key", at: SourceLocation(file: file, line: 1, column: 1),
                                  LocalizedText(en: "sitegen.yml is empty",
                                                da: "sitegen.yml er tom",
                                                nb: "sitegen.yml er tom"),
                                  hint: LocalizedText(en: "write at least 'title: ...'",
                                                      da: "skriv mindst 'title: ...'",
                                                      nb: "skriv minst 'title: ...'"))
            }
            return nil
        }
        guard case .mapping(let mapping) = root else {
            diagnostics.error("yaml-syntax", at: SourceLocation(file: file, line: 1, column: 1),
                              LocalizedText(en: "sitegen.yml must hold 'key: value' lines",
                                            da: "sitegen.yml skal bestå af linjer med 'key: value'",
                                            nb: "sitegen.yml må bestå av linjer med 'key: value'"))
            return nil
        }
        var reader = FieldReader(file: file, firstLine: 1, yaml: text)
        var unsafe = false
        var filtered = mapping
        if let markdownNode = mapping["markdown"] {
            if case .mapping(let options) = markdownNode {
                var sub = FieldReader(file: file, firstLine: 1, yaml: text)
                let values = sub.read(options, specs: [KeySpec("unsafe", .boolean, "Behold rå HTML")], mappingNode: markdownNode, kindName: "markdown")
                diagnostics.merge(sub.diagnostics)
                unsafe = FieldValues(values: values).bool("unsafe") ?? false
            } else {
                diagnostics.error("type-mismatch", at: reader.location(of: markdownNode),
                                  LocalizedText(en: "'markdown' must be a map",
                                                da: "'markdown' skal være en gruppe af nøgler",
                                                nb: "'markdown' må være en gruppe med nøkler"),
                                  hint: LocalizedText(en: "write 'markdown: {unsafe: true}'",
                                                      da: "skriv 'markdown: {unsafe: true}'",
                                                      nb: "skriv 'markdown: {unsafe: true}'"))
            }
            filtered = Node.Mapping(mapping.filter { $0.key.scalar?.string != "markdown" }.map { ($0.key, $0.value) })
        }
        let values = reader.read(filtered, specs: keys, mappingNode: root, kindName: "sitegen.yml")
        diagnostics.merge(reader.diagnostics)
        let fields = FieldValues(values: values)
        guard let title = fields.string("title") else { return nil }
        var config = SiteConfig(title: title)
        config.unsafeMarkdown = unsafe
        if let language = fields.string("language").flatMap(Language.init(rawValue:)) { config.language = language }
        if var base = fields.string("baseURL") {
            if let problem = baseURLProblem(base), let at = values["baseURL"]?.location {
                // Every sitemap entry and canonical link starts with it.
                diagnostics.error("invalid-url", at: at, problem,
                                  hint: LocalizedText(en: "write the address the site is published at, e.g. https://skoler.aarhus.dk/ledelse/",
                                                      da: "skriv adressen, sitet udgives på, fx https://skoler.aarhus.dk/ledelse/",
                                                      nb: "skriv adressen nettstedet publiseres på, f.eks. https://skoler.aarhus.dk/ledelse/"))
            }
            if !base.hasSuffix("/") { base += "/" }
            config.baseURL = base
        }
        if let theme = fields.string("theme") {
            if ContentScanner.isSlug(theme) {
                config.theme = theme
            } else if let at = values["theme"]?.location {
                diagnostics.error("invalid-value", at: at,
                                  LocalizedText(en: "the theme name '\(theme)' is not a folder name in themes/",
                                                da: "temanavnet '\(theme)' er ikke navnet på en mappe i themes/",
                                                nb: "temanavnet '\(theme)' er ikke navnet på en mappe i themes/"),
                                  hint: LocalizedText(en: "use the name of a folder in themes/, e.g. 'default'",
                                                      da: "brug navnet på en mappe i themes/, f.eks. 'default'",
                                                      nb: "bruk navnet på en mappe i themes/, f.eks. 'default'"))
            }
        }
        config.strict = fields.bool("strict") ?? false
        config.pdf = fields.bool("pdf") ?? false
        config.accessibilityStatement = fields.string("accessibilityStatement")
        config.footer = fields.string("footer")
        if let at = values["footer"]?.location {
            // A block scalar ("footer: |") starts on the line after its indicator.
            let isBlock = filtered.first { $0.key.scalar?.string == "footer" }.map { [.literal, .folded].contains($0.value.scalar?.style) } ?? false
            config.footerLine = at.line + (isBlock ? 1 : 0)
        }
        return config
    }

    /// Why `base` cannot start every address of the site, or nil: a query, a fragment, a user
    /// name, characters that need escaping, or a host in letters outside ASCII.
    static func baseURLProblem(_ base: String) -> LocalizedText? {
        guard let components = URLComponents(string: base) else { return nil }  // the url check reports it
        if components.query != nil || components.fragment != nil {
            return LocalizedText(en: "'baseURL' may not have a ?query or a #fragment: every page's address starts with it",
                                 da: "'baseURL' må ikke have en ?forespørgsel eller et #fragment: alle sidernes adresser begynder med den",
                                 nb: "'baseURL' kan ikke ha en ?spørring eller et #fragment: alle sidenes adresser begynner med den")
        }
        if components.user != nil || components.password != nil {
            return LocalizedText(en: "'baseURL' may not hold a user name or password: it is published in sitemap.xml",
                                 da: "'baseURL' må ikke indeholde brugernavn eller adgangskode: den offentliggøres i sitemap.xml",
                                 nb: "'baseURL' kan ikke inneholde brukernavn eller passord: den publiseres i sitemap.xml")
        }
        if base.contains(where: { "\"<>\\^`{|}".contains($0) }) || !(components.host ?? "").allSatisfy(\.isASCII) {
            return LocalizedText(en: "'baseURL' holds characters an address must escape, or a domain in letters outside a-z (write it in its xn-- form)",
                                 da: "'baseURL' indeholder tegn, som en adresse skal kode, eller et domæne med andre bogstaver end a-z (skriv det på xn---formen)",
                                 nb: "'baseURL' inneholder tegn som en adresse må kode, eller et domene med andre bokstaver enn a-z (skriv det på xn---formen)")
        }
        return nil
    }
}
