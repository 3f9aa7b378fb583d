import Foundation
import SitegenTestSupport

/// Checks a built site the way a browser would use it: every internal href and src resolves to a
/// file, every #fragment to an id that is used once on its page, and nothing is requested from
/// another host.
struct OutputLinkChecker {
    let root: URL

    /// Problems found, one line each.
    func problems() throws -> [String] {
        var problems: [String] = []
        let files = try snapshot(of: root)
        var idsByFile: [String: Set<String>] = [:]
        // Names compared by their bytes, as a web server does: Swift's String finds "å" written
        // as a + U+030A equal to the one letter U+00E5, which a server would not serve.
        let pathBytes = Set(files.keys.map { Array($0.utf8) })
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let ids = Self.matches(of: #"\sid="([^"]*)""#, in: html)
            idsByFile[path] = Set(ids)
            var seen = Set<String>()
            for id in ids where !seen.insert(id).inserted {
                problems.append("\(path): id \(id) is used twice")
            }
        }
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for src in Self.matches(of: #"\ssrc="([^"]*)""#, in: html) where Self.isRemote(src) {
                problems.append("\(path): requests \(src) from another host")
            }
            for tag in Self.matches(of: #"(<link\s[^>]*>)"#, in: html) {
                if let href = Self.matches(of: #"href="([^"]*)""#, in: tag).first, Self.isRemote(href), !tag.contains("rel=\"canonical\"") {
                    problems.append("\(path): loads \(href) from another host")
                }
            }
            for href in Self.matches(of: #"\s(?:href|src)="([^"]*)""#, in: html).map(Self.unescaped) {
                if href.isEmpty { problems.append("\(path): empty link"); continue }
                if Self.isRemote(href) || href.hasPrefix("mailto:") || href.hasPrefix("tel:") { continue }
                if href.hasPrefix("/") { problems.append("\(path): absolute link \(href)"); continue }
                var target = href
                var fragment: String?
                if let hash = target.firstIndex(of: "#") {
                    fragment = String(target[target.index(after: hash)...])
                    target = String(target[..<hash])
                }
                if let question = target.firstIndex(of: "?") { target = String(target[..<question]) }
                let resolved: String
                if target.isEmpty {
                    resolved = path
                } else {
                    let folder = URL(fileURLWithPath: "/" + path).deletingLastPathComponent()
                    let decoded = target.removingPercentEncoding ?? target
                    resolved = String(folder.appendingPathComponent(decoded).standardizedFileURL.path.dropFirst())
                }
                guard pathBytes.contains(Array(resolved.utf8)) else {
                    problems.append("\(path): \(href) does not resolve to a file")
                    continue
                }
                // A fragment of another kind of file (a PDF's "#page=2") is that file's business.
                if let fragment, !fragment.isEmpty, resolved.hasSuffix(".html"), !(idsByFile[resolved]?.contains(fragment.removingPercentEncoding ?? fragment) ?? false) {
                    problems.append("\(path): \(href) names no id in \(resolved)")
                }
            }
        }
        for (path, data) in files where path.hasSuffix(".css") {
            let css = String(decoding: data, as: UTF8.self)
            for url in Self.matches(of: #"url\(\s*['"]?([^'")]*)"#, in: css) where Self.isRemote(url) {
                problems.append("\(path): loads \(url) from another host")
            }
            if css.contains("@import") { problems.append("\(path): uses @import") }
        }
        return problems
    }

    /// An attribute's value as the browser reads it (the character references cmark writes).
    static func unescaped(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func isRemote(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("//")
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
