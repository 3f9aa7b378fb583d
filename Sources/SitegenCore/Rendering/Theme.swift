import Foundation
import Mustache
import Yams

/// A theme: Mustache templates, interface strings per language and static assets, read from
/// `themes/NAME/` with every missing piece taken from the default theme.
public struct Theme: Sendable {
    /// The compiled templates, by name (`document`, `partials/header`).
    let library: MustacheLibrary
    /// Interface strings: language → key → text.
    let strings: [String: [String: String]]
    /// Asset files: path under output/assets/ → the bytes to write.
    let assets: [String: Data]
    private let _mergedStrings: [String: [String: String]]

    init(library: MustacheLibrary, strings: [String: [String: String]], assets: [String: Data]) {
        self.library = library
        self.strings = strings
        self.assets = assets
        let english = strings["en"] ?? [:]
        _mergedStrings = strings.mapValues { $0.merging(english) { mine, _ in mine } }
    }

    /// One source of theme files: a folder, or the default theme built into sitegen.
    struct Layer {
        /// How diagnostics name the layer (`themes/mine`).
        let label: String
        /// Path inside the theme → a way to read the file.
        let files: [(path: String, read: () -> Data?)]
    }

    /// The name the built-in default theme goes by in diagnostics.
    static let builtInLabel = "(built-in default theme)"

    /// The layers to read, most specific first: the site's chosen theme, the site's own
    /// `themes/default`, and the default theme built into sitegen.
    static func layers(siteDirectory: URL, name: String) -> [Layer] {
        let themes = siteDirectory.appendingPathComponent("themes")
        var names = ["default"]
        if name != "default" { names.insert(name, at: 0) }
        var layers = names.map { folderName -> Layer in
            let folder = themes.appendingPathComponent(folderName)
            return Layer(label: "themes/\(folderName)", files: files(in: folder).map { relative, url in
                (relative, { FileManager.default.contents(atPath: url.path) })
            })
        }
        layers.append(Layer(label: builtInLabel, files: DefaultTheme.files.sorted { $0.key < $1.key }.map { path, text in
            (path, { Data(text.utf8) })
        }))
        return layers
    }

