/// Renders each page of the site through the theme's templates.
struct PageRenderer {
    let context: PageContext
    /// Where each file of the site is, for the pages that name it.
    let places: SitePlaces
    var site: Site { context.site }
    var theme: Theme { context.theme }

    init(context: PageContext) {
        self.context = context
        places = SitePlaces(site: context.site)
    }

    /// Every page of the site, in a stable order.
    func allPages() -> [PageSpec] {
        var specs: [PageSpec] = [.home, .search, .notFound]
        for municipality in site.municipalities {
            specs.append(.content(municipality.file.id))
            for document in municipality.documents {
                specs.append(.content(document.file.id))
                specs.append(.print(document.file.id))
                specs.append(contentsOf: document.parts.map { .content($0.id) })
            }
        }
        specs.append(contentsOf: site.pages.map { .content($0.id) })
        return specs
    }

    /// The place of a page's file. The specs come from `allPages()` of the same site (serve's
    /// quick path keeps them only while the site's structure is unchanged), so every id has one.
    private func place(of id: ContentID) -> SitePlaces.Place {
        guard let place = places[id] else { preconditionFailure("a page names a file the site does not show: \(id.rawValue)") }
        return place
    }

    /// The path under output/ of a page.
    func path(of spec: PageSpec) -> String {
        switch spec {
        case .home: return "index.html"
        case .content(let id):
            switch place(of: id) {
            case .municipality(let m): return site.municipalities[m].file.pagePath
            case .document(let m, let d): return site.municipalities[m].documents[d].file.pagePath
            case .part(let m, let d, let p): return site.municipalities[m].documents[d].parts[p].pagePath
            case .page(let p): return site.pages[p].pagePath
            }
        case .print(let id):
            guard case .document(let m, let d) = place(of: id) else { preconditionFailure("a print page of no document: \(id.rawValue)") }
            return site.municipalities[m].documents[d].printPath
        case .search: return "search/index.html"
        case .notFound: return "404.html"
        }
    }

    /// The files whose content a page shows: when none of them changed (nor the theme or the
    /// configuration), the page is the same as before. Backlink sources and `related` targets
    /// count, so adding a link changes the target's page too.
    /// - Parameter includingMenu: Count the site's pages, whose titles every page's menu shows.
    func dependencies(of spec: PageSpec, includingMenu: Bool = true) -> [ContentID] {
        var ids = includingMenu ? site.pages.map(\.id) : []
        func linked(_ file: ContentFile) {
            ids.append(file.id)
            ids.append(contentsOf: context.graph.links(to: file.id))
            ids.append(contentsOf: file.frontMatter.common.related.map(\.value))
        }
        func document(_ m: Int, _ d: Int) {
            let municipality = site.municipalities[m], document = municipality.documents[d]
            ids.append(municipality.file.id)
            linked(document.file)
            ids.append(contentsOf: document.parts.map(\.id))
        }
        switch spec {
        case .home:
            for municipality in site.municipalities {
                ids.append(municipality.file.id)
                ids.append(contentsOf: municipality.documents.map(\.file.id))
            }
        case .content(let id):
            switch place(of: id) {
            case .municipality(let m):
                let municipality = site.municipalities[m]
                linked(municipality.file)
                ids.append(contentsOf: municipality.documents.map(\.file.id))
            case .document(let m, let d):
                document(m, d)
            case .part(let m, let d, let p):
                let municipality = site.municipalities[m], document = municipality.documents[d]
                ids.append(contentsOf: [municipality.file.id, document.file.id])
                linked(document.parts[p])
                if p > 0 { ids.append(document.parts[p - 1].id) }
                if p + 1 < document.parts.count { ids.append(document.parts[p + 1].id) }
            case .page(let p):
                linked(site.pages[p])
            }
        case .print(let id):
            if case .document(let m, let d) = place(of: id) { document(m, d) }
        case .search, .notFound:
            break
        }
        return ids
    }

