/// Where pages live in output/, and the markers that make rendered HTML relative to any page.
///
/// HTML is rendered once per file with internal links written as `marker + path from the site
/// root`; when a page is written, the marker becomes the page's way back to the root (`../../`).
public enum SiteURL {
    /// Stands for the relative path from the current page to output/ in rendered hrefs
    /// (U+E000, a private-use character, percent-encoded as cmark writes it).
    public static let rootMarker = "%EE%80%80"
    /// Stands for the current page's id prefix in heading ids and fragment links (U+E001).
    public static let idPrefixMarker = "\u{E001}"

    /// The output path of a content file's page, from the site root
    /// (`aarhus/ressourcepersoner/index.html`; pages lose their `pages/` folder).
    public static func pagePath(for id: ContentID) -> String {
        if id.rawValue.isEmpty { return "index.html" }
        var path = id.rawValue
        if path.hasPrefix("pages/") { path.removeFirst(6) }
        return path + "/index.html"
    }

    /// The path from a page at `pagePath` back to the site root (`../../` for `a/b/index.html`).
    public static func rootPrefix(from pagePath: String) -> String {
        let depth = pagePath.slashSplit().count - 1
        return String(repeating: "../", count: depth)
    }

    /// Replaces the markers in rendered HTML for a page at `pagePath`.
    /// - Parameters:
    ///   - html: HTML containing markers.
    ///   - pagePath: The page's path from the site root.
    ///   - idPrefix: What heading ids get in front on this page ("" on the file's own page).
    public static func resolveMarkers(in html: String, pagePath: String, idPrefix: String = "") -> String {
        let root = Array(rootPrefix(from: pagePath).utf8)
        let prefix = Array(idPrefix.utf8)
        // One pass over the UTF-8 bytes; the markers are "%EE%80%80", "%EE%80%81" and the bytes
        // EE 80 81 (U+E001). Input is cleaned of U+E000 and U+E001; only a link address that
        // spells a private-use character percent-encoded could look like a marker, and then it
        // only changes that address.
        var html = html
        return html.withUTF8 { bytes -> String? in
            var out = [UInt8]()
            var copied = 0  // bytes before this index are already in `out`
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                guard byte == 0x25 || byte == 0xEE else { i += 1; continue }
                var replacement: [UInt8]?
                var length = 0
                if byte == 0x25, i + 8 < n, bytes[i + 1] == 0x45, bytes[i + 2] == 0x45, bytes[i + 3] == 0x25,
                   bytes[i + 4] == 0x38, bytes[i + 5] == 0x30, bytes[i + 6] == 0x25, bytes[i + 7] == 0x38 {
                    if bytes[i + 8] == 0x30 { replacement = root; length = 9 }
                    if bytes[i + 8] == 0x31 { replacement = prefix; length = 9 }
                } else if byte == 0xEE, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x81 {
                    replacement = prefix
                    length = 3
                }
                guard let replacement else { i += 1; continue }
                if out.isEmpty { out.reserveCapacity(n + 256) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.append(contentsOf: replacement)
                i += length
                copied = i
            }
            guard copied > 0 else { return nil }  // no marker: the text as it was
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
            return String(decoding: out, as: UTF8.self)
        } ?? html
    }
}
