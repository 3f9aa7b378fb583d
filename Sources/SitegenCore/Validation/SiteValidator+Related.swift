/// The rules of 'related' lists: no page twice, never the page itself, and only pages of the site.
extension SiteValidator {
    static func checkRelated(_ file: ContentFile, site: Site, into diagnostics: inout DiagnosticBag) {
        var named = Set<ContentID>()
        for related in file.frontMatter.common.related {
            let isSelf = related.value == file.id
            guard isSelf || !named.insert(related.value).inserted else { continue }
            // Shown once, and never the page itself: the list on the page is right, the file is not.
            diagnostics.warning(isSelf ? .relatedNamesItself : .relatedNamesTwice(id: related.value), at: related.location)
        }
        // The suggestions of one file share a budget, as those of its links do.
        var budget = SuggestionBudget()
        for related in file.frontMatter.common.related where site.filesByID[related.value] == nil {
            if site.leftOutDrafts.contains(related.value) {
                diagnostics.error(.relatedNamesLeftOutDraft(id: related.value), at: related.location)
                continue
            }
            let nearest = relatedSuggestions(for: related.value.rawValue, from: file, site: site, budget: &budget)
            diagnostics.error(.relatedNamesUnknownPage(id: related.value, suggestions: nearest), at: related.location)
        }
    }

    /// The ids to suggest for an unknown `related` id: the id without a leading `content/`; else
    /// the pages whose file has the name written (`forste-tilgang` for
    /// `aarhus/plan/forste-tilgang`), those beside the file first; else the nearest spellings.
    static func relatedSuggestions(for written: String, from file: ContentFile, site: Site) -> [String] {
        var budget = SuggestionBudget.unlimited
        return relatedSuggestions(for: written, from: file, site: site, budget: &budget)
    }

    /// `relatedSuggestions(for:from:site:)` with the nearest spellings paid from `budget`: none
    /// once it is spent.
    static func relatedSuggestions(for written: String, from file: ContentFile, site: Site,
                                   budget: inout SuggestionBudget) -> [String] {
        if written.hasPrefix("content/"), site.filesByID[ContentID(String(written.dropFirst("content/".count)))] != nil {
            return [String(written.dropFirst("content/".count))]
        }
        let ids = site.filesByID.keys.map(\.rawValue)
        if let name = written.slashSplit().last {
            let folder = file.id.rawValue.slashSplit().dropLast().joined(separator: "/")
            let sameName = ids.filter { $0 == name || $0.hasSuffix("/" + name) }.sorted { a, b in
                let (aNear, bNear) = (a.hasPrefix(folder + "/"), b.hasPrefix(folder + "/"))
                return aNear != bNear ? aNear : a < b
            }
            if !sameName.isEmpty { return Array(sameName.prefix(3)) }
        }
        guard !budget.isSpent else { return [] }
        return Suggestions.nearest(to: written, in: ids, count: 3, budget: &budget)
    }
}
