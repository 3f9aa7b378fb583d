/// Writes search/index.js, which the search page loads with a script tag (so search works from
/// file:// too): one entry per page with its title, address (relative to search/), kind, and
/// the text to search.
enum SearchIndex {
    /// The most body text kept per page.
    static let maximumTextLength = 4000

    /// The index from entries made by `entry(for:labels:)`, in the site's order, built in one
    /// buffer (the index of a large site runs to tens of megabytes).
    static func script(entries: [String]) -> String {
        let head = "window.sitegenSearchIndex = [\n", separator = ",\n", tail = "\n];\n"
        var script = ""
        script.reserveCapacity(head.utf8.count + tail.utf8.count + entries.reduce(0) { $0 + $1.utf8.count + separator.utf8.count })
        script += head
        for (index, entry) in entries.enumerated() {
            if index > 0 { script += separator }
            script += entry
        }
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
        text.append(String(file.body.plainText.prefix(maximumTextLength)))
        let kind = file.kind.isPart ? l.kindName(file.kind) : l["kind.\(file.kind.rawValue)"]
        let fields = [
            "\"t\":" + DiagnosticFormatter.jsonString(file.title),
            "\"u\":" + DiagnosticFormatter.jsonString("../" + file.pagePath),
            "\"k\":" + DiagnosticFormatter.jsonString(kind),
            "\"x\":" + DiagnosticFormatter.jsonString(text.joined(separator: " ")),
        ]
        return "{" + fields.joined(separator: ",") + "}"
    }
}
