/// Who links to whom: built once from every body link and `related` list, so each page can show
/// the pages that link to it ("Henvisninger hertil") without scanning every page per page.
struct LinkGraph: Sendable {
    /// For each id, the ids of the files that link to it, sorted.
    private(set) var incoming: [ContentID: [ContentID]] = [:]

    /// Builds the graph of `site`.
    init(site: Site) {
        var sets: [ContentID: Set<ContentID>] = [:]
        for file in site.allFiles {
            Self.forEachTarget(of: file, in: site) { sets[$0, default: []].insert(file.id) }
        }
        incoming = sets.mapValues { $0.sorted() }
    }

    /// Calls `body` with each file of `site` that `file` links to, in its body or its `related`
    /// list (not itself); a file linked twice comes twice.
    private static func forEachTarget(of file: ContentFile, in site: Site, _ body: (ContentID) -> Void) {
        for reference in file.body.references {
            if case .content(let target, _) = reference.target, target != file.id, site.filesByID[target] != nil {
                body(target)
            }
        }
        for related in file.frontMatter.common.related where related.value != file.id && site.filesByID[related.value] != nil {
            body(related.value)
        }
    }

    /// The files of `site` that `file` links to, in its body or its `related` list (not itself).
    static func targets(of file: ContentFile, in site: Site) -> Set<ContentID> {
        var targets = Set<ContentID>()
        forEachTarget(of: file, in: site) { targets.insert($0) }
        return targets
    }

    /// Updates the graph after `old` was replaced by `new` (the same id) in `site`, which holds
    /// the same files as before; returns the files whose incoming links changed.
    mutating func replace(_ old: ContentFile, with new: ContentFile, in site: Site) -> Set<ContentID> {
        let before = Self.targets(of: old, in: site), after = Self.targets(of: new, in: site)
        for target in before.subtracting(after) { remove(new.id, from: target) }
        for target in after.subtracting(before) { add(new.id, to: target) }
        return before.symmetricDifference(after)
    }

    /// The graph of `new`, made from this graph of `old`: only the files that are not the same
    /// objects in both sites are looked at. Both sites must have built without errors, so that
    /// every link of an unchanged file still has its target.
    func updated(from old: Site, to new: Site) -> LinkGraph {
        var graph = self
        for (id, file) in old.filesByID where new.filesByID[id] !== file {
            for target in Self.targets(of: file, in: old) { graph.remove(id, from: target) }
            if new.filesByID[id] == nil { graph.incoming[id] = nil }
        }
        for (id, file) in new.filesByID where old.filesByID[id] !== file {
            for target in Self.targets(of: file, in: new) { graph.add(id, to: target) }
        }
        return graph
    }

    /// Records that `source` links to `target`, keeping the list sorted.
    private mutating func add(_ source: ContentID, to target: ContentID) {
        var sources = incoming[target] ?? []
        sources.insert(source, at: sources.firstIndex { $0 > source } ?? sources.endIndex)
        incoming[target] = sources
    }

    /// Records that `source` no longer links to `target`.
    private mutating func remove(_ source: ContentID, from target: ContentID) {
        incoming[target]?.removeAll { $0 == source }
        if incoming[target]?.isEmpty == true { incoming[target] = nil }
    }

    /// The ids that link to `id`, sorted.
    func links(to id: ContentID) -> [ContentID] {
        incoming[id] ?? []
    }
}
