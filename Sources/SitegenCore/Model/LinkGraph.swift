/// Who links to whom: built once from every body link and `related` list, so each page can show
/// the pages that link to it ("Henvisninger hertil") without scanning every page per page.
public struct LinkGraph: Sendable {
    /// For each id, the ids of the files that link to it, sorted.
    public private(set) var incoming: [ContentID: [ContentID]] = [:]

    /// Builds the graph of `site`.
    public init(site: Site) {
        var sets: [ContentID: Set<ContentID>] = [:]
        for file in site.allFiles {
            for reference in file.body.references {
                if case .content(let target, _) = reference.target, target != file.id, site.filesByID[target] != nil {
                    sets[target, default: []].insert(file.id)
                }
            }
            for related in file.frontMatter.common.related where related.value != file.id && site.filesByID[related.value] != nil {
                sets[related.value, default: []].insert(file.id)
            }
        }
        incoming = sets.mapValues { $0.sorted() }
    }

    /// The ids that link to `id`, sorted.
    public func links(to id: ContentID) -> [ContentID] {
        incoming[id] ?? []
    }
}
