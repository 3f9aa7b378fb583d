import Dispatch
import Foundation

/// The quick path of `sitegen serve`: an edit that leaves the site's structure as it was.
extension IncrementalBuilder {
    /// Brings output/ up to date after the Markdown files `paths` (under content/) changed and
    /// nothing else did (no file added or removed, the same settings and theme), as the watcher
    /// of `sitegen serve` reports it. When each changed file keeps its headings, the targets of
    /// its links and of `related`, its kind, draft state and language, and every list of the
    /// site keeps its order, the site's structure is the same: the quick path parses just those
    /// files, checks just their links (and the rules across files, when a front matter changed),
    /// and renders just the pages that show them. A site-wide page whose front matter changed
    /// (its title is in every page's menu) and any other change take the full comparison of
    /// `rebuild()`; the output is the same.
    public func rebuild(changedMarkdownFiles paths: [String]) -> Report {
        lock.lock()
        defer { lock.unlock() }
        guard hasBuilt, var snapshot, let config, let theme, !paths.isEmpty,
              paths.allSatisfy(isRegularContentFile) else { return fullRebuild(knownChanges: hasBuilt ? paths : nil) }
        let clock = StageClock(environment: options.environment)
        defer { clock.report() }
        let contentDirectory = options.siteDirectory.standardizedFileURL.appendingPathComponent("content")
        let renderer = MarkdownRenderer(allowRawHTML: config.unsafeMarkdown)
        let base = contentDirectory.path + "/"
        var replacements: [ContentID: ContentFile] = [:]
        var entries: [(path: String, entry: CachedFile)] = []
        var frontMatterChanged = false
        var sitemapDatesChanged = false
        for path in paths {
            guard let old = cache[path]?.file, snapshot.analysis.site.filesByID[old.id] === old else { return fullRebuild(knownChanges: paths) }
            let stamp = FileStamp(path: base + path)
            let (parsed, bag) = ParseStage.parse(path, contentDirectory: contentDirectory, renderer: renderer)
            guard let file = parsed, file.id == old.id, Self.keepsStructure(file, of: old) else {
                return fullRebuild(knownChanges: paths)
            }
            if file.frontMatterRevision != old.frontMatterRevision {
                frontMatterChanged = true
                sitemapDatesChanged = sitemapDatesChanged || Self.lastModified(file) != Self.lastModified(old)
            }
            replacements[file.id] = file
            entries.append((path, CachedFile(stamp: stamp, file: file, diagnostics: bag)))
        }
        clock.mark("parse \(paths.count) changed file\(paths.count == 1 ? "" : "s")")
        let site = snapshot.analysis.site.replacing(replacements)
        // New titles, numbers or names may move a file in its list (a part, the pager): then
        // the structure is not the same.
        guard !frontMatterChanged || AssembleStage.isInOrder(site) else { return fullRebuild(knownChanges: paths) }
        for (path, entry) in entries { cache[path] = entry }
        snapshot.analysis.site = site
        if frontMatterChanged {
            // Numbering, 'expects', dates and colours are checked again ('related' is unchanged).
            snapshot.analysis.documentDiagnostics = SiteValidator.documentDiagnostics(site)
        }
        for id in replacements.keys {
            guard let file = replacements[id] else { continue }
            let bag = SiteValidator.bodyReferenceDiagnostics(file, site: site, headingIDs: snapshot.analysis.headingIDs)
            snapshot.analysis.bodyReferenceDiagnostics[id] = bag.items.isEmpty ? nil : bag
        }
        var diagnostics = DiagnosticBag()
        for entry in cache.values { diagnostics.merge(entry.diagnostics) }
        diagnostics.merge(snapshot.analysis.structureDiagnostics)
        for bag in snapshot.analysis.bodyReferenceDiagnostics.values { diagnostics.merge(bag) }
        snapshot.analysis.diagnostics = diagnostics
        clock.mark("check links")
        let strict = options.strict || config.strict
        if diagnostics.hasErrors || (strict && !diagnostics.items.isEmpty) {
            self.snapshot = nil  // output/ stays as it was; the next rebuild compares everything
            return Report(status: .contentErrors, diagnostics: diagnostics.sorted, changedPaths: [], language: config.language,
                          tookQuickPath: true)
        }

        // The pages that show the changed files.
        let context = PageContext(site: site, graph: snapshot.graph, theme: theme, footerHTML: snapshot.analysis.footer,
                                  pdfEnabled: (options.pdf || config.pdf) && !options.neverPDF)
        let pageRenderer = PageRenderer(context: context)
        let affected = Set(replacements.keys.flatMap { snapshot.dependents[$0] ?? [] }).sorted()
        let specs = affected.map { snapshot.specs[$0] }
        var changed: [String] = []
        for (spec, output) in zip(specs, renderAndWrite(specs, with: pageRenderer)) {
            if output.written { changed.append(output.path) }
            fingerprints[output.path] = Self.fingerprint(global: snapshot.globalFingerprint,
                                                         dependencies: pageRenderer.dependencies(of: spec, includingMenu: false),
                                                         site: site)
        }
        clock.mark("render \(specs.count) pages")

        // The files of the search index that hold a changed entry.
        var changedEntries = Set<ContentID>()
        for (id, file) in replacements {
            let language = site.language(of: id)
            let entry = SearchIndex.entry(for: file, labels: context.labels(language))
            if searchEntries[id]?.entry != entry { changedEntries.insert(id) }
            searchEntries[id] = (file.revision, language, entry)
        }
        if !changedEntries.isEmpty {
            let files = site.allFiles
            let entries = files.compactMap { searchEntries[$0.id]?.entry }
            let shards = Set(files.indices.filter { changedEntries.contains(files[$0].id) }.map { $0 / SearchIndex.shardSize })
            changed += writeSearchShards(shards, entries: entries)
        }
        if sitemapDatesChanged {
            changed += writeSitemap(site: site, pagePaths: snapshot.specs.map(pageRenderer.path(of:)))
        }
        clock.mark("search index")
        self.snapshot = snapshot
        return Report(status: .success, diagnostics: diagnostics.sorted, changedPaths: changed.sorted(), language: config.language,
                      tookQuickPath: true)
    }

