/// Where pages live in output/, and the markers that make rendered HTML relative to any page.
///
/// HTML is rendered once per file with internal links written as `marker + path from the site
/// root`; when a page is written, the marker becomes the page's way back to the root (`../../`).
enum SiteURL {
    /// Stands for the relative path from the current page to output/ in rendered hrefs
    /// (U+E000, a private-use character, percent-encoded as cmark writes it).
    static let rootMarker = "%EE%80%80"
    /// Stands for the current page's id prefix in heading ids and fragment links (U+E001).
    static let idPrefixMarker = "\u{E001}"

    /// The output path of a content file's page, from the site root
    /// (`aarhus/ressourcepersoner/index.html`; pages lose their `pages/` folder).
    static func pagePath(for id: ContentID) -> String {
        if id.rawValue.isEmpty { return "index.html" }
        var path = id.rawValue
        if path.hasPrefix("pages/") { path.removeFirst(6) }
        return path + "/index.html"
    }

    /// The path from a page at `pagePath` back to the site root (`../../` for `a/b/index.html`).
    static func rootPrefix(from pagePath: String) -> String {
        let depth = pagePath.slashSplit().count - 1
        return String(repeating: "../", count: depth)
    }

    /// Replaces the markers in rendered HTML for a page at `pagePath`.
    /// - Parameters:
    ///   - html: HTML containing markers.
    ///   - pagePath: The page's path from the site root.
    ///   - idPrefix: What heading ids get in front on this page ("" on the file's own page).
    ///   - inPage: The files this page shows whole: a link to one of them becomes a link to its
    ///     place on this page (`#del-faglig-ledelse`), see `InPageLinks`.
    static func resolveMarkers(in html: String, pagePath: String, idPrefix: String = "",
                                      inPage: InPageLinks = InPageLinks()) -> String {
        // The markers are "%EE%80%80" and "%EE%80%81" at the start of an href or src (cmark
        // percent-encodes the private-use characters U+E000 and U+E001 of a link's address), and
        // the bytes EE 80 81 (U+E001) at the start of an id or a fragment href (written by
        // sitegen's heading nodes and footnote ids). Only there: the same characters in text,
        // code or anywhere else a writer puts them are the writer's and stay as written.
        // First the markers' places, read from the bytes in one pass; then the text is put
        // together from slices of the original String, which (unlike a String made from bytes)
        // are not checked for valid UTF-8 a second time: each marker is ASCII or a whole scalar.
        var html = html
        var markers: [(start: Int, length: Int, isRoot: Bool)] = []
        // The links that stay on this page: replaced, marker and path, by their `#id`.
        var inPageHrefs: [Int: String] = [:]
        let linksInPage = !inPage.isEmpty
        html.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                guard byte == 0x25 || byte == 0xEE else { i += 1; continue }
                if byte == 0x25, i + 8 < n, Self.follows(bytes, i, bytes[i + 8] == 0x30 ? Self.addressLeads : Self.fragmentLeads), bytes[i + 1] == 0x45, bytes[i + 2] == 0x45, bytes[i + 3] == 0x25,
                   bytes[i + 4] == 0x38, bytes[i + 5] == 0x30, bytes[i + 6] == 0x25, bytes[i + 7] == 0x38,
                   bytes[i + 8] == 0x30 || bytes[i + 8] == 0x31 {
                    if linksInPage, bytes[i + 8] == 0x30, let link = inPage.link(in: bytes, at: i + 9) {
                        markers.append((i, 9 + link.length, false))
                        inPageHrefs[i] = link.href
                        i += 9 + link.length
                        continue
                    }
                    markers.append((i, 9, bytes[i + 8] == 0x30))
                    i += 9
                } else if byte == 0xEE, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x81,
                          Self.follows(bytes, i, Self.idLeads) {
                    markers.append((i, 3, false))
                    i += 3
                } else {
                    i += 1
                }
            }
        }
        guard !markers.isEmpty else { return html }  // no marker: the text as it was
        let root = rootPrefix(from: pagePath)
        let utf8 = html.utf8
        var out = ""
        out.reserveCapacity(utf8.count + markers.count * max(root.utf8.count, idPrefix.utf8.count))
        var copied = utf8.startIndex
        for marker in markers {
            let start = utf8.index(utf8.startIndex, offsetBy: marker.start)
            out += html[copied..<start]
            out += marker.isRoot ? root : linksInPage ? inPageHrefs[marker.start] ?? idPrefix : idPrefix
            copied = utf8.index(start, offsetBy: marker.length)
        }
        out += html[copied...]
        return out
    }

    /// What comes just before a root marker, an id-prefix marker in an address, and one in an id.
    private static let addressLeads: [[UInt8]] = [Array("href=\"".utf8), Array("src=\"".utf8)]
    private static let fragmentLeads: [[UInt8]] = [Array("href=\"#".utf8)]
    private static let idLeads: [[UInt8]] = [Array("id=\"".utf8), Array("href=\"#".utf8)]

    /// True when the bytes just before `index` are one of `leads`.
    private static func follows(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ leads: [[UInt8]]) -> Bool {
        leads.contains { lead in
            index >= lead.count && lead.indices.allSatisfy { bytes[index - lead.count + $0] == lead[$0] }
        }
    }

    /// The href (with the root marker) of the file at `path` under content/.
    static func assetHref(_ path: String) -> String {
        SiteURL.rootMarker + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
    }

    /// An href as cmark writes it into an attribute: '&' and '\'' are the two characters of a
    /// percent-encoded path that it escapes.
    static func htmlAttribute(_ href: String) -> String {
        guard href.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "'") }) else { return href }
        return href.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#x27;")
    }

    /// `text` with %-escapes decoded (unchanged if it has none or they are malformed).
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }

    /// Joins a relative path onto the folder of `file` and folds `.` and `..`; nil if it leaves content/.
    static func normalize(_ path: String, relativeTo file: String) -> String? {
        var parts = file.slashSplit().dropLast().map(String.init)
        for component in path.slashSplit() {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