    /// Renders one page; returns its path under output/ and its HTML.
    func render(_ spec: PageSpec) -> (path: String, html: String) {
        switch spec {
        case .home: return home()
        case .content(let id):
            switch place(of: id) {
            case .municipality(let m): return municipality(site.municipalities[m])
            case .document(let m, let d): return document(site.municipalities[m], site.municipalities[m].documents[d])
            case .part(let m, let d, let p):
                let municipality = site.municipalities[m], document = municipality.documents[d]
                return part(municipality, document, index: p)
            case .page(let p): return page(site.pages[p])
            }
        case .print(let id):
            guard case .document(let m, let d) = place(of: id) else { preconditionFailure("a print page of no document: \(id.rawValue)") }
            return printPage(site.municipalities[m], site.municipalities[m].documents[d])
        case .search: return search()
        case .notFound: return notFound()
        }
    }

    private func body(_ file: ContentFile, pagePath: String, idPrefix: String = "",
                      inPage: InPageLinks = InPageLinks(), oneLevelDown: Bool = false) -> String {
        SiteURL.resolveMarkers(in: site.htmlWithAssetNamesOnDisk(file.body, oneLevelDown: oneLevelDown), pagePath: pagePath,
                               idPrefix: idPrefix, inPage: inPage)
    }

    /// The municipality's documents as list items; one in another language than `labels`'
    /// (the list's) gets `lang` and `otherLanguage`.
    private func documentList(_ municipality: Municipality, labels: Labels, pagePath: String) -> [[String: Any]] {
        let root = SiteURL.rootPrefix(from: pagePath)
        return municipality.documents.map { document in
            let language = site.language(of: document.file.id)
            var item: [String: Any] = [
                "lang": language.htmlLang,
                "otherLanguage": language != labels.language,
                "title": document.file.title,
                "href": root + document.file.pagePath,
                "label": document.metadata.label ?? labels[document.file.kind == .programme ? "programme" : "framework"],
            ]
            item["summary"] = document.file.frontMatter.common.summary ?? false
            return item
        }
    }

    private func home() -> (path: String, html: String) {
        let path = "index.html"
        let language = site.config.language
        var c = context.base(pagePath: path, title: site.config.title, description: nil, language: language,
                             accent: nil, breadcrumbs: [], municipality: nil)
        c["isHome"] = true
        c["municipalities"] = site.municipalities.map { municipality -> [String: Any] in
            var item: [String: Any] = [
                "name": municipality.metadata.name,
                "href": municipality.file.pagePath,
                "documents": documentList(municipality, labels: context.labels(site.language(of: municipality.file.id)), pagePath: path),
                "lang": site.language(of: municipality.file.id).htmlLang,
            ]
            if site.language(of: municipality.file.id) != language { item["otherLanguage"] = true }
            item["summary"] = municipality.file.frontMatter.common.summary ?? false
            item["accent"] = municipality.metadata.color ?? false
            return item
        }
        c["pages"] = site.pages.map { ["title": $0.title, "href": $0.pagePath] }
        return (path, theme.render("home", c))
    }

    private func municipality(_ municipality: Municipality) -> (path: String, html: String) {
        let file = municipality.file
        let path = file.pagePath
        let language = site.language(of: file.id)
        let labels = context.labels(language)
        var c = context.base(pagePath: path, title: file.title, description: file.frontMatter.common.summary, language: language,
                             accent: municipality.metadata.color, breadcrumbs: [(file.title, nil)], municipality: municipality)
        let m = municipality.metadata
        c["name"] = m.name
        if let summary = file.frontMatter.common.summary { c["summary"] = summary }
        if let website = m.website { c["website"] = website }
        if let contact = m.contact { c["contact"] = contact }
        if let logo = m.logo, let resolved = SiteURL.normalize(logo.value, relativeTo: file.contentPath) {
            c["logo"] = ["src": SiteURL.rootPrefix(from: path) + resolved, "alt": m.name]
        }
        c["country"] = labels["country.\(m.country?.rawValue ?? "dk")"]
        c["body"] = body(file, pagePath: path)
        c["documents"] = documentList(municipality, labels: labels, pagePath: path)
        c["backlinks"] = context.backlinks(to: file.id, from: path)
        c["related"] = context.related(of: file, from: path)
        return (path, theme.render(file.kind.declaration.template, c))
    }

