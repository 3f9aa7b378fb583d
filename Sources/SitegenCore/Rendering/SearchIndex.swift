/// Writes the search index, which the search page loads with script tags (so search works from
/// file:// too): one entry per page with its title, address (relative to search/), kind, and
/// the text to search. The index is cut into files of `shardSize` entries (search/index.js,
/// search/index-2.js, ...), so that `sitegen serve` rewrites only the file a changed page is in.
enum SearchIndex {
    /// The most body text kept per page, in Unicode scalars (cut while the body is rendered).
    static var maximumTextLength: Int { PlainText.searchTextLimit }

    /// An entry with what it was made from: the file's revision and its language. While both
    /// are the same, so is the entry.
    typealias KeptEntry = (revision: UInt64, language: Language, entry: String)

    /// Entries per file of the index.
    static let shardSize = 500

    /// How many files an index of `entryCount` entries takes (at least one).
    static func shardCount(entryCount: Int) -> Int {
        max(1, (entryCount + shardSize - 1) / shardSize)
    }

    /// The positions of the entries that file `shard` of an index of `entryCount` entries holds.
    static func positions(ofShard shard: Int, entryCount: Int) -> Range<Int> {
        min(entryCount, shard * shardSize)..<min(entryCount, (shard + 1) * shardSize)
    }

    /// The path under output/ of file `shard` (0-based) of the index.
    static func shardPath(_ shard: Int) -> String {
        "search/" + shardName(shard)
    }

    /// The name in search/ of file `shard` (0-based): index.js, index-2.js, ...
    static func shardName(_ shard: Int) -> String {
        shard == 0 ? "index.js" : "index-\(shard + 1).js"
    }

    /// Every file of the index from entries made by `entry(for:labels:)`, in the site's order.
    static func shards(entries: [String]) -> [(path: String, script: String)] {
        (0..<shardCount(entryCount: entries.count)).map { shard in
            (shardPath(shard), script(shard: shard, entries: entries))
        }
    }

    /// File `shard` of the index: the first sets `window.sitegenSearchIndex`, the others add to it.
    /// Each is built in one buffer.
    static func script(shard: Int, entries: [String]) -> String {
        script(shard: shard, entryCount: entries.count) { entries[$0] }
    }

    /// File `shard` of an index of `entryCount` entries, made by `entry` (the entry at a
    /// position): only the entries of that file are asked for.
    static func script(shard: Int, entryCount: Int, entry: (Int) -> String) -> String {
        let range = positions(ofShard: shard, entryCount: entryCount)
        let head = shard == 0 ? "window.sitegenSearchIndex = [\n"
            : "(window.sitegenSearchIndex = window.sitegenSearchIndex || []).push(\n"
        let separator = ",\n", tail = shard == 0 ? "\n];\n" : "\n);\n"
        let entries = range.map(entry)
        var script = ""
        script.reserveCapacity(head.utf8.count + tail.utf8.count + entries.reduce(0) { $0 + $1.utf8.count + separator.utf8.count })
        script += head
        script += entries.joined(separator: separator)
        script += tail
        return script
    }

    /// One file's entry; it depends only on the file and the language of its labels, so
    /// `sitegen serve` keeps entries of unchanged files.
    static func entry(for file: ContentFile, labels l: Labels) -> String {
        var text: [String] = []
        if let summary = file.frontMatter.common.summary { text.append(summary) }
        switch file.frontMatter.specific {
        case .part(let p):
            text.append(contentsOf: [p.statement, p.actor, p.prerequisite].compactMap { $0 })
            text.append(contentsOf: p.actions + p.responsibilities + p.topics)
        case .document(let d):
            text.append(contentsOf: [d.goal, d.slogan].compactMap { $0 })
            text.append(contentsOf: d.purposes + d.commitments + d.usage + d.outcomes + d.criteria)
        case .municipality(let m):
            text.append(m.name)
        case .page:
            break
        }
        text.append(file.body.plainText)  // already capped by the Markdown renderer
        let kind = file.kind.isPart ? l.kindName(file.kind) : l["kind.\(file.kind.rawValue)"]
        let fields = [
            "\"t\":" + JSONText.string(file.title),
            "\"u\":" + JSONText.string("../" + file.pagePath),
            "\"k\":" + JSONText.string(kind),
            "\"x\":" + JSONText.string(text.joined(separator: " ")),
        ]
        return "{" + fields.joined(separator: ",") + "}"
    }
}
