internal import Mustache

/// Builds the values a template sees for each page. Values are dictionaries, which
/// swift-mustache reads much faster than structs (it reads a struct through `Mirror`). Every href is
/// relative to the page being rendered.
struct PageContext {
    let site: Site
    let graph: LinkGraph
    let theme: Theme
    let footerHTML: String
    let pdfEnabled: Bool

    /// The values every page has: language, strings, header, menu, footer, breadcrumbs.
    func base(pagePath: String, title: String, description: String?, language: Language,
              accent: String?, breadcrumbs: [(String, String?)], municipality: Municipality?) -> [String: Any] {
        let labels = self.labels(language)
        let root = SiteURL.rootPrefix(from: pagePath)
        var context: [String: Any] = [
            "lang": language.htmlLang,
            "t": labels.table,
            "root": root,
            "title": title,
            "siteTitle": site.config.title,
            "homeHref": root + "index.html",
            "searchHref": root + "search/index.html",
            "cssHref": root + "assets/style.css",
            "printCssHref": root + "assets/print.css",
            "footerHTML": SiteURL.resolveMarkers(in: footerHTML, pagePath: pagePath),
            // Lists the templates test with empty(...) are always present, so a missing one
            // never reads as "not empty".
            "breadcrumbs": [Any](), "toc": [Any](), "related": [Any](), "backlinks": [Any](),
        ]
        if let description, !description.isEmpty { context["description"] = description }
        if let base = site.config.baseURL {
            context["canonical"] = base + (pagePath.hasSuffix("index.html") ? String(pagePath.dropLast("index.html".count)) : pagePath)
        }
        if let accent { context["accent"] = accent }
        if let statement = site.config.accessibilityStatement { context["accessibilityHref"] = statement }
        if let municipality {
            context["municipalityName"] = municipality.metadata.name
            context["municipalityHref"] = root + municipality.file.pagePath
        }
        context["menu"] = site.pages.compactMap { page -> [String: Any]? in
            guard case .page(let meta) = page.frontMatter.specific, meta.menu != nil else { return nil }
            var item: [String: Any] = ["title": page.title, "href": root + page.pagePath]
            if page.pagePath == pagePath { item["current"] = true }
            return item
        }
        if !breadcrumbs.isEmpty {
            var crumbs: [[String: Any]] = [["title": labels["home"], "href": root + "index.html"]]
            for (crumbTitle, href) in breadcrumbs {
                var crumb: [String: Any] = ["title": crumbTitle]
                if let href { crumb["href"] = root + href } else { crumb["current"] = true }
                crumbs.append(crumb)
            }
            context["breadcrumbs"] = crumbs
        }
        return context
    }

    func labels(_ language: Language) -> Labels {
        Labels(table: theme.strings(for: language), language: language)
    }

    /// Links to the pages that link to `id`.
    func backlinks(to id: ContentID, from pagePath: String) -> [[String: Any]] {
        let root = SiteURL.rootPrefix(from: pagePath)
        return graph.links(to: id).compactMap { site.filesByID[$0] }.map { ["title": $0.title, "href": root + $0.pagePath] }
    }

    /// Links for a file's `related` list.
    func related(of file: ContentFile, from pagePath: String) -> [[String: Any]] {
        let root = SiteURL.rootPrefix(from: pagePath)
        var shown: Set<ContentID> = [file.id]  // each once, and not the page itself
        return file.frontMatter.common.related.filter { shown.insert($0.value).inserted }
            .compactMap { site.filesByID[$0.value] }.map { ["title": $0.title, "href": root + $0.pagePath] }
    }

    /// A table of contents from a body's `##` and `###` headings, when there are at least three.
    func toc(_ file: ContentFile, idPrefix: String = "") -> [[String: Any]] {
        let headings = file.body.headings.filter { $0.level <= 3 }
        guard headings.count >= 3 else { return [] }
        return headings.map { ["text": $0.text, "href": "#" + idPrefix + $0.id, "sub": $0.level == 3] }
    }

    /// A list of strings as template items.
    static func items(_ list: [String]) -> [[String: Any]] {
        list.map { ["text": $0] }
    }

