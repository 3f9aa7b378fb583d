/// The id of a content file: its path under content/ without `.md` and without `/index`,
/// e.g. `hoeje-taastrup/ledelsesgrundlag/faglig-ledelse`.
struct ContentID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The id's slash-separated slugs.
    let rawValue: String

    /// Creates an id from its text.
    init(_ rawValue: String) { self.rawValue = rawValue }

    /// The id of the file at `relativePath` under content/ (`aarhus/index.md` → `aarhus`).
    init(contentPath relativePath: String) {
        var path = relativePath
        if path.hasSuffix(".md") { path.removeLast(3) }
        if path == "index" { path = "" }
        if path.hasSuffix("/index") { path.removeLast(6) }
        self.rawValue = path
    }

    /// The id's path components.
    var components: [Substring] { rawValue.slashSplit() }

    /// True when this is `ancestor` or lies under it: a part lies under its document and its
    /// municipality (`aarhus/grundlag/forste` under `aarhus/grundlag` and `aarhus`).
    func isWithin(_ ancestor: ContentID) -> Bool {
        self == ancestor || rawValue.hasPrefix(ancestor.rawValue + "/")
    }

    var description: String { rawValue }

    static func < (lhs: ContentID, rhs: ContentID) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension StringProtocol {
    /// The parts of a path between `/`s, found in the UTF-8 bytes (splitting on Characters was a
    /// visible cost in assembling a large site).
    /// - Parameter omittingEmpty: Drop empty parts (`a//b`, a leading or trailing `/`).
    func slashSplit(omittingEmpty: Bool = true) -> [Substring] {
        let text = Substring(self)
        var parts: [Substring] = []
        var start = text.startIndex
        var index = start
        let utf8 = text.utf8
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: "/") {
                if !omittingEmpty || start != index { parts.append(text[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if !omittingEmpty || start != text.endIndex { parts.append(text[start..<text.endIndex]) }
        return parts
    }
}
