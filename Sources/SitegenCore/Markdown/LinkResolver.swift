import Foundation

/// Resolves the target of a link in a body, written relative to the content file, into a
/// content id or a file under content/, and the href to write for it.
enum LinkResolver {
    struct Resolution {
        var target: LinkTarget
        /// The href with `SiteURL` markers.
        var href: String
    }

    struct Problem: Error {
        var code: String
        var message: LocalizedText
        var hint: LocalizedText?
    }

    /// The lower-cased scheme of an absolute URL (`https`, `mailto`), or nil for a relative one.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) else { return nil }
        // Strip control characters and blanks browsers ignore ("java\tscript:").
        return String(scheme).lowercased()
    }

    /// Resolves `url` written in the file at `contentPath` (path under content/).
    static func resolve(_ url: String, from contentPath: String) -> Result<Resolution, Problem> {
        if url.isEmpty {
            return .failure(Problem(code: "empty-link",
                                    message: LocalizedText(
                                        en: "the link has no target",
                                        da: "linket peger ikke på noget",
                                        nb: "lenken peker ikke til noe"),
                                    hint: LocalizedText(
                                        en: "write the file or address between the parentheses: [text](faglig-ledelse.md)",
                                        da: "skriv filen eller adressen mellem parenteserne: [tekst](faglig-ledelse.md)",
                                        nb: "skriv filen eller adressen mellom parentesene: [tekst](faglig-ledelse.md)")))
        }
        var path = url
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let question = path.firstIndex(of: "?") { path = String(path[..<question]) }
        let decodedFragment = fragment.map(percentDecoded)
        if path.isEmpty {
            guard let decodedFragment, !decodedFragment.isEmpty else {
                return .failure(Problem(code: "empty-link",
                                        message: LocalizedText(
                                            en: "the link has no target",
                                            da: "linket peger ikke på noget",
                                            nb: "lenken peker ikke til noe"),
                                        hint: nil))
            }
            return .success(Resolution(target: .localFragment(decodedFragment),
                                       href: "#" + SiteURL.idPrefixMarker + (fragment ?? "")))
        }
        if path.hasPrefix("/") {
            return .failure(Problem(code: "absolute-link",
                                    message: LocalizedText(
                                        en: "the link '\(url)' starts with '/'",
                                        da: "linket '\(url)' begynder med '/'",
                                        nb: "lenken '\(url)' begynner med '/'"),
                                    hint: LocalizedText(
                                        en: "write the path relative to this file, e.g. ../faglig-ledelse.md",
                                        da: "skriv stien ud fra denne fil, fx ../faglig-ledelse.md",
                                        nb: "skriv stien ut fra denne filen, f.eks. ../faglig-ledelse.md")))
        }
        let decodedPath = percentDecoded(path)
        guard let resolved = normalize(decodedPath, relativeTo: contentPath) else {
            return .failure(Problem(code: "link-outside-content",
                                    message: LocalizedText(
                                        en: "the link '\(url)' points outside content/",
                                        da: "linket '\(url)' peger uden for content/",
                                        nb: "lenken '\(url)' peker utenfor content/"),
                                    hint: LocalizedText(
                                        en: "link only to files inside the content folder",
                                        da: "link kun til filer i mappen content",
                                        nb: "lenk bare til filer i mappen content")))
        }
        let suffix = fragment.map { "#" + $0 } ?? ""
        if resolved.hasSuffix(".md") {
            let id = ContentID(contentPath: resolved)
            return .success(Resolution(target: .content(id, fragment: decodedFragment),
                                       href: SiteURL.rootMarker + SiteURL.pagePath(for: id) + suffix))
        }
        let encoded = resolved.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? resolved
        return .success(Resolution(target: .asset(resolved), href: SiteURL.rootMarker + encoded + suffix))
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
