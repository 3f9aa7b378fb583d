import Foundation

/// Places each parsed file in the site's tree by where it lives, checking the layout rules:
/// which kind may live where, and which parts a document may hold.
enum AssembleStage {
    /// Names that output/ uses itself and content may not take.
    static let reservedTopLevel: Set<String> = ["assets", "search", "404", "sitemap", "print"]

    static func run(files: [ContentFile], inventory: ContentInventory, config: SiteConfig,
                    contentDirectory: URL, includeDrafts: Bool) -> (site: Site, diagnostics: DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        var byID: [ContentID: ContentFile] = [:]
        var municipalities: [String: ContentFile] = [:]
        var documents: [String: ContentFile] = [:]
        var parts: [String: [ContentFile]] = [:]
        var pages: [ContentFile] = []
        let topFolders = Set(inventory.folders.filter { !$0.contains("/") })
        let markdownFiles = Set(inventory.markdownFiles)
        var foldersWithContent = Set<String>()
        for path in inventory.markdownFiles {
            var components = path.split(separator: "/").dropLast()
            while !components.isEmpty {
                foldersWithContent.insert(components.joined(separator: "/"))
                components.removeLast()
            }
        }
        let excluded = Set(files.filter { $0.frontMatter.common.draft && !includeDrafts }.map(\.id))

        for file in files {
            let components = file.contentPath.split(separator: "/").map(String.init)
            let kind = file.kind
            let at = file.frontMatter.kindLocation
            // An excluded draft hides what lies under it too.
            if isExcluded(file.id, excluded) { continue }
            byID[file.id] = file
            if components.first == "pages" {
                guard components.count == 2 else {
                    diagnostics.error("misplaced-file", at: at, "pages live directly in content/pages/, not in a subfolder",
                                      hint: "move the file to content/pages/\(components.last ?? "")")
                    continue
                }
                guard kind == .page else {
                    diagnostics.error("kind-mismatch", at: at, "a file in content/pages/ must have 'kind: page', not '\(kind.rawValue)'",
                                      hint: "write 'kind: page', or move the file to where a \(kind.rawValue) belongs")
                    continue
                }
                if reservedTopLevel.contains(file.slug) {
                    diagnostics.error("reserved-name", at: SourceLocation(file: file.sitePath),
                                      "the page name '\(file.slug)' is used by sitegen itself", hint: "rename the file")
                    continue
                }
                if topFolders.contains(file.slug) {
                    diagnostics.error("name-clash", at: SourceLocation(file: file.sitePath),
                                      "the page '\(file.slug)' would have the same address as the municipality folder content/\(file.slug)/",
                                      hint: "rename the page")
                    continue
                }
                pages.append(file)
                continue
            }
            switch components.count {
            case 2 where components[1] == "index.md":
                guard kind == .municipality else {
                    diagnostics.error("kind-mismatch", at: at, "content/<municipality>/index.md must have 'kind: municipality', not '\(kind.rawValue)'",
                                      hint: kind.isDocument ? "a \(kind.rawValue) lives in its own folder: content/\(components[0])/<document>/index.md" : "write 'kind: municipality'")
                    continue
                }
                if reservedTopLevel.contains(components[0]) {
                    diagnostics.error("reserved-name", at: SourceLocation(file: file.sitePath),
                                      "the folder name '\(components[0])' is used by sitegen itself", hint: "rename the folder")
                    continue
                }
                municipalities[components[0]] = file
            case 3 where components[2] == "index.md":
                guard kind.isDocument else {
                    diagnostics.error("kind-mismatch", at: at, "a document's index.md must have 'kind: framework' or 'kind: programme', not '\(kind.rawValue)'",
                                      hint: kind.isPart ? "a \(kind.rawValue) is a file of its own beside index.md: content/\(components[0])/\(components[1])/<name>.md" : "write 'kind: framework' or 'kind: programme'")
                    continue
                }
                documents[components[0] + "/" + components[1]] = file
            case 3:
                guard kind.isPart else {
                    diagnostics.error("kind-mismatch", at: at, "a file beside a document's index.md is a part of it and must have kind approach, role, initiative, course or section, not '\(kind.rawValue)'",
                                      hint: kind == .page ? "move site-wide pages to content/pages/" : "move the file to where a \(kind.rawValue) belongs")
                    continue
                }
                if file.slug == "print" {
                    diagnostics.error("reserved-name", at: SourceLocation(file: file.sitePath),
                                      "the part name 'print' is taken by the document's print page", hint: "rename the file, e.g. 'udskrift.md'")
                    continue
                }
                parts[components[0] + "/" + components[1], default: []].append(file)
            default:
                let hint: String
                switch components.count {
                case 1: hint = "a \(kind.rawValue) belongs in content/<municipality>/...; site-wide pages go in content/pages/"
                case 2: hint = "a file in a municipality's folder must be its index.md; documents go in their own folder: content/\(components[0])/<document>/index.md"
                default: hint = "content/ has three levels: <municipality>/<document>/<part>.md"
                }
                diagnostics.error("misplaced-file", at: SourceLocation(file: file.sitePath), "a content file cannot live at '\(file.sitePath)'", hint: .same(hint))
            }
        }

        // Folders that hold content but lack their index.md.
        for folder in inventory.folders where folder != "pages" {
            let depth = folder.split(separator: "/").count
            guard depth <= 2, !isExcluded(ContentID(folder), excluded) else { continue }
            if !markdownFiles.contains(folder + "/index.md") && foldersWithContent.contains(folder) {
                let what = depth == 1 ? "municipality" : "document"
                diagnostics.error("missing-index", at: SourceLocation(file: "content/" + folder),
                                  "the folder content/\(folder)/ has no index.md, so it is not a \(what)",
                                  hint: "add content/\(folder)/index.md with 'kind: \(depth == 1 ? "municipality" : "framework")'")
            }
        }

        var documentsByMunicipality: [String: [(key: String, file: ContentFile)]] = [:]
        for (key, file) in documents {
            documentsByMunicipality[String(key.prefix { $0 != "/" }), default: []].append((key, file))
        }
        var builtMunicipalities: [Municipality] = []
        for (slug, file) in municipalities {
            guard case .municipality(let metadata) = file.frontMatter.specific else { continue }
            var docs: [Document] = []
            for (key, docFile) in documentsByMunicipality[slug] ?? [] {
                guard case .document(let metadata) = docFile.frontMatter.specific else { continue }
                var docParts: [ContentFile] = []
                for part in parts[key] ?? [] {
                    if docFile.kind.allowedParts.contains(part.kind) {
                        docParts.append(part)
                    } else {
                        diagnostics.error("kind-mismatch", at: part.frontMatter.kindLocation,
                                          "a \(docFile.kind.rawValue) cannot hold a part of kind '\(part.kind.rawValue)'",
                                          hint: "a \(docFile.kind.rawValue) holds: \(docFile.kind.allowedParts.map(\.rawValue).joined(separator: ", "))")
                    }
                }
                docParts.sort(by: partOrder)
                docs.append(Document(file: docFile, metadata: metadata, parts: docParts))
            }
            docs.sort { ($0.file.title, $0.file.id) < ($1.file.title, $1.file.id) }
            builtMunicipalities.append(Municipality(file: file, metadata: metadata, documents: docs))
        }
        builtMunicipalities.sort { ($0.metadata.name, $0.file.id) < ($1.metadata.name, $1.file.id) }
        pages.sort { (pageOrder($0), $0.title, $0.id) < (pageOrder($1), $1.title, $1.id) }
        let site = Site(config: config, municipalities: builtMunicipalities, pages: pages,
                        filesByID: byID, assets: inventory.assets, assetsRoot: contentDirectory)
        return (site, diagnostics)
    }

    private static func isExcluded(_ id: ContentID, _ excluded: Set<ContentID>) -> Bool {
        guard !excluded.isEmpty else { return false }
        var components = id.components
        while !components.isEmpty {
            if excluded.contains(ContentID(components.joined(separator: "/"))) { return true }
            components.removeLast()
        }
        return false
    }

    private static func pageOrder(_ page: ContentFile) -> Int {
        if case .page(let p) = page.frontMatter.specific, let menu = p.menu { return menu }
        return Int.max
    }

    /// Parts by number (unnumbered last), then by title.
    static func partOrder(_ a: ContentFile, _ b: ContentFile) -> Bool {
        (a.number ?? Int.max, a.title, a.id) < (b.number ?? Int.max, b.title, b.id)
    }
}
