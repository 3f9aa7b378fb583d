import Dispatch
import Foundation

/// The quick path of `sitegen serve`: a body edit that leaves the site's structure as it was.
extension IncrementalBuilder {
    /// Brings output/ up to date after the Markdown files `paths` (under content/) changed and
    /// nothing else did (no file added or removed, the same settings and theme), as the watcher
    /// of `sitegen serve` reports it. When each changed file keeps its front matter, its headings
    /// and the targets of its links, the site's structure is the same: the quick path parses
    /// just those files, checks just their links, and renders just the pages that show them.
    /// Any other change takes the full comparison of `rebuild()`; the output is the same.
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
        for path in paths {
            guard let old = cache[path]?.file, snapshot.analysis.site.filesByID[old.id] === old else { return fullRebuild(knownChanges: paths) }
            let stamp = FileStamp(path: base + path)
            let (parsed, bag) = ParseStage.parse(path, contentDirectory: contentDirectory, renderer: renderer)
            guard let file = parsed, file.id == old.id, file.frontMatterRevision == old.frontMatterRevision,
                  file.body.headings == old.body.headings,
                  Set(file.body.references.map(\.target)) == Set(old.body.references.map(\.target)) else {
                return fullRebuild(knownChanges: paths)
            }
            replacements[file.id] = file
            entries.append((path, CachedFile(stamp: stamp, file: file, diagnostics: bag)))
        }
        clock.mark("parse \(paths.count) changed file\(paths.count == 1 ? "" : "s")")
        for (path, entry) in entries { cache[path] = entry }
        let site = snapshot.analysis.site.replacing(replacements)
        snapshot.analysis.site = site
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
            return Report(status: .contentErrors, diagnostics: diagnostics.sorted, changedPaths: [], language: config.language)
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
        clock.mark("search index")
        self.snapshot = snapshot
        return Report(status: .success, diagnostics: diagnostics.sorted, changedPaths: changed.sorted(), language: config.language,
                      tookQuickPath: true)
    }

    /// True when `path` (under content/) is a plain file, not a symbolic link or a folder.
    func isRegularContentFile(_ path: String) -> Bool {
        var info = stat()
        let full = options.siteDirectory.standardizedFileURL.appendingPathComponent("content").path + "/" + path
        return lstat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
