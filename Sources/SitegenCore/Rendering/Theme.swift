import Foundation
internal import Mustache
internal import Yams

/// A theme: Mustache templates, interface strings per language and static assets, read from
/// `themes/NAME/` with every missing piece taken from the default theme.
struct Theme: Sendable {
    /// The compiled templates, by name (`document`, `partials/header`).
    let library: MustacheLibrary
    /// Asset files: path under output/assets/ → the bytes to write.
    let assets: [String: Data]
    /// Interface strings, language → key → text, each table with English filling its gaps.
    private let mergedStrings: [String: [String: String]]

    /// A theme of `library`'s templates, the interface strings of each language, and `assets`.
    init(library: MustacheLibrary, strings: [String: [String: String]], assets: [String: Data]) {
        self.library = library
        self.assets = assets
        let english = strings["en"] ?? [:]
        mergedStrings = strings.mapValues { $0.merging(english) { mine, _ in mine } }
    }

    /// One source of theme files: a folder, or the default theme built into sitegen.
    struct Layer {
        /// How diagnostics name the layer (`themes/mine`).
        let label: String
        /// Path inside the theme → a way to read the file.
        let files: [(path: String, read: () -> Result<Data, FailureCause>)]
    }

    /// The name the built-in default theme goes by in diagnostics.
    static let builtInLabel = "(built-in default theme)"

    /// The layers to read, most specific first: the site's chosen theme, the site's own
    /// `themes/default`, and the default theme built into sitegen. A folder read through a
    /// symbolic link (themes/ or the theme folder itself is one) has no files: `load` reports it.
    static func layers(siteDirectory: URL, name: String) -> [Layer] {
        let themes = SiteLayout(siteDirectory: siteDirectory).themesDirectory
        let themesIsLink = SiteLayout.isSymbolicLink(themes)
        var names = ["default"]
        if name != "default" { names.insert(name, at: 0) }
        var layers = names.map { folderName -> Layer in
            let folder = themes.appendingPathComponent(folderName)
            let found: [(String, URL)] = themesIsLink ? [] : files(in: folder)
            return Layer(label: "themes/\(folderName)", files: found.map { relative, url in
                (relative, { Result { try Data(contentsOf: url) }.mapError(FailureCause.init) })
            })
        }
        layers.append(Layer(label: builtInLabel, files: DefaultTheme.files.sorted { $0.key < $1.key }.map { path, text in
            (path, { .success(Data(text.utf8)) })
        }))
        return layers
    }

