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
    /// `oneLevelDown`: the copy with the headings one level lower (a part on the print page).
    /// One pass over the bytes, from one root marker to the next: a page may link to many such
    /// files, and a search of the whole page for each of them cost the page's length times
    /// their number.
    func htmlWithAssetNamesOnDisk(_ body: RenderedMarkdown, oneLevelDown: Bool = false) -> String {
        let html = oneLevelDown ? body.oneLevelDown : body.html
        let corrections = assetNameCorrections(in: body)
        guard !corrections.isEmpty else { return html }
        let marker = Array(SiteURL.rootMarker.utf8)
        // An href's path ends at its quote, its query or its fragment: by the bytes from the
        // root marker to there as the link writes them, the same with the file's name on disk.
        var replacements: [[UInt8]: [UInt8]] = [:]
        for (written, onDisk) in corrections {
            let old = Array(SiteURL.htmlAttribute(SiteURL.assetHref(written)).utf8)
            // The path is percent-encoded, so it holds no end of its own; should it ever, the
            // page is searched for each link as it was before.
            guard old.starts(with: marker), Self.pathEnd(in: old + [UInt8(ascii: "\"")], from: marker.count) == old.count else {
                return Self.replacingEach(corrections, in: html)
            }
            if replacements[old] == nil { replacements[old] = Array(SiteURL.htmlAttribute(SiteURL.assetHref(onDisk)).utf8) }
        }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var copied = 0, from = 0
        // The end of the path after the last marker: the one after the next marker too, when
        // that marker comes before it, so that markers with no end after them cost one scan.
        var end = -1
        while let start = bytes.firstOffset(of: marker, from: from) {
            if end < start + marker.count { end = Self.pathEnd(in: bytes, from: start + marker.count) }
            if end < bytes.count, let new = replacements[Array(bytes[start..<end])] {
                out.append(contentsOf: bytes[copied..<start])
                out.append(contentsOf: new)
                copied = end
                from = end + 1
            } else {
                from = start + 1
            }
        }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Where an href's path that starts at `start` ends: at the first `"`, `?` or `#` (but the
    /// `#` of `&#x27;`, which cmark writes for `'`), or at the end of `bytes`.
    private static func pathEnd(in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "?") { return index }
            if byte == UInt8(ascii: "#"), index == 0 || bytes[index - 1] != UInt8(ascii: "&") { return index }
            index += 1
        }
        return bytes.count
    }

    /// `html` with each correction's links replaced by a search of the whole text.
    private static func replacingEach(_ corrections: [(written: String, onDisk: String)], in html: String) -> String {
        var html = html
        for (written, onDisk) in corrections {
            let old = SiteURL.htmlAttribute(SiteURL.assetHref(written))
            let new = SiteURL.htmlAttribute(SiteURL.assetHref(onDisk))
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
