/// The id of a content file: its path under content/ without `.md` and without `/index`,
/// e.g. `hoeje-taastrup/ledelsesgrundlag/faglig-ledelse`.
public struct ContentID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The id's slash-separated slugs.
    public let rawValue: String

    /// Creates an id from its text.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The id of the file at `relativePath` under content/ (`aarhus/index.md` → `aarhus`).
    public init(contentPath relativePath: String) {
        var path = relativePath
        if path.hasSuffix(".md") { path.removeLast(3) }
        if path == "index" { path = "" }
        if path.hasSuffix("/index") { path.removeLast(6) }
        self.rawValue = path
    }

    /// The id's path components.
    public var components: [Substring] { rawValue.split(separator: "/") }

    public var description: String { rawValue }

    public static func < (lhs: ContentID, rhs: ContentID) -> Bool { lhs.rawValue < rhs.rawValue }
}
