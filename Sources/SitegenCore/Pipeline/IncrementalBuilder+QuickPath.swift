import Dispatch
import Foundation

/// The quick path of `sitegen serve`: an edit that leaves the site's structure as it was.
extension IncrementalBuilder {
    /// Brings output/ up to date after the Markdown files `paths` (under content/) changed and
    /// nothing else did (no file added or removed, the same settings and theme), as the watcher
    /// of `sitegen serve` reports it. When each changed file keeps its kind, draft state and
    /// language, and every list of the site keeps its order, the site's structure is the same:
    /// the quick path parses just those files, updates the link graph for their links and
    /// `related` lists, checks their links (and the links to their headings, when these
    /// changed, and the rules across files, when a front matter changed), and renders just the
    /// pages that show them or their links. A site-wide page whose front matter changed (its
    /// title is in every page's menu) and any other change take the full comparison of
    /// `rebuild()`; the output is the same.
    package func rebuild(changedMarkdownFiles paths: [String]) -> Report {
        writeFailures = []
        return reportingWriteFailures(quickRebuild(paths))
    }

    /// `rebuild(changedMarkdownFiles:)` but for the report of failed writes.
    private func quickRebuild(_ paths: [String]) -> Report {
        let outputIsThere = FileManager.default.fileExists(atPath: outputDirectory.appendingPathComponent("index.html").path)
        // A file not placed in the site (its own error) is not in the link graph the quick path
        // reads: while there is one, every rebuild takes the full comparison.
        guard hasBuilt, outputIsThere, var snapshot, let plan, !paths.isEmpty,
              paths.allSatisfy(isRegularContentFile), snapshot.analysis.site.unplacedFiles.isEmpty
        else { return fullRebuild(knownChanges: hasBuilt ? paths : nil) }
        // The snapshot is taken out, so that its tables change in place rather than being
        // copied; it goes back at the end, or unchanged to the full comparison on a fallback
        // (which starts its link graph from it and makes a new snapshot).
        self.snapshot = nil
        let clock = StageClock(environment: options.environment)
        defer { clock.report() }
        guard let changes = parse(paths, plan: plan, snapshot: snapshot) else {
            return fullRebuild(knownChanges: paths, returning: snapshot)
        }
        clock.mark("parse \(paths.count) changed file\(paths.count == 1 ? "" : "s")")
        let replacements = Dictionary(changes.map { ($0.new.id, $0.new) }) { _, last in last }
        let site = snapshot.analysis.site.replacing(replacements)
        let frontMatterChanged = changes.contains { $0.new.frontMatterRevision != $0.old.frontMatterRevision }
        // New titles, numbers or names may move a file in its list (a part, the pager): then
        // the structure is not the same.
        guard !frontMatterChanged || AssembleStage.isInOrder(site, around: Set(replacements.keys)) else {
            return fullRebuild(knownChanges: paths, returning: snapshot)
        }
        for change in changes { cache[change.path] = change.entry }
        snapshot.analysis.site = site
        let linkedFilesChanged = Self.recheck(changes, in: site, frontMatterChanged: frontMatterChanged, snapshot: &snapshot)
        snapshot.analysis.collectDiagnostics(parsing: cache.values.map(\.diagnostics))
        let diagnostics = snapshot.analysis.diagnostics
        clock.mark("check links")
        if plan.stops(at: diagnostics) {
            self.snapshot = nil  // output/ stays as it was; the next rebuild compares everything
            return Report(status: .failure(diagnostics), diagnostics: diagnostics.sorted, changedPaths: [], language: plan.config.language,
                          tookQuickPath: true)
        }
        let context = PageContext(site: site, graph: snapshot.graph, theme: plan.theme, footerHTML: snapshot.analysis.footer,
                                  pdfEnabled: plan.pdf)
        let pageRenderer = PageRenderer(context: context)
        var changed = renderPages(showing: linkedFilesChanged.union(replacements.keys), site: site, with: pageRenderer, snapshot: &snapshot)
        clock.mark("render pages")
        changed += writeSearchEntries(of: replacements, site: site, context: context)
        if changes.contains(where: { Self.lastModified($0.new) != Self.lastModified($0.old) }) {
            changed += writeSitemap(site: site, pagePaths: snapshot.specs.map(pageRenderer.path(of:)))
        }
        clock.mark("search index")
        self.snapshot = snapshot
        return Report(status: .success, diagnostics: diagnostics.sorted, changedPaths: changed.sorted(), language: plan.config.language,
                      tookQuickPath: true)
    }

    /// One changed file: its last version, the new one, and its new entry of the cache.
    private struct Change {
        var path: String
        var old: ContentFile
        var new: ContentFile
        var entry: CachedFile
    }

    /// Parses the changed files; nil when one of them changes the site's structure (a new
    /// kind, draft state or language, a file not in the last site), which takes the full comparison.
    private func parse(_ paths: [String], plan: BuildPlan, snapshot: Snapshot) -> [Change]? {
        let contentDirectory = layout.contentDirectory
        let renderer = plan.markdownRenderer
        let base = contentDirectory.path + "/"
        var changes: [Change] = []
        for path in Set(paths).sorted() {
            guard let old = cache[path]?.file, snapshot.analysis.site.filesByID[old.id] === old else { return nil }
            let stamp = FileStamp(path: base + path)
            let (parsed, bag) = ParseStage.parse(path, contentDirectory: contentDirectory, renderer: renderer)
            guard let file = parsed, file.id == old.id, Self.keepsStructure(file, of: old),
                  !Self.showsDraftAssets(old, file, site: snapshot.analysis.site) else { return nil }
            changes.append(Change(path: path, old: old, new: file, entry: CachedFile(stamp: stamp, file: file, diagnostics: bag)))
        }
        return changes
    }