    private func documentBase(_ municipality: Municipality, _ document: Document, pagePath: String,
                              title: String, crumbs: [(String, String?)]) -> ([String: Any], Labels) {
        let file = document.file
        let language = site.language(of: file.id)
        let labels = context.labels(language)
        var c = context.base(pagePath: pagePath, title: title, description: file.frontMatter.common.summary, language: language,
                             accent: municipality.metadata.color, breadcrumbs: crumbs, municipality: municipality)
        let context = self.context
        c["doc"] = LazyDocumentFields { context.documentFields(document, labels: labels) }
        c["documentTitle"] = file.title
        return (c, labels)
    }

    private func document(_ municipality: Municipality, _ document: Document) -> (path: String, html: String) {
        let file = document.file
        let path = file.pagePath
        var (c, labels) = documentBase(municipality, document, pagePath: path, title: file.title,
                                       crumbs: [(municipality.file.title, municipality.file.pagePath), (file.title, nil)])
        c["body"] = body(file, pagePath: path)
        c["toc"] = context.toc(file)
        // Each part's values are made once and shared by `parts` and the list of its kind.
        let pageLanguage = labels.language
        let parts = document.parts.map { context.part($0, labels: labels, pagePath: path, headingLevel: 4, pageLanguage: pageLanguage) }
        func partsOf(_ kind: Kind) -> [[String: Any]] {
            document.parts.indices.filter { document.parts[$0].kind == kind }.map { parts[$0] }
        }
        c["parts"] = parts
        c["approaches"] = partsOf(.approach)
        c["roles"] = partsOf(.role)
        c["initiatives"] = partsOf(.initiative)
        c["courses"] = partsOf(.course)
        c["sections"] = partsOf(.section)
        let root = SiteURL.rootPrefix(from: path)
        c["printHref"] = root + document.printPath
        if context.pdfEnabled { c["pdfHref"] = root + document.pdfPath }
        c["backlinks"] = context.backlinks(to: file.id, from: path)
        c["related"] = context.related(of: file, from: path)
        return (path, theme.render(file.kind.declaration.template, c))
    }

    private func part(_ municipality: Municipality, _ document: Document, index: Int) -> (path: String, html: String) {
        let file = document.parts[index]
        let path = file.pagePath
        let language = site.language(of: file.id)
        var (c, labels) = documentBase(municipality, document, pagePath: path, title: file.title,
                                       crumbs: [(municipality.file.title, municipality.file.pagePath),
                                                (document.file.title, document.file.pagePath), (file.title, nil)])
        let documentLanguage = site.language(of: document.file.id)
        if language != documentLanguage {
            // The page is in the part's language; the document's values (its title in the
            // label's link, its fields) stay, the title marked as in the document's language.
            let (doc, documentTitle) = (c["doc"], c["documentTitle"])
            c = context.base(pagePath: path, title: file.title, description: file.frontMatter.common.summary, language: language,
                             accent: municipality.metadata.color,
                             breadcrumbs: [(municipality.file.title, municipality.file.pagePath),
                                           (document.file.title, document.file.pagePath), (file.title, nil)],
                             municipality: municipality)
            labels = context.labels(language)
            c["doc"] = doc
            c["documentTitle"] = documentTitle
            c["documentLang"] = documentLanguage.htmlLang
        }
        c["description"] = file.frontMatter.common.summary
        c["part"] = context.part(file, labels: labels, pagePath: path, headingLevel: 2, pageLanguage: labels.language)
        c["body"] = body(file, pagePath: path)
        c["toc"] = context.toc(file)
        let root = SiteURL.rootPrefix(from: path)
        c["documentHref"] = root + document.file.pagePath
        if index > 0 {
            let previous = document.parts[index - 1]
            c["previous"] = ["title": previous.title, "href": root + previous.pagePath]
        }
        if index + 1 < document.parts.count {
            let next = document.parts[index + 1]
            c["next"] = ["title": next.title, "href": root + next.pagePath]
        }
        c["backlinks"] = context.backlinks(to: file.id, from: path)
        c["related"] = context.related(of: file, from: path)
        return (path, theme.render(file.kind.declaration.template, c))
    }

