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
        let topFolders = Set(inventory.folders.filter { !$0.utf8.contains(UInt8(ascii: "/")) })
        let markdownFiles = Set(inventory.markdownFiles)
        var foldersWithContent = Set<String>()
        for path in inventory.markdownFiles {
            // Every folder above the file: cut at each '/' from the right.
            var folder = Substring(path)
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<slash]
                guard foldersWithContent.insert(String(folder)).inserted else { break }  // its parents are in too
            }
        }
        let excluded = Set(files.filter { $0.frontMatter.common.draft && !includeDrafts }.map(\.id))
        var leftOutDrafts = Set<ContentID>()

        for file in files {
            let components = file.contentPath.slashSplit().map(String.init)
            let kind = file.kind
            let at = file.frontMatter.kindLocation
            // An excluded draft hides what lies under it too.
            if isExcluded(file.id, excluded) {
                leftOutDrafts.insert(file.id)
                continue
            }
            byID[file.id] = file
            if components.first == "pages" {
                guard components.count == 2 else {
                    let name = components.last ?? ""
                    diagnostics.error(.pageInSubfolder(name: name), at: at)
                    continue
                }
                guard kind.declaration.placement == .page else {
                    diagnostics.error(.notPageInPagesFolder(kind: kind), at: at)
                    continue
                }
                if components[1] == "index.md" {
                    // Its id would be "pages", the folder's own: it is no page of its own name.
                    diagnostics.error(.pageNamedIndex, at: SourceLocation(file: file.sitePath))
                    continue
                }
                if reservedTopLevel.contains(file.slug) {
                    diagnostics.error(.pageNameReserved(name: file.slug), at: SourceLocation(file: file.sitePath))
                    continue
                }
                if topFolders.contains(file.slug) {
                    diagnostics.error(.pageClashesWithMunicipality(name: file.slug), at: SourceLocation(file: file.sitePath))
                    continue
                }
                pages.append(file)
                continue
            }
            switch components.count {
            case 2 where components[1] == "index.md":
                guard kind.declaration.placement == .municipalityIndex else {
                    diagnostics.error(.notMunicipalityInMunicipalityIndex(kind: kind, municipality: components[0]), at: at)
                    continue
                }
                if reservedTopLevel.contains(components[0]) {
                    diagnostics.error(.folderNameReserved(name: components[0]), at: SourceLocation(file: file.sitePath))
                    continue
                }
                municipalities[components[0]] = file
            case 3 where components[2] == "index.md":
                guard kind.isDocument else {
                    diagnostics.error(.notDocumentInDocumentIndex(kind: kind, municipality: components[0], document: components[1]), at: at)
                    continue
                }
                documents[components[0] + "/" + components[1]] = file
            case 3:
                guard kind.isPart else {
                    diagnostics.error(.notPartBesideDocument(kind: kind), at: at)
                    continue
                }
                if file.slug == "print" {
                    diagnostics.error(.partNamedPrint, at: SourceLocation(file: file.sitePath))
                    continue
                }
                parts[components[0] + "/" + components[1], default: []].append(file)
            default:
                let level: Problem.ContentLevel
                switch components.count {
                case 1: level = .contentRoot
                case 2: level = .municipalityFolder(municipality: components[0])
                default: level = .belowParts
                }
                diagnostics.error(.misplacedContentFile(sitePath: file.sitePath, kind: kind, level: level),
                                  at: SourceLocation(file: file.sitePath))
            }
        }

        // Folders that hold content but lack their index.md.
        for folder in inventory.folders where folder != "pages" && !folder.hasPrefix("pages/") {
            let depth = folder.slashSplit().count
            guard depth <= 2, !isExcluded(ContentID(folder), excluded) else { continue }
            if !markdownFiles.contains(folder + "/index.md") && foldersWithContent.contains(folder) {
                let isMunicipality = depth == 1
                diagnostics.error(.folderWithoutIndex(folder: folder, isMunicipality: isMunicipality),
                                  at: SourceLocation(file: "content/" + folder))
            }
        }

        // The Markdown files each document folder holds that could not be read, by folder.
        let readPaths = Set(files.map(\.contentPath))
        var unreadableByFolder: [String: [String]] = [:]
        for path in inventory.markdownFiles where !readPaths.contains(path) {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            unreadableByFolder[String(path[..<slash]), default: []].append(path)
        }
        var documentsByMunicipality: [String: [(key: String, file: ContentFile)]] = [:]
        for (key, file) in documents {
            documentsByMunicipality[String(key.prefix { $0 != "/" }), default: []].append((key, file))
        }
        var builtMunicipalities: [Municipality] = []
        let siteCollation = TitleCollation(config.language)
        for (slug, file) in municipalities {
            guard case .municipality(let metadata) = file.frontMatter.specific else { continue }
            let municipalityLanguage = file.frontMatter.common.language ?? config.language
            var docs: [Document] = []
            for (key, docFile) in documentsByMunicipality[slug] ?? [] {
                guard case .document(let metadata) = docFile.frontMatter.specific else { continue }
                var docParts: [ContentFile] = []
                for part in parts[key] ?? [] {
                    if docFile.kind.allowedParts.contains(part.kind) {
                        docParts.append(part)
                    } else {
                        diagnostics.error(.partKindNotAllowed(documentKind: docFile.kind, partKind: part.kind), at: part.frontMatter.kindLocation)
                    }
                }
                docParts.sort(by: partOrder(TitleCollation(docFile.frontMatter.common.language ?? municipalityLanguage)))
                var document = Document(file: docFile, metadata: metadata, parts: docParts)
                document.unreadableParts = unreadableByFolder[key] ?? []
                docs.append(document)
            }
            docs.sort(by: documentOrder(TitleCollation(municipalityLanguage)))
            builtMunicipalities.append(Municipality(file: file, metadata: metadata, documents: docs))
        }
        builtMunicipalities.sort(by: municipalityOrder(siteCollation))
        pages.sort(by: pageOrder(siteCollation))
        var site = Site(config: config, municipalities: builtMunicipalities, pages: pages,
                        filesByID: byID, assets: inventory.assets, assetsRoot: contentDirectory)
        site.leftOutDrafts = leftOutDrafts
        let placed = Set(site.allFiles.map(\.id))
        site.unplacedFiles = byID.values.filter { !placed.contains($0.id) }.sorted { $0.contentPath < $1.contentPath }
        site.assetsBySmallLetters = Dictionary(inventory.assets.map { ($0.lowercased(), $0) }) { first, second in min(first, second) }
        for file in byID.values {
            var parts = file.contentPath.slashSplit().map(String.init)
            guard let name = parts.popLast(), name.hasSuffix(".md"), name != "index.md" else { continue }
            let base = String(name.dropLast(".md".count))
            let slug = Suggestions.slug(base)
            guard slug != base, !slug.isEmpty else { continue }
            site.misnamedFiles[ContentID((parts + [slug]).joined(separator: "/"))] = name
        }
        if !leftOutDrafts.isEmpty {
            // The pictures and files a left-out draft shows, unless a published file shows them too.
            var shownByDrafts = Set<String>(), shownByOthers = Set<String>()
            for file in files {
                for reference in file.body.references {
                    guard case .asset(let path) = reference.target else { continue }
                    if leftOutDrafts.contains(file.id) { shownByDrafts.insert(path) } else { shownByOthers.insert(path) }
                }
            }
            site.draftOnlyAssets = shownByDrafts.subtracting(shownByOthers)
            site.assetsShownByDrafts = shownByDrafts
        }
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

    private static func menuPlace(_ page: ContentFile) -> Int {
        if case .page(let p) = page.frontMatter.specific, let menu = p.menu { return menu }
        return Int.max
    }

    /// Parts by number (unnumbered last), then by title in the document's alphabet.
    static func partOrder(_ collation: TitleCollation) -> (ContentFile, ContentFile) -> Bool {
        { a, b in
            let (aNumber, bNumber) = (a.number ?? Int.max, b.number ?? Int.max)
            if aNumber != bNumber { return aNumber < bNumber }
            return collation.precedes(a.title, a.id, b.title, b.id)
        }
    }

    /// Documents by title in the municipality's alphabet.
    static func documentOrder(_ collation: TitleCollation) -> (Document, Document) -> Bool {
        { a, b in collation.precedes(a.file.title, a.file.id, b.file.title, b.file.id) }
    }

    /// Municipalities by name in the site's alphabet.
    static func municipalityOrder(_ collation: TitleCollation) -> (Municipality, Municipality) -> Bool {
        { a, b in collation.precedes(a.metadata.name, a.file.id, b.metadata.name, b.file.id) }
    }

    /// Pages by menu place (pages outside the menu last), then by title in the site's alphabet.
    static func pageOrder(_ collation: TitleCollation) -> (ContentFile, ContentFile) -> Bool {
        { a, b in
            let (aPlace, bPlace) = (menuPlace(a), menuPlace(b))
            if aPlace != bPlace { return aPlace < bPlace }
            return collation.precedes(a.title, a.id, b.title, b.id)
        }
    }

    /// True when the lists of `site` that hold one of the files `ids` are in the order this
    /// stage gives them: after those files were swapped for new versions with other titles,
    /// numbers or names, the site is still the one a full assembly would make.
    static func isInOrder(_ site: Site, around ids: Set<ContentID>) -> Bool {
        func sorted<T>(_ items: [T], by before: (T, T) -> Bool) -> Bool {
            zip(items, items.dropFirst()).allSatisfy { !before($1, $0) }
        }
        func holds(_ id: ContentID) -> Bool {
            ids.contains { $0.isWithin(id) }
        }
        let siteCollation = TitleCollation(site.config.language)
        if site.municipalities.contains(where: { ids.contains($0.file.id) }),
           !sorted(site.municipalities, by: municipalityOrder(siteCollation)) {
            return false
        }
        if site.pages.contains(where: { ids.contains($0.id) }), !sorted(site.pages, by: pageOrder(siteCollation)) { return false }
        return site.municipalities.allSatisfy { municipality in
            guard holds(municipality.file.id) else { return true }
            return sorted(municipality.documents, by: documentOrder(TitleCollation(site.language(of: municipality.file.id))))
                && municipality.documents.allSatisfy { document in
                    !holds(document.file.id)
                        || sorted(document.parts, by: partOrder(TitleCollation(site.language(of: document.file.id))))
                }
        }
    }
}
