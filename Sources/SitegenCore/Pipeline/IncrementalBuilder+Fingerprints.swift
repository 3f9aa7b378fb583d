/// The fingerprints that tell the incremental builder which pages a change leaves as they were.
extension IncrementalBuilder {
    /// The part of every page's fingerprint that all pages share: settings, footer and the menu
    /// (the site's pages, by their front matter: a page's body is not in the menu, and the quick
    /// path takes body edits of pages without changing this).
    static func globalFingerprint(settings: String?, analysis: SiteAnalysis) -> UInt64 {
        var global = FNV1a.hash(settings ?? "")
        FNV1a.combine(&global, FNV1a.hash(analysis.footer))
        for page in analysis.site.pages {
            FNV1a.combine(&global, FNV1a.hash(page.id.rawValue))
            FNV1a.combine(&global, page.frontMatterRevision)
        }
        return global
    }

    /// A page's fingerprint: when it is unchanged, so is the page.
    static func fingerprint(global: UInt64, dependencies: [ContentID], site: Site) -> UInt64 {
        var fingerprint = global
        for id in dependencies {
            // The revision is a hash of the file's bytes; the id is mixed in by its Swift hash,
            // which is stable within one process (fingerprints are never saved).
            FNV1a.combine(&fingerprint, UInt64(bitPattern: Int64(id.hashValue)))
            guard let file = site.filesByID[id] else {
                FNV1a.combine(&fingerprint, 0)
                continue
            }
            FNV1a.combine(&fingerprint, file.revision)
            // Links to files whose names on disk are spelt otherwise (see Site+AssetNames).
            FNV1a.combine(&fingerprint, site.assetNamesFingerprint(of: file.body))
        }
        return fingerprint
    }
}
