import Foundation

/// Maps the path of an HTTP request to a file inside output/, refusing every way out of it:
/// `..` (also percent-encoded), backslashes, NUL bytes, and symbolic links that point outside.
package struct RequestPathResolver: Sendable {
    /// What a request path resolves to.
    package enum Resolution: Equatable, Sendable {
        /// A file inside the root.
        case file(URL)
        /// Nothing there.
        case notFound
        /// A path no file can have (traversal, NUL, bad encoding).
        case badRequest
    }

    /// The served folder, with symbolic links resolved.
    package let root: URL

    /// Creates a resolver for `root`.
    package init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Resolves the path part of a request target (`/aarhus/`, `/search/index.html?q=x`).
    package func resolve(_ target: String) -> Resolution {
        var path = target
        if let mark = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<mark]) }
        guard path.hasPrefix("/"), let decoded = path.removingPercentEncoding else { return .badRequest }
        guard !decoded.contains("\0"), !decoded.contains("\\") else { return .badRequest }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return .badRequest }
        var url = root
        for segment in segments { url.appendPathComponent(String(segment)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return .notFound }
        }
        // A symbolic link inside output/ must not lead outside it.
        let real = url.resolvingSymlinksInPath().standardizedFileURL
        guard real.path == root.path || real.path.hasPrefix(root.path + "/") else { return .notFound }
        return .file(real)
    }

    /// The Content-Type for a file, with a charset for text.
    package static func contentType(for url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}
