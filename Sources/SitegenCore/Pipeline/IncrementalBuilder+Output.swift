import Foundation

/// How the incremental builder writes into output/: only what differs, each failure kept for
/// the rebuild's report.
extension IncrementalBuilder {
    /// `report`, or, when a write of this rebuild failed, a failed report with a diagnostic for
    /// each failure. output/ then holds pages of two versions, so the builder forgets what it
    /// wrote: the next rebuild writes the whole site again, as a build does.
    func reportingWriteFailures(_ report: Report) -> Report {
        guard !writeFailures.isEmpty else { return report }
        forgetOutput()
        var diagnostics = report.diagnostics
        let location = SourceLocation(file: outputDirectory.path)
        diagnostics += writeFailures.map { Diagnostic(.error, $0, at: location) }
        writeFailures = []
        return Report(status: .configurationError, diagnostics: diagnostics.sorted(), changedPaths: report.changedPaths,
                      language: report.language, tookQuickPath: report.tookQuickPath)
    }

    /// Writes `data` to `path` under output/ unless the file holds the same bytes; returns
    /// whether it was written. A failure is kept for the rebuild's report.
    func write(_ data: Data, to path: String) -> Bool {
        record(output.write(data, to: path))
    }

    /// Keeps a failed write for the rebuild's report; returns whether the file was written.
    func record(_ outcome: InPlaceOutput.Outcome) -> Bool {
        switch outcome {
        case .written: return true
        case .unchanged: return false
        case .failed(let failure):
            writeFailures.append(failure)
            return false
        }
    }

    /// Renders `specs` and writes each page that differs from the file on disk, in parallel when
    /// the options allow; returns each page's path and whether it was written, in order.
    func renderAndWrite(_ specs: [PageSpec], with renderer: PageRenderer) -> [(path: String, written: Bool)] {
        let output = output
        let outcomes = ResultSlots.collect(count: specs.count, parallel: options.parallel) { index in
            let page = renderer.render(specs[index])
            return (path: page.path, outcome: output.write(Data(page.html.utf8), to: page.path))
        }
        return outcomes.map { ($0.path, record($0.outcome)) }
    }

    /// The stamps of the files of `site` a build copies from content/.
    static func stamps(of site: Site) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for asset in site.assets where !WriteStage.isExcludedAsset(asset, site: site) {
            stamps[asset] = FileStamp(path: site.assetsRoot.appendingPathComponent(asset).path)
        }
        return stamps
    }

    /// Copies the files from content/ that are new or changed since they were last copied
    /// (a picture replaced by a new version) and removes those that are gone (or now beside a
    /// left-out draft), as a full build would have them; returns the paths changed.
    func updateAssets(of site: Site) -> [String] {
        let now = Self.stamps(of: site)
        var changed: [String] = []
        for (asset, stamp) in now.sorted(by: { $0.key < $1.key }) {
            let target = outputDirectory.appendingPathComponent(asset)
            guard assetStamps[asset] != stamp || !FileManager.default.fileExists(atPath: target.path) else { continue }
            let source = site.assetsRoot.appendingPathComponent(asset)
            let data: Data
            do {
                data = try Data(contentsOf: source)
            } catch {
                writeFailures.append(.cannotCopyFile(path: source.path, cause: FailureCause(error)))
                continue
            }
            if write(data, to: asset) { changed.append(asset) }
        }
        for asset in assetStamps.keys.sorted() where now[asset] == nil {
            // Only a file this builder copied: a page of the same path is not removed here.
            if removeFromOutput(asset) { changed.append(asset) }
        }
        assetStamps = now
        return changed
    }

    /// Writes sitemap.xml when it differs from the one written last; returns its path if written.
    func writeSitemap(site: Site, pagePaths: [String]) -> [String] {
        let sitemap = Sitemap.xml(site: site, pagePaths: pagePaths)
        let hash = FNV1a.hash(sitemap)
        guard sitemapHash != hash else { return [] }
        sitemapHash = hash
        return write(Data(sitemap.utf8), to: "sitemap.xml") ? ["sitemap.xml"] : []
    }

    /// Writes the files `shards` of the search index of `entryCount` entries, made by `entry`
    /// (the entry at a position), that differ from disk; returns their paths.
    func writeSearchShards(_ shards: Set<Int>, entryCount: Int, entry: (Int) -> String) -> [String] {
        let count = SearchIndex.shardCount(entryCount: entryCount)
        return shards.sorted().filter { $0 < count }.compactMap { shard in
            let path = SearchIndex.shardPath(shard)
            let script = SearchIndex.script(shard: shard, entryCount: entryCount, entry: entry)
            return write(Data(script.utf8), to: path) ? path : nil
        }
    }

    /// Removes the file at `path` under output/ (and the folders it leaves empty) through the
    /// path-checked output; returns whether it was there. A failure is kept for the report.
    @discardableResult
    func removeFromOutput(_ path: String) -> Bool {
        record(output.remove(path))
    }
}