    /// Updates the link graph for the changed files and checks again the links that can have
    /// changed: the changed files' own, and those to headings that changed; after a front
    /// matter changed, the rules across files too. Returns the files whose backlinks changed.
    private static func recheck(_ changes: [Change], in site: Site, frontMatterChanged: Bool,
                                snapshot: inout Snapshot) -> Set<ContentID> {
        var linkedFilesChanged = Set<ContentID>()
        var recheck = Set(changes.map(\.new.id))
        for change in changes {
            linkedFilesChanged.formUnion(snapshot.graph.replace(change.old, with: change.new, in: site))
            let headingIDs = Set(change.new.body.headings.map(\.id))
            if snapshot.analysis.validation.headingIDs[change.new.id] != headingIDs {
                snapshot.analysis.validation.headingIDs[change.new.id] = headingIDs
                recheck.formUnion(snapshot.graph.links(to: change.new.id))
            }
        }
        for id in recheck {
            guard let file = site.filesByID[id] else { continue }
            let bag = SiteValidator.bodyReferenceDiagnostics(file, site: site, headingIDs: snapshot.analysis.validation.headingIDs)
            snapshot.analysis.validation.bodyReferences[id] = bag.items.isEmpty ? nil : bag
        }
        if frontMatterChanged {
            // Numbering, 'expects', dates and colours; 'related' names files of the site.
            snapshot.analysis.validation.documents = SiteValidator.documentDiagnostics(site)
            if changes.contains(where: { $0.new.frontMatter.common.related.map(\.value) != $0.old.frontMatter.common.related.map(\.value) }) {
                snapshot.analysis.validation.related = SiteValidator.relatedDiagnostics(site)
            }
        }
        return linkedFilesChanged
    }

    /// Renders and writes the pages that show `files`, working out again what each depends on;
    /// returns the paths written. (A page can come to show a changed file only through its own
    /// file's 'related' or through backlinks, so these pages are all there are.)
    private func renderPages(showing files: Set<ContentID>, site: Site, with renderer: PageRenderer,
                             snapshot: inout Snapshot) -> [String] {
        let affected = Set(files.flatMap { snapshot.dependents[$0] ?? [] })
        for index in affected {
            snapshot.updateDependencies(of: index, to: renderer.dependencies(of: snapshot.specs[index], includingMenu: false))
        }
        let indices = affected.sorted()
        var changed: [String] = []
        for (index, output) in zip(indices, renderAndWrite(indices.map { snapshot.specs[$0] }, with: renderer)) {
            if output.written { changed.append(output.path) }
            fingerprints[output.path] = Self.fingerprint(global: snapshot.globalFingerprint,
                                                         dependencies: snapshot.specDependencies[index], site: site)
        }
        return changed
    }

    /// Writes the files of the search index that hold a changed entry; returns their paths.
    private func writeSearchEntries(of replacements: [ContentID: ContentFile], site: Site, context: PageContext) -> [String] {
        var changedEntries = Set<ContentID>()
        for (id, file) in replacements {
            let language = site.language(of: id)
            let entry = SearchIndex.entry(for: file, labels: context.labels(language))
            if searchEntries[id]?.entry != entry { changedEntries.insert(id) }
            searchEntries[id] = (file.revision, language, entry)
        }
        guard !changedEntries.isEmpty else { return [] }
        let files = site.allFiles
        // Found by comparing ids, which is cheaper than hashing every id for a few changes.
        let shards = Set(changedEntries.compactMap { id in files.firstIndex { $0.id == id } }.map { $0 / SearchIndex.shardSize })
        let entries = searchEntries
        return writeSearchShards(shards, entryCount: files.count) { entries[files[$0].id]?.entry ?? "" }
    }

    /// The full comparison, with the snapshot the quick path took out put back unchanged (the
    /// full comparison starts its link graph from it).
    private func fullRebuild(knownChanges paths: [String], returning snapshot: Snapshot) -> Report {
        self.snapshot = snapshot
        return fullRebuild(knownChanges: paths)
    }

    /// True when `new`, a new version of `old`, leaves the site's structure as it was, as far as
    /// one file can tell: the same kind, draft state and language (where the file is placed,
    /// which labels its pages use), and, for a site-wide page, the same front matter (its title
    /// is in every page's menu). Whether lists keep their order is checked on the whole site
    /// afterwards.
    static func keepsStructure(_ new: ContentFile, of old: ContentFile) -> Bool {
        if new.frontMatterRevision == old.frontMatterRevision { return true }
        let (a, b) = (new.frontMatter.common, old.frontMatter.common)
        return new.kind != .page && a.kind == b.kind && a.draft == b.draft && a.language == b.language
    }

    /// Whether either version of a file shows a file that a left-out draft shows too: whether
    /// that file is published depends on who else shows it, which the full comparison works out.
    static func showsDraftAssets(_ old: ContentFile, _ new: ContentFile, site: Site) -> Bool {
        guard !site.assetsShownByDrafts.isEmpty else { return false }
        return (old.body.references + new.body.references).contains { reference in
            if case .asset(let path) = reference.target { return site.assetsShownByDrafts.contains(path) }
            return false
        }
    }

    /// The date sitemap.xml gives a document's pages (nil for other files).
    private static func lastModified(_ file: ContentFile) -> CalendarDate? {
        guard case .document(let metadata) = file.frontMatter.specific else { return nil }
        return metadata.lastModified
    }

    /// True when `path` (under content/) is a plain file, not a symbolic link or a folder, and
    /// content/ itself is not a link (which only the full comparison's scan reports).
    func isRegularContentFile(_ path: String) -> Bool {
        guard !layout.contentIsSymbolicLink else { return false }
        var info = stat()
        let full = layout.contentDirectory.path + "/" + path
        return lstat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
