/// Gives a body's headings ids that are unique on every page the body is shown on: the slug of
/// the heading's text, or, when that is taken by an earlier heading, by the page's template or
/// by a footnote, the slug with the first free `-1`, `-2` ... appended.
struct HeadingIDs {
    /// The ids the default theme's templates give elements of the pages a body is shown on
    /// (the skip link's target, the headings of the template's own sections, the search page).
    /// A test keeps this list in step with themes/default/templates.
    static let templateIDs: Set<String> = [
        "indhold",
        "toc-heading", "related-heading", "backlinks-heading", "print-toc-heading",
        "approaches-heading", "roles-heading", "initiatives-heading", "courses-heading",
        "sections-heading", "usage-heading", "contacts-heading",
        "goal-heading", "purposes-heading", "commitments-heading", "outcomes-heading", "criteria-heading",
        "search-input", "search-status", "search-results",
    ]

    /// The ids given so far and the body's other ids.
    private var taken: Set<String>
    /// The next suffix to try for a slug, so that many equal headings cost no more than a few.
    private var nextSuffix: [String: Int] = [:]

    /// - Parameter reserved: Ids of the body that are not headings (its footnotes').
    init(reserving reserved: Set<String>) {
        taken = reserved
    }

    /// Takes `id` if it is free.
    private mutating func take(_ id: String) -> Bool {
        !Self.templateIDs.contains(id) && taken.insert(id).inserted
    }

    /// The id for the next heading, whose text has the slug `slug` ("" for none).
    mutating func id(forSlug slug: String) -> String {
        let base = slug.isEmpty ? "afsnit" : slug
        if take(base) { return base }
        var suffix = nextSuffix[base] ?? 1
        while !take("\(base)-\(suffix)") { suffix += 1 }
        nextSuffix[base] = suffix + 1
        return "\(base)-\(suffix)"
    }

    /// The footnote ids (`fn-…`, `fnref-…`) in cmark's HTML of a footnote definition: the
    /// definition's own id and, from its links back, the ids of the references to it.
    /// Searched in bytes: a definition cited thousands of times links back thousands of times,
    /// and `range(of:)` from a moving start read the whole text at each link.
    static func footnoteIDs(inHTML html: String) -> Set<String> {
        let bytes = Array(html.utf8)
        var ids = Set<String>()
        // Each lead, and how many of its last bytes (`fn`, `fnref`) belong to the id.
        for (lead, kept) in [(Array(" id=\"fn".utf8), 2), (Array(" href=\"#fnref".utf8), 5)] {
            var from = 0
            while let start = bytes.firstOffset(of: lead, from: from) {
                let after = start + lead.count
                guard let end = bytes[after...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                ids.insert(String(decoding: bytes[(after - kept)..<end], as: UTF8.self))
                from = end
            }
        }
        return ids
    }
}
