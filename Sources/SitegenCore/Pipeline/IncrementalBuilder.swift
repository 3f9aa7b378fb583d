import Dispatch
import Foundation

/// Rebuilds a site after a change, doing only the work the change needs: files whose size and
/// modification time are unchanged are not parsed again, and pages whose inputs (the files they
/// show, the theme and the configuration) are unchanged are not rendered or written again. The
/// result is the same as a full build. `sitegen serve` keeps one of these for its whole session,
/// owned by an actor (one rebuild at a time).
package final class IncrementalBuilder {
    /// What one rebuild did.
    package struct Report: Sendable {
        /// `success`, or why output/ was not updated.
        package var status: BuildStatus
        /// Every diagnostic of the site, sorted.
        package var diagnostics: [Diagnostic]
        /// Paths under output/ written or removed by this rebuild.
        package var changedPaths: [String]
        /// The site's language, for showing diagnostics.
        package var language: Language
        /// True when the quick path of `rebuild(changedMarkdownFiles:)` did the work.
        package var tookQuickPath = false
    }

    struct CachedFile {
        var stamp: FileStamp?
        var file: ContentFile?
        var diagnostics: DiagnosticBag
    }

    let options: BuildOptions
    var cache: [String: CachedFile] = [:]
    var fingerprints: [String: UInt64] = [:]
    /// Search index entries by file, kept while the file's bytes and language stay the same.
    var searchEntries: [ContentID: SearchIndex.KeptEntry] = [:]
    /// The theme's assets last written to output/assets/.
    var themeAssetNames = Set<String>()
    /// The files copied from content/ as they were when copied (by size and time).
    var assetStamps: [String: FileStamp] = [:]
    /// The hash of the sitemap last written, so it is compared without reading it.
    var sitemapHash: UInt64?
    /// What the last successful rebuild left, for the quick path.
    struct Snapshot: Sendable {
        var analysis: SiteAnalysis
        var graph: LinkGraph
        var specs: [PageSpec]
        /// For each file, the pages that show it (leaving out the menu, which every page has).
        var dependents: [ContentID: [Int]]
        /// For each page (by its place in `specs`), the files it shows, but the menu.
        var specDependencies: [[ContentID]]
        /// The hash of everything every page depends on (settings, footer, menu).
        var globalFingerprint: UInt64

        /// Records that the page at `index` of `specs` now shows `dependencies`.
        mutating func updateDependencies(of index: Int, to dependencies: [ContentID]) {
            let before = specDependencies[index]
            guard before != dependencies else { return }
            for id in Set(before) { dependents[id]?.removeAll { $0 == index } }
            for id in Set(dependencies) { dependents[id, default: []].append(index) }
            specDependencies[index] = dependencies
        }
    }
    var snapshot: Snapshot?
    /// The last scan of content/ and its diagnostics.
    private var lastScan: (inventory: ContentInventory, diagnostics: DiagnosticBag)?
    /// The order of the entries of the search index written last (which gives its number of files).
    private var searchOrder: [ContentID] = []
    private var settingsStamp: String?
    /// The settings and theme of the last rebuild, read again when sitegen.yml or a theme file changes.
    var plan: BuildPlan?
    var hasBuilt = false
    /// The site's folders.
    let layout: SiteLayout
    /// The folder the site is written to.
    package var outputDirectory: URL { layout.outputDirectory }
    /// Writes into `outputDirectory` as it stands.
    let output: InPlaceOutput
    /// The writes of the rebuild under way that failed.
    var writeFailures: [Problem] = []

    /// Creates a builder for the site and output folder of `options`.
    package init(options: BuildOptions) {
        self.options = options
        layout = SiteLayout(options)
        output = InPlaceOutput(root: layout.outputDirectory)
    }

    /// Brings output/ up to date with the site folder. The first call writes the whole site
    /// atomically, as `sitegen build` does; later calls write only what changed.
    package func rebuild() -> Report {
        writeFailures = []
        return reportingWriteFailures(fullRebuild())
    }

    /// `rebuild()` but for the report of failed writes, which its callers make.
    /// - Parameter knownChanges: The Markdown files that changed, when the watcher saw nothing
    ///   else change: the last scan of content/ still holds, and no other file needs a stat.
    func fullRebuild(knownChanges: [String]? = nil) -> Report {
        // A changed file that is no longer a plain file (a symbolic link, say) needs the scanner's checks.
        let knownChanges = knownChanges.flatMap { $0.allSatisfy(isRegularContentFile) ? $0 : nil }
        // output/ deleted while serving (a "make clean"): everything is written again.
        if hasBuilt && !FileManager.default.fileExists(atPath: outputDirectory.appendingPathComponent("index.html").path) {
            forgetOutput()
        }
        if !hasBuilt {
            var buildOptions = options
            buildOptions.keepsParsedFiles = true
            let result = SiteBuilder.build(buildOptions)
            guard result.status == .success else {
                return Report(status: result.status, diagnostics: result.diagnostics, changedPaths: [], language: result.language)
            }
            hasBuilt = true
            // Take the cache and fingerprints from the site just built: a file whose stamp is
            // still the one it had when the build read it is not read again.
            searchEntries = result.searchEntries
            let report = update(writeChanges: false, seed: result.parsedFiles)
            return Report(status: report.status, diagnostics: report.diagnostics, changedPaths: result.pagesWritten, language: report.language)
        }
        return update(writeChanges: true, knownChanges: knownChanges)
    }

    /// Forgets what output/ holds, so the next rebuild writes the whole site as a build does.
    func forgetOutput() {
        hasBuilt = false
        snapshot = nil
        fingerprints.removeAll()
        assetStamps.removeAll()
        themeAssetNames.removeAll()
        sitemapHash = nil
        searchOrder = []
        settingsStamp = nil
    }

    private func update(writeChanges: Bool, knownChanges: [String]? = nil, seed: [ParseStage.ParsedFile] = []) -> Report {
        let clock = StageClock(environment: options.environment)
        defer { clock.report() }
        var diagnostics = DiagnosticBag()
        let stamp = settingsStampNow()
        let settingsChanged = stamp != settingsStamp || plan == nil
        if settingsChanged {
            let loaded = BuildPlan.load(options, layout: layout, diagnostics: &diagnostics)
            guard let plan = loaded.plan else {
                snapshot = nil
                return Report(status: .configurationError, diagnostics: diagnostics.sorted, changedPaths: [],
                              language: loaded.language ?? .da)
            }
            self.plan = plan
            settingsStamp = stamp
            fingerprints.removeAll()
            cache.removeAll()
        }
        for parsed in seed {
            cache[parsed.path] = CachedFile(stamp: parsed.stamp, file: parsed.file, diagnostics: parsed.diagnostics)
        }
        guard let plan else {
            return Report(status: .configurationError, diagnostics: diagnostics.sorted, changedPaths: [], language: .da)
        }
        let contentDirectory = layout.contentDirectory
        clock.mark("settings")
        let inventory: ContentInventory
        // content/ replaced by a symbolic link meanwhile is scanned again, for the scanner to refuse it.
        if knownChanges != nil, !settingsChanged, !layout.contentIsSymbolicLink, let last = lastScan {
            inventory = last.inventory
            diagnostics.merge(last.diagnostics)
        } else {
            var scanDiagnostics = DiagnosticBag()
            inventory = ContentScanner.scan(contentDirectory, diagnostics: &scanDiagnostics)
            lastScan = (inventory, scanDiagnostics)
            diagnostics.merge(scanDiagnostics)
        }
        clock.mark("scan")
        let files = parse(inventory, contentDirectory: contentDirectory, renderer: plan.markdownRenderer,
                          knownChanges: settingsChanged ? nil : knownChanges, diagnostics: &diagnostics)
        clock.mark("parse changed files")
        let analysis = SiteAnalysis.analyse(files, inventory: inventory, plan: plan)
        diagnostics.merge(analysis.diagnostics)
        clock.mark("assemble and validate")
        if plan.stops(at: diagnostics) {
            snapshot = nil
            return Report(status: .failure(diagnostics), diagnostics: diagnostics.sorted, changedPaths: [], language: plan.config.language)
        }
        var changed = render(analysis, plan: plan, write: writeChanges, clock: clock)
        let theme = plan.theme
        if settingsChanged && writeChanges {
            for (relative, data) in theme.assets.sorted(by: { $0.key < $1.key }) where write(data, to: "assets/" + relative) {
                changed.append("assets/" + relative)
            }
            // A theme file removed (or the theme changed) takes its file out of output/assets/.
            for relative in themeAssetNames.subtracting(theme.assets.keys).sorted() where removeFromOutput("assets/" + relative) {
                changed.append("assets/" + relative)
            }
            changed.sort()
        }
        if settingsChanged { themeAssetNames = Set(theme.assets.keys) }
        return Report(status: .success, diagnostics: diagnostics.sorted, changedPaths: changed, language: plan.config.language)
    }

    /// Parses the files that are new or changed since the last rebuild.
    private func parse(_ inventory: ContentInventory, contentDirectory: URL, renderer: MarkdownRenderer,
                       knownChanges: [String]?, diagnostics: inout DiagnosticBag) -> [ContentFile] {
        var stale: [(path: String, stamp: FileStamp?)] = []
        var present = Set<String>()
        let base = contentDirectory.path + "/"
        if let knownChanges {
            present = Set(inventory.markdownFiles)
            stale = knownChanges.filter(present.contains).map { ($0, FileStamp(path: base + $0)) }
        } else {
            for path in inventory.markdownFiles {
                present.insert(path)
                let stamp = FileStamp(path: base + path)
                if let entry = cache[path], stamp != nil, entry.stamp == stamp { continue }
                stale.append((path, stamp))
            }
        }
        for path in cache.keys where !present.contains(path) { cache.removeValue(forKey: path) }
        let jobs = stale
        let parsed = ResultSlots.collect(count: jobs.count, parallel: options.parallel) { index in
            let (file, bag) = ParseStage.parse(jobs[index].path, contentDirectory: contentDirectory, renderer: renderer)
            return CachedFile(stamp: jobs[index].stamp, file: file, diagnostics: bag)
        }
        for (job, entry) in zip(jobs, parsed) { cache[job.path] = entry }
        var files: [ContentFile] = []
        for path in inventory.markdownFiles {
            guard let entry = cache[path] else { continue }
            diagnostics.merge(entry.diagnostics)
            if let file = entry.file { files.append(file) }
        }
        return files
    }

    /// Renders the pages whose inputs changed and writes them; returns the paths changed.
    private func render(_ analysis: SiteAnalysis, plan: BuildPlan, write: Bool,
                        clock: StageClock) -> [String] {
        let site = analysis.site
        // The last graph, updated for the files that changed (this is reached only without errors).
        let graph = snapshot.map { $0.graph.updated(from: $0.analysis.site, to: site) } ?? LinkGraph(site: site)
        let context = PageContext(site: site, graph: graph, theme: plan.theme, footerHTML: analysis.footer, pdfEnabled: plan.pdf)
        let renderer = PageRenderer(context: context)
        let specs = renderer.allPages()
        let global = Self.globalFingerprint(settings: settingsStamp, analysis: analysis)
        var stale: [(spec: PageSpec, path: String, fingerprint: UInt64)] = []
        var present = Set<String>()
        var dependents: [ContentID: [Int]] = [:]
        var specDependencies: [[ContentID]] = []
        specDependencies.reserveCapacity(specs.count)
        // Each page's path, the files it shows and its fingerprint, worked out on every core.
        let files = site.allFiles
        let shardCount = SearchIndex.shardCount(entryCount: files.count)
        let pages = ResultSlots.collect(count: specs.count, parallel: options.parallel) { index in
            let spec = specs[index]
            let ids = renderer.dependencies(of: spec, includingMenu: false)
            var fingerprint = Self.fingerprint(global: global, dependencies: ids, site: site)
            if case .search = spec {  // the search page names every file of the index
                FNV1a.combine(&fingerprint, UInt64(shardCount))
            }
            return (path: renderer.path(of: spec), dependencies: ids, fingerprint: fingerprint)
        }
        for (index, page) in pages.enumerated() {
            present.insert(page.path)
            for id in page.dependencies { dependents[id, default: []].append(index) }
            specDependencies.append(page.dependencies)
            if fingerprints[page.path] != page.fingerprint { stale.append((specs[index], page.path, page.fingerprint)) }
        }
        // The last snapshot (a whole site's tables) is freed on another thread, off the
        // writer's wait.
        let previous = snapshot
        snapshot = Snapshot(analysis: analysis, graph: context.graph, specs: specs, dependents: dependents,
                            specDependencies: specDependencies, globalFingerprint: global)
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(previous) {} }
        clock.mark("fingerprints")
        var changed: [String] = []
        if !write {
            // The first pass after a full build: the search entries it wrote, taken from the
            // build where the file and its language are still the ones it used.
            searchOrder = files.map(\.id)
            searchEntries = Dictionary(uniqueKeysWithValues: files.map { file in
                let language = site.language(of: file.id)
                if let kept = searchEntries[file.id], kept.revision == file.revision, kept.language == language {
                    return (file.id, kept)
                }
                return (file.id, (file.revision, language, SearchIndex.entry(for: file, labels: context.labels(language))))
            })
        }
        if write {
            changed += renderAndWrite(stale.map(\.spec), with: renderer).filter(\.written).map(\.path)
            clock.mark("render \(stale.count) pages")
            for path in fingerprints.keys.sorted() where !present.contains(path) {
                removeFromOutput(path)
                changed.append(path)
            }
            var entries: [String] = []
            entries.reserveCapacity(files.count)
            var kept: [ContentID: SearchIndex.KeptEntry] = [:]
            kept.reserveCapacity(files.count)
            // A file of the index is written again when an entry in it changed, or when the files
            // in it are no longer the same ones.
            var dirtyShards = Set<Int>()
            for (position, file) in files.enumerated() {
                let language = site.language(of: file.id)
                if let cached = searchEntries[file.id], cached.revision == file.revision, cached.language == language {
                    entries.append(cached.entry)
                    kept[file.id] = cached
                } else {
                    let entry = SearchIndex.entry(for: file, labels: context.labels(language))
                    if searchEntries[file.id]?.entry != entry { dirtyShards.insert(position / SearchIndex.shardSize) }
                    entries.append(entry)
                    kept[file.id] = (file.revision, language, entry)
                }
            }
            let order = files.map(\.id)
            if order != searchOrder {
                // A file of the index whose files are no longer the same ones is written again
                // (a file added in the middle moves every entry after it).
                for shard in 0..<shardCount {
                    let now = order[SearchIndex.positions(ofShard: shard, entryCount: order.count)]
                    let before = searchOrder[SearchIndex.positions(ofShard: shard, entryCount: searchOrder.count)]
                    if !now.elementsEqual(before) { dirtyShards.insert(shard) }
                }
                // Files of the index beyond the new count go.
                for shard in shardCount..<max(shardCount, SearchIndex.shardCount(entryCount: searchOrder.count)) {
                    let path = SearchIndex.shardPath(shard)
                    removeFromOutput(path)
                    changed.append(path)
                }
                searchOrder = order
            }
            searchEntries = kept
            clock.mark("search entries")
            changed += writeSearchShards(dirtyShards, entryCount: entries.count) { entries[$0] }
            changed += writeSitemap(site: site, pagePaths: Array(present))
            clock.mark("search index and sitemap")
            changed += updateAssets(of: site)
        }
        if !write { assetStamps = Self.stamps(of: site) }
        fingerprints = Dictionary(uniqueKeysWithValues: stale.map { ($0.path, $0.fingerprint) })
            .merging(fingerprints.filter { present.contains($0.key) }) { new, _ in new }
        return changed.sorted()
    }

    /// Sizes and times of sitegen.yml and every theme file: when they change, everything is rebuilt.
    private func settingsStampNow() -> String {
        let files = [layout.configFile] + Theme.files(in: layout.themesDirectory).map(\.1)
        return files.map { url in "\(url.path):" + (FileStamp(path: url.path).map { "\($0)" } ?? "none") }.joined(separator: "\n")
    }
}
