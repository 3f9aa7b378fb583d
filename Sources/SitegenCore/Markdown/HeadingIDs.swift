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
    static func footnoteIDs(inHTML html: String) -> Set<String> {
        var ids = Set<String>()
        for lead in [" id=\"fn", " href=\"#fnref"] {
            var rest = Substring(html)
            while let start = rest.range(of: lead) {
                let valueStart = rest.index(start.upperBound, offsetBy: lead.hasSuffix("fnref") ? -5 : -2)
                guard let end = rest[start.upperBound...].firstIndex(of: "\"") else { break }
                ids.insert(String(rest[valueStart..<end]))
                rest = rest[end...]
            }
        }
        return ids
    }
}
