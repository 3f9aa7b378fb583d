import Foundation

/// Resolves the target of a link in a body, written relative to the content file, into a
/// content id or a file under content/, and the href to write for it.
enum LinkResolver {
    struct Resolution {
        var target: LinkTarget
        /// The href with `SiteURL` markers.
        var href: String
    }

    /// Why a link cannot be resolved.
    struct Failure: Error {
        var problem: Problem
    }

    /// The lower-cased scheme of an absolute URL (`https`, `mailto`), or nil for a relative one.
    static func scheme(of url: String) -> String? {
        // Read as bytes: a scheme is ASCII, and most links (relative ones) have no colon at all.
        let bytes = url.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = bytes[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        guard let first = scheme.first, isLetter(first),
              scheme.allSatisfy({ isLetter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "+")
                                   || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) else { return nil }
        return String(decoding: scheme.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Resolves `url` written in the file at `contentPath` (path under content/).
    static func resolve(_ url: String, from contentPath: String) -> Result<Resolution, Failure> {
        if url.isEmpty {
            return .failure(Failure(problem: .emptyLink))
        }
        var path = url
        var fragment: String?
        // Split on bytes: '#' and '?' are ASCII, and String.firstIndex(of:) reads whole characters.
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(path[path.utf8.index(after: hash)...])
            path = String(path[..<hash])
        }
        // The query stays on the href (`bilag.pdf?side=2`), but names no part of the file.
        var query = ""
        if let question = path.utf8.firstIndex(of: UInt8(ascii: "?")) {
            query = String(path[question...])
            path = String(path[..<question])
        }
        let decodedFragment = fragment.map(SiteURL.percentDecoded)
        if path.isEmpty {
            guard let decodedFragment, !decodedFragment.isEmpty else {
                return .failure(Failure(problem: .emptyLinkFragment))
            }
            return .success(Resolution(target: .localFragment(decodedFragment),
                                       href: "#" + SiteURL.idPrefixMarker + (fragment ?? "")))
        }
        if path.hasPrefix("/") {
            // A file at the top of content/ (the footer's links, read as footer.md) writes its
            // paths from content/ itself.
            return .failure(Failure(problem: .absoluteLink(url: url, fromSubfolder: contentPath.contains("/"))))
        }
        let decodedPath = SiteURL.percentDecoded(path)
        guard let resolved = SiteURL.normalize(decodedPath, relativeTo: contentPath) else {
            return .failure(Failure(problem: .linkOutsideContent(url: url)))
        }
        let suffix = query + (fragment.map { "#" + $0 } ?? "")
        if resolved.hasSuffix(".md") {
            let id = ContentID(contentPath: resolved)
            return .success(Resolution(target: .content(id, fragment: decodedFragment),
                                       href: SiteURL.rootMarker + SiteURL.pagePath(for: id) + suffix))
        }
        return .success(Resolution(target: .asset(resolved), href: SiteURL.assetHref(resolved) + suffix))
    }
}