    /// True when `new`, a new version of `old`, leaves the site's structure as it was, as far as
    /// one file can tell: the same headings and link targets (fragments are checked against
    /// headings), the same `related` (the link graph), kind, draft state and language (where the
    /// file is placed, which labels its pages use), and, for a site-wide page, the same front
    /// matter (its title is in every page's menu). Whether lists keep their order is checked on
    /// the whole site afterwards.
    static func keepsStructure(_ new: ContentFile, of old: ContentFile) -> Bool {
        // A heading on another line is the same heading: only its own page shows it.
        guard new.body.headings.elementsEqual(old.body.headings, by: { $0.level == $1.level && $0.text == $1.text && $0.id == $1.id }),
              Set(new.body.references.map(\.target)) == Set(old.body.references.map(\.target)) else { return false }
        if new.frontMatterRevision == old.frontMatterRevision { return true }
        let (a, b) = (new.frontMatter.common, old.frontMatter.common)
        return new.kind != .page && a.kind == b.kind && a.draft == b.draft && a.language == b.language
            && a.related.map(\.value) == b.related.map(\.value)
    }

    /// The date sitemap.xml gives a document's pages.
    private static func lastModified(_ file: ContentFile) -> CalendarDate? {
        guard case .document(let metadata) = file.frontMatter.specific else { return nil }
        return metadata.revised ?? metadata.adopted
    }

    /// True when `path` (under content/) is a plain file, not a symbolic link or a folder.
    func isRegularContentFile(_ path: String) -> Bool {
        var info = stat()
        let full = options.siteDirectory.standardizedFileURL.appendingPathComponent("content").path + "/" + path
        return lstat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
