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
                    diagnostics.error("misplaced-file", at: at,
                                      LocalizedText(
                                        en: "pages live directly in content/pages/, not in a subfolder",
                                        da: "sider skal ligge direkte i content/pages/, ikke i en undermappe",
                                        nb: "sider skal ligge rett i content/pages/, ikke i en undermappe"),
                                      hint: LocalizedText(
                                        en: "move the file to content/pages/\(name)",
                                        da: "flyt filen til content/pages/\(name)",
                                        nb: "flytt filen til content/pages/\(name)"))
                    continue
                }
                guard kind == .page else {
                    diagnostics.error("kind-mismatch", at: at,
                                      LocalizedText(
                                        en: "a file in content/pages/ must have 'kind: page', not '\(kind.rawValue)'",
                                        da: "en fil i content/pages/ skal have 'kind: page', ikke '\(kind.rawValue)'",
                                        nb: "en fil i content/pages/ må ha 'kind: page', ikke '\(kind.rawValue)'"),
                                      hint: LocalizedText(
                                        en: "write 'kind: page', or move the file to where a \(kind.rawValue) belongs",
                                        da: "skriv 'kind: page', eller flyt filen derhen, hvor \(kind.danish.withArticle) hører hjemme",
                                        nb: "skriv 'kind: page', eller flytt filen dit \(kind.norwegian.withArticle) hører hjemme"))
                    continue
                }
                if components[1] == "index.md" {
                    // Its id would be "pages", the folder's own: it is no page of its own name.
                    diagnostics.error("reserved-name", at: SourceLocation(file: file.sitePath),
                                      LocalizedText(
                                        en: "a page cannot be called index.md; sitegen makes the front page itself",
                                        da: "en side kan ikke hedde index.md; sitegen laver selv forsiden",
                                        nb: "en side kan ikke hete index.md; sitegen lager forsiden selv"),
                                      hint: LocalizedText(
                                        en: "give the page a name of its own, e.g. content/pages/om.md",
                                        da: "giv siden sit eget navn, fx content/pages/om.md",
                                        nb: "gi siden et eget navn, f.eks. content/pages/om.md"))
                    continue
                }
                if reservedTopLevel.contains(file.slug) {
                    diagnostics.error("reserved-name", at: SourceLocation(file: file.sitePath),
                                      LocalizedText(
                                        en: "the page name '\(file.slug)' is used by sitegen itself",
                                        da: "sidenavnet '\(file.slug)' bruges af sitegen selv",
                                        nb: "sidenavnet '\(file.slug)' brukes av sitegen selv"),
                                      hint: LocalizedText(
                                        en: "rename the file",
                                        da: "giv filen et andet navn",
                                        nb: "gi filen et annet navn"))
                    continue
                }
                if topFolders.contains(file.slug) {
                    diagnostics.error("name-clash", at: SourceLocation(file: file.sitePath),
                                      LocalizedText(
                                        en: "the page '\(file.slug)' would have the same address as the municipality folder content/\(file.slug)/",
                                        da: "siden '\(file.slug)' ville få samme adresse som kommunens mappe content/\(file.slug)/",
                                        nb: "siden '\(file.slug)' ville fått samme adresse som kommunens mappe content/\(file.slug)/"),
                                      hint: LocalizedText(
                                        en: "rename the page",
                                        da: "giv siden et andet navn",
                                        nb: "gi siden et annet navn"))
                    continue
                }
                pages.append(file)
                continue
            }
            switch components.count {
            case 2 where components[1] == "index.md":
                guard kind == .municipality else {
                    diagnostics.error("kind-mismatch", at: at,
                                      LocalizedText(
                                        en: "content/<municipality>/index.md must have 'kind: municipality', not '\(kind.rawValue)'",
                                        da: "content/<kommune>/index.md skal have 'kind: municipality', ikke '\(kind.rawValue)'",
                                        nb: "content/<kommune>/index.md må ha 'kind: municipality', ikke '\(kind.rawValue)'"),
                                      hint: kind.isDocument
                                        ? LocalizedText(
                                            en: "a \(kind.rawValue) lives in its own folder: content/\(components[0])/<document>/index.md",
                                            da: "\(kind.danish.withArticle) ligger i sin egen mappe: content/\(components[0])/<dokument>/index.md",
                                            nb: "\(kind.norwegian.withArticle) ligger i sin egen mappe: content/\(components[0])/<dokument>/index.md")
                                        : LocalizedText(
                                            en: "write 'kind: municipality'",
                                            da: "skriv 'kind: municipality'",
                                            nb: "skriv 'kind: municipality'"))
                    continue
                }
                if reservedTopLevel.contains(components[0]) {
                    diagnostics.error("reserved-name", at: SourceLocation(file: file.sitePath),
                                      LocalizedText(
                                        en: "the folder name '\(components[0])' is used by sitegen itself",
                                        da: "mappenavnet '\(components[0])' bruges af sitegen selv",
                                        nb: "mappenavnet '\(components[0])' brukes av sitegen selv"),
                                      hint: LocalizedText(
                                        en: "rename the folder",
                                        da: "giv mappen et andet navn",
                                        nb: "gi mappen et annet navn"))
                    continue
                }
                municipalities[components[0]] = file
            case 3 where components[2] == "index.md":
                guard kind.isDocument else {
                    diagnostics.error("kind-mismatch", at: at,
                                      LocalizedText(
                                        en: "a document's index.md must have 'kind: framework' or 'kind: programme', not '\(kind.rawValue)'",
                                        da: "et dokuments index.md skal have 'kind: framework' eller 'kind: programme', ikke '\(kind.rawValue)'",
                                        nb: "index.md i et dokument må ha 'kind: framework' eller 'kind: programme', ikke '\(kind.rawValue)'"),
                                      hint: kind.isPart
                                        ? LocalizedText(
                                            en: "a \(kind.rawValue) is a file of its own beside index.md: content/\(components[0])/\(components[1])/<name>.md",
                                            da: "\(kind.danish.withArticle) er en fil for sig selv ved siden af index.md: content/\(components[0])/\(components[1])/<navn>.md",
                                            nb: "\(kind.norwegian.withArticle) er en egen fil ved siden av index.md: content/\(components[0])/\(components[1])/<navn>.md")
                                        : LocalizedText(
                                            en: "write 'kind: framework' or 'kind: programme'",
                                            da: "skriv 'kind: framework' eller 'kind: programme'",
                                            nb: "skriv 'kind: framework' eller 'kind: programme'"))
                    continue
                }
                documents[components[0] + "/" + components[1]] = file
            case 3:
                guard kind.isPart else {
                    diagnostics.error("kind-mismatch", at: at,
                                      LocalizedText(
                                        en: "a file beside a document's index.md is a part of it and must have kind approach, role, initiative, course or section, not '\(kind.rawValue)'",
                                        da: "en fil ved siden af et dokuments index.md er en del af dokumentet og skal have kind approach, role, initiative, course eller section, ikke '\(kind.rawValue)'",
                                        nb: "en fil ved siden av index.md i et dokument er en del av dokumentet og må ha kind approach, role, initiative, course eller section, ikke '\(kind.rawValue)'"),
                                      hint: kind == .page
                                        ? LocalizedText(
                                            en: "move site-wide pages to content/pages/",
                                            da: "flyt sider, der gælder hele hjemmesiden, til content/pages/",
                                            nb: "flytt sider som gjelder hele nettstedet, til content/pages/")
                                        : LocalizedText(
                                            en: "move the file to where a \(kind.rawValue) belongs",
                                            da: "flyt filen derhen, hvor \(kind.danish.withArticle) hører hjemme",
                                            nb: "flytt filen dit \(kind.norwegian.withArticle) hører hjemme"))
                    continue
                }
                if file.slug == "print" {
                    diagnostics.error("reserved-name", at: SourceLocation(file: file.sitePath),
                                      LocalizedText(
                                        en: "the part name 'print' is taken by the document's print page",
                                        da: "delnavnet 'print' er optaget af dokumentets udskriftsside",
                                        nb: "delnavnet 'print' er opptatt av dokumentets utskriftsside"),
                                      hint: LocalizedText(
                                        en: "rename the file, e.g. 'udskrift.md'",
                                        da: "giv filen et andet navn, fx 'udskrift.md'",
                                        nb: "gi filen et annet navn, f.eks. 'udskrift.md'"))
                    continue
                }
                parts[components[0] + "/" + components[1], default: []].append(file)
            default:
                let hint: LocalizedText
                switch components.count {
                case 1:
                    hint = LocalizedText(
                        en: "a \(kind.rawValue) belongs in content/<municipality>/...; site-wide pages go in content/pages/",
                        da: "\(kind.danish.withArticle) hører hjemme i content/<kommune>/...; sider, der gælder hele hjemmesiden, skal ligge i content/pages/",
                        nb: "\(kind.norwegian.withArticle) hører hjemme i content/<kommune>/...; sider som gjelder hele nettstedet, skal ligge i content/pages/")
                case 2:
                    hint = LocalizedText(
                        en: "a file in a municipality's folder must be its index.md; documents go in their own folder: content/\(components[0])/<document>/index.md",
                        da: "en fil i en kommunes mappe skal være mappens index.md; dokumenter skal ligge i deres egen mappe: content/\(components[0])/<dokument>/index.md",
                        nb: "en fil i mappen til en kommune må være mappens index.md; dokumenter skal ligge i en egen mappe: content/\(components[0])/<dokument>/index.md")
                default:
                    hint = LocalizedText(
                        en: "content/ has three levels: <municipality>/<document>/<part>.md",
                        da: "content/ har tre niveauer: <kommune>/<dokument>/<del>.md",
                        nb: "content/ har tre nivåer: <kommune>/<dokument>/<del>.md")
                }
                diagnostics.error("misplaced-file", at: SourceLocation(file: file.sitePath),
                                  LocalizedText(
                                    en: "a content file cannot live at '\(file.sitePath)'",
                                    da: "en indholdsfil kan ikke ligge i '\(file.sitePath)'",
                                    nb: "en innholdsfil kan ikke ligge i '\(file.sitePath)'"),
                                  hint: hint)
            }
        }

        // Folders that hold content but lack their index.md.
        for folder in inventory.folders where folder != "pages" && !folder.hasPrefix("pages/") {
            let depth = folder.slashSplit().count
            guard depth <= 2, !isExcluded(ContentID(folder), excluded) else { continue }
            if !markdownFiles.contains(folder + "/index.md") && foldersWithContent.contains(folder) {
                let isMunicipality = depth == 1
                let kindValue = isMunicipality ? "municipality" : "framework"
                let what = isMunicipality
                    ? (en: "municipality", da: "en kommune", nb: "en kommune")
                    : (en: "document", da: "et dokument", nb: "et dokument")
                diagnostics.error("missing-index", at: SourceLocation(file: "content/" + folder),
                                  LocalizedText(
                                    en: "the folder content/\(folder)/ has no index.md, so it is not a \(what.en)",
                                    da: "mappen content/\(folder)/ har ingen index.md, så den er ikke \(what.da)",
                                    nb: "mappen content/\(folder)/ har ingen index.md, så den er ikke \(what.nb)"),
                                  hint: LocalizedText(
                                    en: "add content/\(folder)/index.md with 'kind: \(kindValue)'",
                                    da: "tilføj content/\(folder)/index.md med 'kind: \(kindValue)'",
                                    nb: "legg til content/\(folder)/index.md med 'kind: \(kindValue)'"))
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
                        let documentKind = docFile.kind
                        let allowed = documentKind.allowedParts.map(\.rawValue).joined(separator: ", ")
                        diagnostics.error("kind-mismatch", at: part.frontMatter.kindLocation,
                                          LocalizedText(
                                            en: "a \(documentKind.rawValue) cannot hold a part of kind '\(part.kind.rawValue)'",
                                            da: "\(documentKind.danish.withArticle) kan ikke indeholde en del med kind '\(part.kind.rawValue)'",
                                            nb: "\(documentKind.norwegian.withArticle) kan ikke inneholde en del med kind '\(part.kind.rawValue)'"),
                                          hint: LocalizedText(
                                            en: "a \(documentKind.rawValue) holds: \(allowed)",
                                            da: "\(documentKind.danish.withArticle) kan indeholde disse dele: \(allowed)",
                                            nb: "\(documentKind.norwegian.withArticle) kan inneholde disse delene: \(allowed)"))
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
