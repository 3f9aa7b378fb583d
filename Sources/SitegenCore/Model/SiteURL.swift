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
    /// The same marker as it appears in an href after percent-encoding.
    public static let encodedIDPrefixMarker = "%EE%80%81"

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
        let depth = pagePath.split(separator: "/").count - 1
        return String(repeating: "../", count: depth)
    }

    /// Replaces the markers in rendered HTML for a page at `pagePath`.
    /// - Parameters:
    ///   - html: HTML containing markers.
    ///   - pagePath: The page's path from the site root.
    ///   - idPrefix: What heading ids get in front on this page ("" on the file's own page).
    public static func resolveMarkers(in html: String, pagePath: String, idPrefix: String = "") -> String {
        guard html.contains("%EE%80%8") || html.contains(idPrefixMarker) else { return html }
        return html.replacingOccurrences(of: rootMarker, with: rootPrefix(from: pagePath))
            .replacingOccurrences(of: encodedIDPrefixMarker, with: idPrefix)
            .replacingOccurrences(of: idPrefixMarker, with: idPrefix)
    }
}