    /// The fields of a part, as the document page, the part page and the print page show them.
    /// - Parameter headingLevel: The level of the headings inside the part's fields ("Derfor gør
    ///   vi følgende"): one below the heading that holds the part on that page.
    /// - Parameter pageLanguage: The language of the page it is on: a part in another language
    ///   gets `lang` and `otherLanguage` (for `lang="…"`, WCAG 3.1.2) and its own language's
    ///   strings (`t`) and kind name.
    func part(_ part: ContentFile, labels: Labels, pagePath: String, headingLevel: Int, pageLanguage: Language) -> [String: Any] {
        let root = SiteURL.rootPrefix(from: pagePath)
        let language = site.language(of: part.id)
        let labels = language == pageLanguage ? labels : self.labels(language)
        var context: [String: Any] = [
            "title": part.title,
            "href": root + part.pagePath,
            "slug": part.slug,
            "kind": part.kind.rawValue,
            "kindName": labels.kindName(part.kind),
            "hl": headingLevel,
            "is\(part.kind.rawValue.capitalized)": true,
            "lang": language.htmlLang,
            "otherLanguage": language != pageLanguage,
        ]
        if language != pageLanguage { context["t"] = labels.table }
        // Every key a part template reads is set, so a missing value never falls back to the
        // page's value of the same name in Mustache's context stack.
        for key in ["summary", "number", "statement", "actor", "prerequisite", "period", "audience", "body", "anchor"] {
            context[key] = false
        }
        if let summary = part.frontMatter.common.summary { context["summary"] = summary }
        guard case .part(let meta) = part.frontMatter.specific else { return context }
        if let number = meta.number?.value { context["number"] = number }
        if let statement = meta.statement { context["statement"] = statement }
        context["actions"] = Self.items(meta.actions)
        if let actor = meta.actor { context["actor"] = actor }
        context["responsibilities"] = Self.items(meta.responsibilities)
        if let prerequisite = meta.prerequisite { context["prerequisite"] = prerequisite }
        if let period = meta.period { context["period"] = period }
        if let audience = meta.audience { context["audience"] = audience }
        context["topics"] = Self.items(meta.topics)
        return context
    }

    /// The fields of a document's front matter.
    func documentFields(_ document: Document, labels: Labels) -> [String: Any] {
        let m = document.metadata
        var context: [String: Any] = [
            "label": m.label ?? (document.file.kind == .programme ? labels["programme"] : labels["framework"]),
            "isProgramme": document.file.kind == .programme,
            "status": labels["status.\(m.status)"],
        ]
        // As in `part`: every key the templates read is set, so a missing value never falls back
        // to a value of the same name further out (a contact without a title showed the page's).
        for key in ["showStatus", "summary", "adopted", "adoptedISO", "revised", "revisedISO", "version", "owner", "slogan",
                    "goal", "duration", "audienceText", "website", "hasFacts", "quote", "period"] {
            context[key] = false
        }
        if m.status != "adopted" { context["showStatus"] = true }
        if let summary = document.file.frontMatter.common.summary { context["summary"] = summary }
        if let adopted = m.adopted { context["adopted"] = labels.format(adopted); context["adoptedISO"] = adopted.description }
        if let revised = m.revised { context["revised"] = labels.format(revised); context["revisedISO"] = revised.description }
        for (key, value) in [("version", m.version), ("owner", m.owner), ("slogan", m.slogan), ("goal", m.goal),
                             ("duration", m.duration), ("audienceText", m.programmeAudience), ("website", m.website)] {
            if let value { context[key] = value }
        }
        if m.adopted != nil || m.revised != nil || m.version != nil || m.owner != nil { context["hasFacts"] = true }
        context["audience"] = Self.items(m.audience)
        context["purposes"] = Self.items(m.purposes)
        context["commitments"] = Self.items(m.commitments)
        context["usage"] = Self.items(m.usage)
        context["criteria"] = Self.items(m.criteria)
        context["outcomes"] = Self.items(m.outcomes)
        if let quote = m.quote {
            var q: [String: Any] = ["text": quote.text, "source": false]
            if let source = quote.source { q["source"] = source }
            context["quote"] = q
        }
        if let period = m.period, period.start != nil || period.end != nil {
            var p: [String: Any] = ["start": false, "startISO": false, "end": false, "endISO": false]
            if let start = period.start { p["start"] = labels.format(start); p["startISO"] = start.description }
            if let end = period.end { p["end"] = labels.format(end); p["endISO"] = end.description }
            context["period"] = p
        }
        context["contacts"] = m.contacts.map { contact -> [String: Any] in
                var c: [String: Any] = ["name": contact.name, "title": false, "email": false, "phone": false, "phoneHref": false]
                if let title = contact.title { c["title"] = title }
                if let email = contact.email { c["email"] = email }
                if let phone = contact.phone {
                    c["phone"] = phone
                    c["phoneHref"] = "tel:" + phone.filter { $0.isNumber || $0 == "+" }
                }
                return c
        }
        return context
    }
}

/// A document's front-matter fields for templates, worked out only if a template asks for them
/// (the default part page does not): a Mustache parent that builds its dictionary on first use.
/// Made for one page and read by that page's render alone, so it is not Sendable: the lazy
/// dictionary is not safe to share between threads.
final class LazyDocumentFields: MustacheParent {
    private let make: () -> [String: Any]
    private lazy var fields = TemplateObject(make())

    init(_ make: @escaping () -> [String: Any]) {
        self.make = make
    }

    func child(named name: String) -> Any? {
        fields.child(named: name)
    }
}
