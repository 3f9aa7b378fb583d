import Dispatch
import Foundation

/// Renders every page of a site and writes it, with the theme's assets, the files beside the
/// content, the search index and the sitemap, into a build's staging folder.
enum WriteStage {
    /// Returns the paths of the pages written and the search index's entries, in the order of
    /// `site.allFiles`.
    static func write(_ site: Site, theme: Theme, footerHTML: String, writer: OutputWriter, parallel: Bool, pdf: Bool = false,
                      clock: StageClock? = nil) -> (pages: [String], searchEntries: [String]) {
        let context = PageContext(site: site, graph: LinkGraph(site: site), theme: theme,
                                  footerHTML: footerHTML, pdfEnabled: pdf)
        let renderer = PageRenderer(context: context)
        let specs = renderer.allPages()
        clock?.mark("prepare rendering")
        // The search index's entries are made by the same workers, after the pages.
        let files = site.allFiles
        enum Made: Sendable { case page(String), entry(String) }
        let made = ResultSlots<Made>.collect(count: specs.count + files.count, parallel: parallel) { index in
            if index < specs.count {
                let page = renderer.render(specs[index])
                writer.write(page.html, to: page.path)
                return .page(page.path)
            }
            let file = files[index - specs.count]
            return .entry(SearchIndex.entry(for: file, labels: context.labels(site.language(of: file.id))))
        }
        let pagePaths = made.compactMap { if case .page(let path) = $0 { path } else { nil } }
        let entries = made.compactMap { if case .entry(let entry) = $0 { entry } else { nil } }
        clock?.mark("render and write pages")
        for (relative, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            writer.write(data, to: "assets/" + relative)
        }
        let contentDirectory = site.assetsRoot
        for asset in site.assets.sorted() where !isExcludedAsset(asset, site: site) {
            writer.copy(contentDirectory.appendingPathComponent(asset), to: asset)
        }
        clock?.mark("assets")
        for shard in SearchIndex.shards(entries: entries) { writer.write(shard.script, to: shard.path) }
        clock?.mark("search index")
        writer.write(Sitemap.xml(site: site, pagePaths: pagePaths), to: "sitemap.xml")
        clock?.mark("sitemap")
        return (pagePaths.sorted(), entries)
    }

    /// The search entries `write` made (in the order of `site.allFiles`), by file, with what
    /// each was made from, for the incremental builder to keep.
    static func keptEntries(_ entries: [String], of site: Site) -> [ContentID: SearchIndex.KeptEntry] {
        var kept: [ContentID: SearchIndex.KeptEntry] = [:]
        kept.reserveCapacity(entries.count)
        for (file, entry) in zip(site.allFiles, entries) {
            kept[file.id] = (file.revision, site.language(of: file.id), entry)
        }
        return kept
    }

    /// Files beside an excluded draft are left out with it.
    static func isExcludedAsset(_ asset: String, site: Site) -> Bool {
        if site.draftOnlyAssets.contains(asset) { return true }
        let folder = asset.slashSplit().dropLast()
        guard let first = folder.first, first != "pages" else { return false }
        return site.filesByID[ContentID(folder.joined(separator: "/"))] == nil
            && site.filesByID[ContentID(String(first))] == nil
    }
}