    /// Loads a theme.
    /// - Parameters:
    ///   - name: The folder name in themes/.
    ///   - siteDirectory: The site folder.
    ///   - diagnostics: Where problems go (configuration errors).
    static func load(name: String, siteDirectory: URL, diagnostics: inout DiagnosticBag) -> Theme? {
        // themes/ or a theme folder that is itself a symbolic link is not read through: a link
        // could publish files from anywhere. An error, and no theme.
        let linked = SiteLayout(siteDirectory: siteDirectory).linkedThemeFolders([name, "default"])
        guard linked.isEmpty else {
            for folder in linked {
                diagnostics.error(.symlinkedSiteFolder(folder: folder), at: SourceLocation(file: folder))
            }
            return nil
        }
        let chosen = SiteLayout(siteDirectory: siteDirectory).themesDirectory.appendingPathComponent(name)
        if name != "default" && !isDirectory(chosen) {
            diagnostics.error(.missingTheme(name: name), at: SourceLocation(file: "sitegen.yml"))
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
                    let data: Data
                    switch read() {
                    case .success(let read): data = read
                    case .failure(let cause):
                        diagnostics.error(.themeFileUnreadable(cause: cause), at: SourceLocation(file: file))
                        continue
                    }
                    guard let text = String(data: data, encoding: .utf8) else {
                        diagnostics.error(.templateNotUTF8, at: SourceLocation(file: file))
                        continue
                    }
                    if let line = dynamicPartialLine(in: text) {
                        diagnostics.error(.dynamicPartial, at: SourceLocation(file: file, line: line))
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
                        diagnostics.error(.templateSyntax(reason: TemplateSyntax.reason(error.error)),
                                          at: SourceLocation(file: file, line: line, column: error.context.columnNumber))
                    } catch {
                        diagnostics.error(.templateUnreadable(reason: String(describing: error)), at: SourceLocation(file: file))
                    }
                } else if path.hasPrefix("strings/") && path.hasSuffix(".yml") {
                    let language = String(path.dropFirst("strings/".count).dropLast(4))
                    guard Set(Language.allCases.map(\.stringsLanguage)).contains(language) else {
                        diagnostics.warning(.unknownStringsLanguage(language: language), at: SourceLocation(file: file))
                        continue
                    }
                    let data: Data
                    switch read() {
                    case .success(let read): data = read
                    case .failure(let cause):
                        diagnostics.error(.themeFileUnreadable(cause: cause), at: SourceLocation(file: file))
                        continue
                    }
                    guard let table = loadStrings(data, file: file, diagnostics: &diagnostics) else { continue }
                    if layer.label == builtInLabel {
                        defaultKeys.formUnion(table.keys)
                    } else {
                        stringKeys += table.keys.sorted().map { (file, $0, SourceLocation(file: file)) }
                    }
                    // Keys already read from a more specific layer win.
                    strings[language] = table.merging(strings[language] ?? [:]) { _, specific in specific }
                } else if path.hasPrefix("assets/") && assets[String(path.dropFirst(7))] == nil {
                    switch read() {
                    case .success(let data): assets[String(path.dropFirst(7))] = data
                    case .failure(let cause): diagnostics.error(.themeFileUnreadable(cause: cause), at: SourceLocation(file: file))
                    }
                }
            }
        }
        for required in ["base", "home", "municipality", "document", "part", "page", "print", "search", "notfound"] where !registered.contains(required) {
            diagnostics.error(.missingTemplate(name: required), at: SourceLocation(file: "themes/\(name)"))
        }
        // A symbolic link in a theme is not followed (as under content/): say so, not nothing.
        for folderName in Set([name, "default"]) {
            let folder = SiteLayout(siteDirectory: siteDirectory).themesDirectory.appendingPathComponent(folderName)
            for link in symbolicLinks(in: folder) {
                diagnostics.warning(.themeSymlink(path: link), at: SourceLocation(file: "themes/\(folderName)/\(link)"))
            }
        }
        for use in partialUses where !registered.contains(use.name) {
            // swift-mustache renders a missing partial as nothing, without a word.
            diagnostics.error(.missingPartial(name: use.name), at: SourceLocation(file: use.file, line: use.line))
        }
        // A theme's own string that neither the default theme nor any template knows is most
        // likely a typo: the text it was meant to change stays as it was.
        for entry in stringKeys where !defaultKeys.contains(entry.key) && !templateTexts.contains(where: { $0.contains("t.\(entry.key)") }) {
            let closest = Suggestions.closest(to: entry.key, in: Array(defaultKeys))
            diagnostics.warning(.unusedString(key: entry.key, suggestion: closest), at: entry.location)
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

    /// Renders the template `name` with `context`.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(TemplateObject(context), withTemplate: name) ?? ""
    }

    private static func loadStrings(_ data: Data, file: String, diagnostics: inout DiagnosticBag) -> [String: String]? {
        guard let text = String(data: data, encoding: .utf8),
              let root = YAMLParser.parse(text, file: file, firstLine: 1, diagnostics: &diagnostics),
              case .mapping(let mapping) = root else {
            diagnostics.error(.stringsNotTable, at: SourceLocation(file: file))
            return nil
        }
        var table: [String: String] = [:]
        for (key, value) in mapping {
            guard let k = key.scalar?.string else { continue }
            let at = SourceLocation(file: file, line: (key.mark?.line ?? 1), column: key.mark?.column ?? 1)
            guard let v = value.scalar?.string else {
                diagnostics.error(.stringNotText(key: k), at: at)
                continue
            }
            if v.trimmingWhitespace().isEmpty {
                // An empty skip link or menu label leaves a link with no name on every page.
                diagnostics.error(.emptyString(key: k), at: at)
                continue
            }
            table[k] = v
        }
        return table
    }

    /// The symbolic links under `folder` (not followed), as paths relative to it, sorted; none
    /// when `folder` itself is a link.
    static func symbolicLinks(in folder: URL) -> [String] {
        guard !SiteLayout.isSymbolicLink(folder),
              let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isSymbolicLinkKey]) else { return [] }
        let base = folder.standardizedFileURL.path + "/"
        var found: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) == true {
            let path = url.standardizedFileURL.path
            if path.hasPrefix(base) { found.append(String(path.dropFirst(base.count))) }
        }
        return found.sorted()
    }

    /// Regular files under `folder`, as (path relative to folder, URL), sorted; none when
    /// `folder` itself is a symbolic link, which is not read through.
    static func files(in folder: URL) -> [(String, URL)] {
        guard !SiteLayout.isSymbolicLink(folder),
              let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
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
