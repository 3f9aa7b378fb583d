import Foundation

/// Turns a print page into the HTML WeasyPrint reads. Links to other pages of the site become
/// absolute addresses under `baseURL` (or plain text without one): a PDF is read away from the
/// site, and a relative link would otherwise carry the build folder's path into the PDF and
/// change its bytes from one folder to the next. For the same reason images are embedded as
/// `data:` addresses. Stylesheets and `#` links stay as they are.
enum PDFSource {
    private static let imagePattern = try? NSRegularExpression(pattern: #"(<img\b[^>]*?\s)src="([^"]*)""#)
    private static let linkPattern = try? NSRegularExpression(pattern: #"(<a\b[^>]*?)\s+href="([^"]*)""#)

    static func html(fromPrintPage html: String, pagePath: String, baseURL: String?, folder: URL) -> String {
        embedImages(in: rewriteLinks(in: html, pagePath: pagePath, baseURL: baseURL), folder: folder)
    }

    /// Replaces each relative `<img src>` by the file's bytes as a `data:` address.
    static func embedImages(in html: String, folder: URL) -> String {
        guard html.contains("<img"), let regex = imagePattern else { return html }
        let types = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                     "svg": "image/svg+xml", "webp": "image/webp"]
        var result = ""
        var last = html.startIndex
        for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let whole = Range(match.range, in: html), let tag = Range(match.range(at: 1), in: html),
                  let target = Range(match.range(at: 2), in: html) else { continue }
            let src = String(html[target])
            let file = folder.appendingPathComponent(src.removingPercentEncoding ?? src).standardizedFileURL
            guard !src.contains(":"), let type = types[file.pathExtension.lowercased()],
                  let data = FileManager.default.contents(atPath: file.path) else { continue }
            result += html[last..<whole.lowerBound] + html[tag] + "src=\"data:\(type);base64,\(data.base64EncodedString())\""
            last = whole.upperBound
        }
        return result + html[last...]
    }

    /// Makes links to other pages absolute under `baseURL`, or removes their target.
    static func rewriteLinks(in html: String, pagePath: String, baseURL: String?) -> String {
        guard let regex = linkPattern else { return html }
        let base = baseURL.flatMap { URL(string: $0 + pagePath) }
        var result = ""
        var last = html.startIndex
        for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let whole = Range(match.range, in: html), let tag = Range(match.range(at: 1), in: html),
                  let target = Range(match.range(at: 2), in: html) else { continue }
            let href = String(html[target])
            let lower = href.lowercased()
            if href.isEmpty || href.hasPrefix("#") || lower.hasPrefix("http:") || lower.hasPrefix("https:")
                || lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") {
                continue
            }
            result += html[last..<whole.lowerBound]
            result += html[tag]
            if let base, let absolute = URL(string: href, relativeTo: base)?.absoluteURL.absoluteString {
                let parts = absolute.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                var address = String(parts[0])
                if address.hasSuffix("/index.html") { address.removeLast("index.html".count) }
                if parts.count == 2 { address += "#" + parts[1] }
                result += " href=\"\(address)\""
            }
            last = whole.upperBound
        }
        result += html[last...]
        return result
    }
}
