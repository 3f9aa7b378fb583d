import Foundation
internal import Yams

/// Reading sitegen.yml: its keys, checked like a front matter's, and the settings they give.
extension SiteConfig {
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
    static func load(from siteDirectory: URL, diagnostics: inout DiagnosticBag) -> SiteConfig? {
        let file = "sitegen.yml"
        let url = siteDirectory.appendingPathComponent(file)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            diagnostics.error(.siteConfigMissing(folder: siteDirectory.path, cause: FailureCause(error)), at: SourceLocation(file: file))
            return nil
        }
        guard var text = String(data: data, encoding: .utf8) else {
            diagnostics.error(.siteConfigNotUTF8, at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard let root = YAMLParser.parse(text, file: file, firstLine: 1, diagnostics: &diagnostics) else {
            if !diagnostics.hasErrors {
                diagnostics.error(.siteConfigEmpty, at: SourceLocation(file: file, line: 1, column: 1))
            }
            return nil
        }
        guard case .mapping(let mapping) = root else {
            diagnostics.error(.siteConfigNotAMap, at: SourceLocation(file: file, line: 1, column: 1))
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
                diagnostics.error(.markdownOptionsNotAMap, at: reader.location(of: markdownNode))
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
                diagnostics.error(problem, at: at)
            }
            if !base.hasSuffix("/") { base += "/" }
            config.baseURL = base
        }
        if let theme = fields.string("theme") {
            if ContentScanner.isSlug(theme) {
                config.theme = theme
            } else if let at = values["theme"]?.location {
                diagnostics.error(.themeNameNotAFolder(theme: theme), at: at)
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
    static func baseURLProblem(_ base: String) -> Problem? {
        guard let components = URLComponents(string: base) else { return nil }  // the url check reports it
        if components.query != nil || components.fragment != nil { return .baseURLWithQueryOrFragment }
        if components.user != nil || components.password != nil { return .baseURLWithCredentials }
        if base.contains(where: { "\"<>\\^`{|}".contains($0) }) || !(components.host ?? "").allSatisfy(\.isASCII) {
            return .baseURLNeedsEscaping
        }
        return nil
    }
}
