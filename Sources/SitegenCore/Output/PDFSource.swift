import Foundation

/// Turns a print page into the HTML WeasyPrint reads. Links to other pages of the site become
/// absolute addresses under `baseURL` (or plain text without one): a PDF is read away from the
/// site, and a relative link would otherwise carry the build folder's path into the PDF and
/// change its bytes from one folder to the next. For the same reason images are embedded as
/// `data:` addresses.
///
/// Every other address WeasyPrint could load (`src`, `href` of `<link>`, `data`, `poster`,
/// `xlink:href` ..., and `url()` in `style` attributes and `<style>` elements) stays only when it
/// is a relative path to a file inside the site (`root`), or a `data:` address; else it is
/// removed. This is the first guard; the second is the URL fetcher of `WeasyPrintScript`, which
/// refuses whatever is not a file inside the site (an address this rewriting does not see, in a
/// stylesheet or an SVG picture).
enum PDFSource {
    /// The attributes that hold an address WeasyPrint (or a PDF reader) may load.
    private static let addressAttributes: Set<String> = [
        "src", "href", "xlink:href", "srcset", "data", "poster", "background", "lowsrc", "dynsrc",
        "longdesc", "cite", "action", "formaction", "icon", "manifest", "ping", "codebase", "archive",
        "classid", "profile", "usemap", "imagesrcset",
    ]
    private static let imageTypes = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                                     "svg": "image/svg+xml", "webp": "image/webp"]
    private static let cssURL = try? NSRegularExpression(
        pattern: #"url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s*(?:"([^"]*)"|'([^']*)')"#, options: [.caseInsensitive])
    private static let styleElement = try? NSRegularExpression(
        pattern: #"(<style\b[^>]*>)(.*?)(</style\s*>)"#, options: [.caseInsensitive, .dotMatchesLineSeparators])

    /// The HTML WeasyPrint reads for the print page at `pagePath` (relative to `root`, the
    /// staging folder).
    static func html(fromPrintPage html: String, pagePath: String, baseURL: String?, root: URL) -> String {
        let folder = root.appendingPathComponent(pagePath).deletingLastPathComponent()
        let scope = Scope(root: root, folder: folder)
        return rewriteStyles(in: rewriteTags(in: html) { name, attribute, value in
            rewrite(name: name, attribute: attribute, value: value, scope: scope, pagePath: pagePath, baseURL: baseURL)
        }, scope: scope)
    }

    /// Replaces each relative `<img src>` inside `root` by the file's bytes as a `data:` address,
    /// and removes the others (but `data:` addresses).
    static func embedImages(in html: String, folder: URL, root: URL) -> String {
        let scope = Scope(root: root, folder: folder)
        return rewriteTags(in: html) { name, attribute, value in
            guard name == "img", attribute == "src" else { return .keep }
            return image(value, scope: scope)
        }
    }

    /// Makes links to other pages absolute under `baseURL`, or removes their target.
    static func rewriteLinks(in html: String, pagePath: String, baseURL: String?) -> String {
        rewriteTags(in: html) { name, attribute, value in
            guard name == "a" || name == "area", attribute == "href" else { return .keep }
            return link(value, pagePath: pagePath, baseURL: baseURL)
        }
    }

    /// What the rewriting does with one attribute.
    enum Change: Equatable {
        case keep, remove, replace(String)
    }

    private static func rewrite(name: String, attribute: String, value: String, scope: Scope,
                                pagePath: String, baseURL: String?) -> Change {
        if attribute == "style" {
            let css = rewriteCSS(value, scope: scope)
            return css == value ? .keep : .replace(css)
        }
        guard addressAttributes.contains(attribute) else { return .keep }
        switch (name, attribute) {
        case ("a", "href"), ("area", "href"):
            return link(value, pagePath: pagePath, baseURL: baseURL)
        case ("img", "src"), ("input", "src"):
            return image(value, scope: scope)
        case ("base", _), (_, "srcset"), (_, "imagesrcset"), (_, "ping"):
            // A base address would change what every relative address means; a PDF uses `src`.
            return .remove
        default:
            return scope.allows(value) ? .keep : .remove
        }
    }

    private static func image(_ value: String, scope: Scope) -> Change {
        if Scope.isData(value) { return .keep }
        guard let file = scope.file(value) else { return .remove }
        guard let type = imageTypes[file.pathExtension.lowercased()], let data = FileManager.default.contents(atPath: file.path) else {
            return .keep
        }
        return .replace("data:\(type);base64,\(data.base64EncodedString())")
    }

    private static func link(_ raw: String, pagePath: String, baseURL: String?) -> Change {
        guard let href = Scope.cleaned(raw) else { return .remove }
        let lower = href.lowercased()
        if href.isEmpty || href.hasPrefix("#") || lower.hasPrefix("http:") || lower.hasPrefix("https:")
            || lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") {
            return .keep
        }
        // Another scheme (file:, javascript:) or a path that climbs out of the site: no target.
        guard !Scope.hasScheme(href), Scope.staysInside(href, from: pagePath),
              let base = baseURL.flatMap({ URL(string: $0 + pagePath) }),
              let absolute = URL(string: href, relativeTo: base)?.absoluteURL.absoluteString else {
            return .remove
        }
        let parts = absolute.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        var address = String(parts[0])
        if address.hasSuffix("/index.html") { address.removeLast("index.html".count) }
        if parts.count == 2 { address += "#" + parts[1] }
        return .replace(address)
    }

    /// `url()` and `@import` in CSS keep only addresses `scope` allows; the others become `none`.
    private static func rewriteCSS(_ css: String, scope: Scope) -> String {
        guard let regex = cssURL, css.range(of: "url", options: .caseInsensitive) != nil || css.contains("@") else { return css }
        var result = ""
        var last = css.startIndex
        for match in regex.matches(in: css, range: NSRange(css.startIndex..., in: css)) {
            guard let whole = Range(match.range, in: css) else { continue }
            let target = (1...5).lazy.compactMap { Range(match.range(at: $0), in: css) }.first.map { String(css[$0]) } ?? ""
            if Scope.isData(target) || scope.allows(target) { continue }
            result += css[last..<whole.lowerBound] + (css[whole].hasPrefix("@") ? "@import none" : "none")
            last = whole.upperBound
        }
        return result + css[last...]
    }

    private static func rewriteStyles(in html: String, scope: Scope) -> String {
        guard html.range(of: "<style", options: .caseInsensitive) != nil, let regex = styleElement else { return html }
        var result = ""
        var last = html.startIndex
        for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let whole = Range(match.range, in: html), let open = Range(match.range(at: 1), in: html),
                  let body = Range(match.range(at: 2), in: html), let close = Range(match.range(at: 3), in: html) else { continue }
            result += html[last..<whole.lowerBound] + html[open] + rewriteCSS(String(html[body]), scope: scope) + html[close]
            last = whole.upperBound
        }
        return result + html[last...]
    }
}
