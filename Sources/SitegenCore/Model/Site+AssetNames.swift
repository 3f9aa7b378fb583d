import Foundation

/// A link may spell a file's name with other code points than the file system holds it: "å"
/// typed as `a` + U+030A (NFD) for a file stored as U+00E5 (NFC), or the other way round. Swift
/// compares the two as equal, so such a link passes the check; the page must then link to the
/// name as it is on disk, which is the name the file is published under.
extension Site {
    /// The path under content/ of the file a link's path `path` names, as the file's name is on
    /// disk (which may differ from `path` in its code points, not in its letters); nil when there
    /// is no such file.
    func assetPathOnDisk(_ path: String) -> String? {
        assets.firstIndex(of: path).map { assets[$0] }
    }

    /// The asset links of a body whose written path differs from the file's name on disk in its
    /// bytes, each once, in order: (the path as written, the path on disk).
    func assetNameCorrections(in body: RenderedMarkdown) -> [(written: String, onDisk: String)] {
        var corrections: [(written: String, onDisk: String)] = []
        for reference in body.references {
            guard case .asset(let written) = reference.target, let onDisk = assetPathOnDisk(written),
                  !onDisk.utf8.elementsEqual(written.utf8),
                  !corrections.contains(where: { $0.written.utf8.elementsEqual(written.utf8) }) else { continue }
            corrections.append((written, onDisk))
        }
        return corrections
    }

    /// The body's HTML with every link to an asset written with the file's name on disk.
    func htmlWithAssetNamesOnDisk(_ body: RenderedMarkdown) -> String {
        var html = body.html
        for (written, onDisk) in assetNameCorrections(in: body) {
            let old = SiteURL.htmlAttribute(SiteURL.assetHref(written))
            let new = SiteURL.htmlAttribute(SiteURL.assetHref(onDisk))
            // An href's path ends at its quote, its query or its fragment.
            for end in ["\"", "?", "#"] {
                html = html.replacingOccurrences(of: old + end, with: new + end, options: .literal)
            }
        }
        return html
    }

    /// A hash of the names on disk that `body`'s asset links are written with on the page: a
    /// page shows a body as it did while this and the body's revision stay the same.
    func assetNamesFingerprint(of body: RenderedMarkdown) -> UInt64 {
        var hash: UInt64 = 0
        for (_, onDisk) in assetNameCorrections(in: body) { FNV1a.combine(&hash, FNV1a.hash(onDisk)) }
        return hash
    }
}