    /// Loads a theme.
    /// - Parameters:
    ///   - name: The folder name in themes/.
    ///   - siteDirectory: The site folder.
    ///   - diagnostics: Where problems go (configuration errors).
    static func load(name: String, siteDirectory: URL, diagnostics: inout DiagnosticBag) -> Theme? {
        let chosen = siteDirectory.appendingPathComponent("themes").appendingPathComponent(name)
        if name != "default" && !isDirectory(chosen) {
            diagnostics.error("missing-theme", at: SourceLocation(file: "sitegen.yml"),
                              LocalizedText(
                                en: "the theme '\(name)' does not exist: there is no folder themes/\(name)/",
                                da: "temaet '\(name)' findes ikke: der er ingen mappe themes/\(name)/",
                                nb: "temaet '\(name)' finnes ikke: det er ingen mappe themes/\(name)/"),
                              hint: LocalizedText(
                                en: "create themes/\(name)/ or write 'theme: default'",
                                da: "opret themes/\(name)/, eller skriv 'theme: default'",
                                nb: "opprett themes/\(name)/, eller skriv 'theme: default'"))
            return nil
        }
        var library = MustacheLibrary()
        var registered = Set<String>()
        var strings: [String: [String: String]] = [:]
        var assets: [String: Data] = [:]
        var partialUses: [(file: String, line: Int, name: String)] = []
        var templateTexts: [String] = []
        var stringKeys: [(file: String, key: String, location: SourceLocation)] = []
        var defaultKeys = Set<String>()
        for layer in layers(siteDirectory: siteDirectory, name: name) {
            for (path, read) in layer.files {
                let file = "\(layer.label)/\(path)"
                if path.hasPrefix("templates/") && path.hasSuffix(".mustache") {
                    let templateName = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                    guard !registered.contains(templateName) else { continue }
                    registered.insert(templateName)
                    guard let data = read(), let text = String(data: data, encoding: .utf8) else {
                        diagnostics.error("theme-error", at: SourceLocation(file: file),
                                          LocalizedText(
                                            en: "the template cannot be read as UTF-8 text",
                                            da: "skabelonen kan ikke læses som UTF-8-tekst",
                                            nb: "malen kan ikke leses som UTF-8-tekst"))
                        continue
                    }
                    if let line = dynamicPartialLine(in: text) {
                        diagnostics.error("theme-error", at: SourceLocation(file: file, line: line),
                                          LocalizedText(
                                            en: "the template uses a dynamic partial name ({{>*name}}), which sitegen does not support",
                                            da: "skabelonen bruger et dynamisk partial-navn ({{>*navn}}), som sitegen ikke understøtter",
                                            nb: "malen bruker et dynamisk partial-navn ({{>*navn}}), som sitegen ikke støtter"),
                                          hint: LocalizedText(
                                            en: "name the partial itself, e.g. {{#isApproach}}{{> partials/approach}}{{/isApproach}}",
                                            da: "skriv partialens navn, fx {{#isApproach}}{{> partials/approach}}{{/isApproach}}",
                                            nb: "skriv partialens navn, f.eks. {{#isApproach}}{{> partials/approach}}{{/isApproach}}"))
                        continue
                    }
                    templateTexts.append(text)
                    partialUses += partialNames(in: text).map { (file, $0.line, $0.name) }
                    do {
                        _ = FastHTMLEscaping.register
                        try library.register(FastHTMLEscaping.pragma + text, named: templateName)
                    } catch let error as MustacheTemplate.ParserError {
                        // The pragma's line in front is not the writer's.
                        let line = max(1, error.context.lineNumber - 1)
                        diagnostics.error("theme-error", at: SourceLocation(file: file, line: line, column: error.context.columnNumber),
                                          LocalizedText(
                                            en: "the template cannot be read: \(error.error)",
                                            da: "skabelonen kan ikke læses: \(error.error)",
                                            nb: "malen kan ikke leses: \(error.error)"),
                                          hint: LocalizedText(
                                            en: "check that every {{#section}} is closed with {{/section}}",
                                            da: "tjek, at hver {{#section}} bliver lukket med {{/section}}",
                                            nb: "sjekk at hver {{#section}} blir lukket med {{/section}}"))
                    } catch {
                        diagnostics.error("theme-error", at: SourceLocation(file: file),
                                          LocalizedText(
                                            en: "the template cannot be read: \(error)",
                                            da: "skabelonen kan ikke læses: \(error)",
                                            nb: "malen kan ikke leses: \(error)"))
                    }
                } else if path.hasPrefix("strings/") && path.hasSuffix(".yml") {
                    let language = String(path.dropFirst("strings/".count).dropLast(4))
                    guard Set(Language.allCases.map(\.stringsLanguage)).contains(language) else {
                        diagnostics.warning("theme-error", at: SourceLocation(file: file),
                                            LocalizedText(
                                                en: "sitegen has no language '\(language)', so this file is not used",
                                                da: "sitegen har intet sprog '\(language)', så filen bruges ikke",
                                                nb: "sitegen har ikke språket '\(language)', så filen brukes ikke"),
                                            hint: LocalizedText(
                                                en: "the strings files are da.yml, nb.yml, nn.yml and en.yml (no uses nb.yml)",
                                                da: "tekstfilerne hedder da.yml, nb.yml, nn.yml og en.yml (no bruger nb.yml)",
                                                nb: "tekstfilene heter da.yml, nb.yml, nn.yml og en.yml (no bruker nb.yml)"))
                        continue
                    }
                    guard let data = read(), let table = loadStrings(data, file: file, diagnostics: &diagnostics) else { continue }
                    if layer.label == builtInLabel {
                        defaultKeys.formUnion(table.keys)
                    } else {
                        stringKeys += table.keys.sorted().map { (file, $0, SourceLocation(file: file)) }
                    }
                    // Keys already read from a more specific layer win.
                    strings[language] = table.merging(strings[language] ?? [:]) { _, specific in specific }
                } else if path.hasPrefix("assets/") && assets[String(path.dropFirst(7))] == nil, let data = read() {
                    assets[String(path.dropFirst(7))] = data
                }
            }
        }
        for required in ["base", "home", "municipality", "document", "part", "page", "print", "search", "notfound"] where !registered.contains(required) {
            diagnostics.error("theme-error", at: SourceLocation(file: "themes/\(name)"),
                              LocalizedText(
                                en: "the theme has no template '\(required).mustache'",
                                da: "temaet har ingen skabelon '\(required).mustache'",
                                nb: "temaet har ingen mal '\(required).mustache'"),
                              hint: LocalizedText(
                                en: "copy it from the default theme",
                                da: "kopiér den fra standardtemaet",
                                nb: "kopier den fra standardtemaet"))
        }
        // A symbolic link in a theme is not followed (as under content/): say so, not nothing.
        for folderName in Set([name, "default"]) {
            let folder = siteDirectory.appendingPathComponent("themes").appendingPathComponent(folderName)
            for link in symbolicLinks(in: folder) {
                diagnostics.warning("symlink", at: SourceLocation(file: "themes/\(folderName)/\(link)"),
                                    LocalizedText(en: "'\(link)' is a symbolic link; sitegen does not follow links, so the theme leaves it out",
                                                  da: "'\(link)' er et symbolsk link; sitegen følger ikke links, så temaet udelader det",
                                                  nb: "'\(link)' er en symbolsk lenke; sitegen følger ikke lenker, så temaet utelater den"),
                                    hint: LocalizedText(en: "copy the file into the theme instead of linking to it",
                                                        da: "kopiér filen ind i temaet i stedet for at linke til den",
                                                        nb: "kopier filen inn i temaet i stedet for å lenke til den"))
            }
        }
        for use in partialUses where !registered.contains(use.name) {
            // swift-mustache renders a missing partial as nothing, without a word.
            diagnostics.error("theme-error", at: SourceLocation(file: use.file, line: use.line),
                              LocalizedText(
                                en: "the template includes the partial '\(use.name)', which the theme does not have",
                                da: "skabelonen indsætter partialen '\(use.name)', som temaet ikke har",
                                nb: "malen setter inn partialen '\(use.name)', som temaet ikke har"),
                              hint: LocalizedText(
                                en: "create templates/\(use.name).mustache, or correct the name",
                                da: "opret templates/\(use.name).mustache, eller ret navnet",
                                nb: "opprett templates/\(use.name).mustache, eller rett navnet"))
        }
        // A theme's own string that neither the default theme nor any template knows is most
        // likely a typo: the text it was meant to change stays as it was.
        for entry in stringKeys where !defaultKeys.contains(entry.key) && !templateTexts.contains(where: { $0.contains("t.\(entry.key)") }) {
            let closest = Suggestions.closest(to: entry.key, in: Array(defaultKeys))
            diagnostics.warning("theme-error", at: entry.location,
                                LocalizedText(
                                    en: "the text '\(entry.key)' is used by no template",
                                    da: "teksten '\(entry.key)' bruges ikke af nogen skabelon",
                                    nb: "teksten '\(entry.key)' brukes ikke av noen mal"),
                                hint: closest.map { closest in
                                    LocalizedText(en: "did you mean '\(closest)'?", da: "mente du '\(closest)'?", nb: "mente du '\(closest)'?")
                                })
        }
        return Theme(library: library, strings: strings, assets: assets)
    }