    private func printPage(_ municipality: Municipality, _ document: Document) -> (path: String, html: String) {
        let file = document.file
        let path = document.printPath
        let printLabel = labelsFor(file)["printVersion"]
        var (c, labels) = documentBase(municipality, document, pagePath: path, title: file.title,
                                       crumbs: [(municipality.file.title, municipality.file.pagePath),
                                                (file.title, file.pagePath), (printLabel, nil)])
        let inPage = printPageLinks(document)
        c["body"] = body(file, pagePath: path, idPrefix: Self.printDocumentPrefix, inPage: inPage)
        c["parts"] = document.parts.map { part -> [String: Any] in
            var p = context.part(part, labels: labels, pagePath: path, headingLevel: 3, pageLanguage: labels.language)
            p["anchor"] = Self.printAnchor(of: part)
            // Under the part's <h2> title, its `##` sections are <h3> (and the fields' headings, `hl`, too).
            p["body"] = body(part, pagePath: path, idPrefix: Self.printPrefix(of: part), inPage: inPage, oneLevelDown: true)
            return p
        }
        c["documentHref"] = SiteURL.rootPrefix(from: path) + file.pagePath
        c["inPrint"] = true  // the cover shows the slogan and the dates
        return (path, theme.render("print", c))
    }

    /// What the document's heading ids get in front on its print page.
    static let printDocumentPrefix = "dokument-"

    /// The id of a part's section on the print page.
    static func printAnchor(of part: ContentFile) -> String { "del-" + part.slug }

    /// What a part's heading ids get in front on the print page. "_" is in neither a part's
    /// name nor a heading's slug, so no two parts' ids, and no part's id and the document's
    /// ("dokument-…") or the template's, can be the same.
    static func printPrefix(of part: ContentFile) -> String { printAnchor(of: part) + "_" }

    /// The files the print page of `document` shows whole: links to them stay on the page. A
    /// link to the document itself goes to the top of the page (`#indhold`, print.mustache's
    /// `<main>`, which starts with the cover).
    private func printPageLinks(_ document: Document) -> InPageLinks {
        var links = InPageLinks()
        links.add(pagePath: document.file.pagePath, anchor: "indhold", idPrefix: Self.printDocumentPrefix,
                  headingIDs: document.file.body.headings.map(\.id))
        for part in document.parts {
            links.add(pagePath: part.pagePath, anchor: Self.printAnchor(of: part), idPrefix: Self.printPrefix(of: part),
                      headingIDs: part.body.headings.map(\.id))
        }
        return links
    }

    private func labelsFor(_ file: ContentFile) -> Labels {
        context.labels(site.language(of: file.id))
    }

    private func page(_ file: ContentFile) -> (path: String, html: String) {
        let path = file.pagePath
        var c = context.base(pagePath: path, title: file.title, description: file.frontMatter.common.summary,
                             language: site.language(of: file.id), accent: nil, breadcrumbs: [(file.title, nil)], municipality: nil)
        if let summary = file.frontMatter.common.summary { c["summary"] = summary }
        c["body"] = body(file, pagePath: path)
        c["toc"] = context.toc(file)
        c["backlinks"] = context.backlinks(to: file.id, from: path)
        c["related"] = context.related(of: file, from: path)
        return (path, theme.render(file.kind.declaration.template, c))
    }

    private func search() -> (path: String, html: String) {
        let path = "search/index.html"
        let language = site.config.language
        let labels = context.labels(language)
        var c = context.base(pagePath: path, title: labels["search"], description: nil, language: language,
                             accent: nil, breadcrumbs: [(labels["search"], nil)], municipality: nil)
        c["indexHref"] = "index.js"  // the first file of the index; `indexScripts` lists them all
        c["indexScripts"] = (0..<SearchIndex.shardCount(entryCount: site.allFiles.count)).map { ["href": SearchIndex.shardName($0)] }
        c["scriptHref"] = SiteURL.rootPrefix(from: path) + "assets/search.js"
        c["isSearch"] = true
        return (path, theme.render("search", c))
    }

    private func notFound() -> (path: String, html: String) {
        // 404.html is served from any address, so its links must not depend on its place:
        // they are written from the site root and a <base> is left to the host. Relative links
        // from output/ root work when the host serves 404.html for a top-level address.
        let path = "404.html"
        let language = site.config.language
        let labels = context.labels(language)
        var c = context.base(pagePath: path, title: labels["notFoundTitle"], description: nil, language: language,
                             accent: nil, breadcrumbs: [], municipality: nil)
        if let base = site.config.baseURL { c["baseHref"] = base }
        return (path, theme.render("notfound", c))
    }
}
