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
    /// Asset files: path under output/assets/ → the file to copy.
    let assets: [String: URL]

    /// The theme folders to read, most specific first: the site's chosen theme, the site's own
    /// `themes/default`, and the default theme that ships with sitegen.
    static func searchPath(siteDirectory: URL, name: String) -> [URL] {
        let themes = siteDirectory.appendingPathComponent("themes")
        var folders: [URL] = []
        if name != "default" { folders.append(themes.appendingPathComponent(name)) }
        folders.append(themes.appendingPathComponent("default"))
        if let bundled = bundledDefaultTheme() { folders.append(bundled) }
        return folders.filter { isDirectory($0) }
    }

    /// The default theme copied into the build beside the `sitegen` executable.
    static func bundledDefaultTheme() -> URL? {
        Bundle.module.url(forResource: "default", withExtension: nil, subdirectory: "themes")
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
                              "the theme '\(name)' does not exist: there is no folder themes/\(name)/",
                              hint: "create themes/\(name)/ or write 'theme: default'")
            return nil
        }
        let folders = searchPath(siteDirectory: siteDirectory, name: name)
        var library = MustacheLibrary()
        var registered = Set<String>()
        var strings: [String: [String: String]] = [:]
        var assets: [String: URL] = [:]
        for folder in folders {
            let label = displayPath(folder, siteDirectory: siteDirectory)
            for (relative, url) in files(in: folder.appendingPathComponent("templates")) where relative.hasSuffix(".mustache") {
                let templateName = String(relative.dropLast(".mustache".count))
                guard !registered.contains(templateName) else { continue }
                registered.insert(templateName)
                let file = "\(label)/templates/\(relative)"
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    diagnostics.error("theme-error", at: SourceLocation(file: file), "the template cannot be read as UTF-8 text")
                    continue
                }
                do {
                    try library.register(text, named: templateName)
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.error("theme-error", at: SourceLocation(file: file, line: error.context.lineNumber, column: error.context.columnNumber),
                                      "the template cannot be read: \(error.error)", hint: "check that every {{#section}} is closed with {{/section}}")
                } catch {
                    diagnostics.error("theme-error", at: SourceLocation(file: file), "the template cannot be read: \(error)")
                }
            }
            for (relative, url) in files(in: folder.appendingPathComponent("strings")) where relative.hasSuffix(".yml") {
                let language = String(relative.dropLast(4))
                guard let table = loadStrings(url, file: "\(label)/strings/\(relative)", diagnostics: &diagnostics) else { continue }
                strings[language] = table.merging(strings[language] ?? [:]) { _, more in more }
            }
            for (relative, url) in files(in: folder.appendingPathComponent("assets")) where assets[relative] == nil {
                assets[relative] = url
            }
        }
        for required in ["base", "home", "municipality", "document", "part", "page", "print", "search", "notfound"] where !registered.contains(required) {
            diagnostics.error("theme-error", at: SourceLocation(file: "themes/\(name)"), "the theme has no template '\(required).mustache'",
                              hint: "copy it from the default theme")
        }
        return Theme(library: library, strings: strings, assets: assets)
    }

    /// The strings for `language`, with the English table filling gaps.
    func strings(for language: Language) -> [String: String] {
        let own = strings[language.stringsLanguage] ?? [:]
        return own.merging(strings["en"] ?? [:]) { mine, _ in mine }
    }

    /// Renders the template `name` with `context`.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    private static func loadStrings(_ url: URL, file: String, diagnostics: inout DiagnosticBag) -> [String: String]? {
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let root = YAMLParser.parse(text, file: file, firstLine: 1, diagnostics: &diagnostics),
              case .mapping(let mapping) = root else {
            diagnostics.error("theme-error", at: SourceLocation(file: file), "the string table must be 'key: text' lines")
            return nil
        }
        var table: [String: String] = [:]
        for (key, value) in mapping {
            if let k = key.scalar?.string, let v = value.scalar?.string { table[k] = v }
        }
        return table
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

    private static func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }

    private static func displayPath(_ folder: URL, siteDirectory: URL) -> String {
        let site = siteDirectory.standardizedFileURL.path + "/"
        let path = folder.standardizedFileURL.path
        return path.hasPrefix(site) ? String(path.dropFirst(site.count)) : "(built-in)/themes/default"
    }
}