    /// The partials a template includes by name (`{{> partials/header}}`, `{{<base}}`), with lines.
    static func partialNames(in text: String) -> [(line: Int, name: String)] {
        var found: [(line: Int, name: String)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("{{") {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let sigil = rest.first, sigil == ">" || sigil == "<" else { continue }
                let name = rest.dropFirst().drop { $0 == " " || $0 == "\t" }.prefix { $0 != "}" && $0 != " " && $0 != "\t" }
                if !name.isEmpty && !name.hasPrefix("*") { found.append((index + 1, String(name))) }
            }
        }
        return found
    }

    /// The strings for `language`, with the English table filling gaps (merged once, at load).
    func strings(for language: Language) -> [String: String] {
        mergedStrings[language.stringsLanguage] ?? mergedStrings["en"] ?? [:]
    }

    /// Each language's table with English filling the gaps.
    private var mergedStrings: [String: [String: String]] {
        _mergedStrings
    }

    /// Renders the template `name` with `context`.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(TemplateObject(context), withTemplate: name) ?? ""
    }

    private static func loadStrings(_ data: Data, file: String, diagnostics: inout DiagnosticBag) -> [String: String]? {
        guard let text = String(data: data, encoding: .utf8),
              let root = YAMLParser.parse(text, file: file, firstLine: 1, diagnostics: &diagnostics),
              case .mapping(let mapping) = root else {
            diagnostics.error("theme-error", at: SourceLocation(file: file),
                              LocalizedText(
                                en: "the string table must be 'key: text' lines",
                                da: "filen med tekster skal bestå af linjer på formen 'key: text'",
                                nb: "filen med tekster må bestå av linjer på formen 'key: text'"))
            return nil
        }
        var table: [String: String] = [:]
        for (key, value) in mapping {
            guard let k = key.scalar?.string else { continue }
            let at = SourceLocation(file: file, line: (key.mark?.line ?? 1), column: key.mark?.column ?? 1)
            guard let v = value.scalar?.string else {
                diagnostics.error("theme-error", at: at,
                                  LocalizedText(en: "the text '\(k)' must be one piece of text, not a list or keys",
                                                da: "teksten '\(k)' skal være én tekst, ikke en liste eller nøgler",
                                                nb: "teksten '\(k)' må være én tekst, ikke en liste eller nøkler"),
                                  hint: LocalizedText(en: "write it as '\(k): text'", da: "skriv den som '\(k): tekst'", nb: "skriv den som '\(k): tekst'"))
                continue
            }
            if v.trimmingWhitespace().isEmpty {
                // An empty skip link or menu label leaves a link with no name on every page.
                diagnostics.error("theme-error", at: at,
                                  LocalizedText(en: "the text '\(k)' is empty", da: "teksten '\(k)' er tom", nb: "teksten '\(k)' er tom"),
                                  hint: LocalizedText(en: "write the text, or delete the line to keep the default",
                                                      da: "skriv teksten, eller slet linjen for at beholde standardteksten",
                                                      nb: "skriv teksten, eller slett linjen for å beholde standardteksten"))
                continue
            }
            table[k] = v
        }
        return table
    }

    /// The symbolic links under `folder` (not followed), as paths relative to it, sorted.
    static func symbolicLinks(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isSymbolicLinkKey]) else { return [] }
        let base = folder.standardizedFileURL.path + "/"
        var found: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) == true {
            let path = url.standardizedFileURL.path
            if path.hasPrefix(base) { found.append(String(path.dropFirst(base.count))) }
        }
        return found.sorted()
    }

    /// Regular files under `folder`, as (path relative to folder, URL), sorted.
    static func files(in folder: URL) -> [(String, URL)] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [(String, URL)] = []
        let base = folder.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base) else { continue }
            let relative = String(path.dropFirst(base.count))
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            found.append((relative, url))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// The line of the first dynamic partial (`{{>*name}}`) in a template, if any: templates
    /// see strings wrapped in `TemplateText`, which swift-mustache cannot use as a partial's
    /// name, so such a partial would render nothing.
    static func dynamicPartialLine(in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                rest = rest[open.upperBound...]
                if rest.drop(while: { $0 == " " || $0 == "\t" }).first == "*" { return index + 1 }
            }
        }
        return nil
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }

}
