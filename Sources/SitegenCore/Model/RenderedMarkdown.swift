/// A heading of a body, with the id it got.
struct Heading: Sendable, Hashable {
    /// 2 for `##`, 3 for `###` ...
    var level: Int
    /// The heading's text without markup.
    var text: String
    /// The id in the rendered HTML (without the page's prefix).
    var id: String
    /// Where the heading is written.
    var location: SourceLocation
}

/// Where a link in a body points.
enum LinkTarget: Sendable, Hashable {
    /// Another content file, by id, with an optional fragment.
    case content(ContentID, fragment: String?)
    /// A heading of the same file.
    case localFragment(String)
    /// A file beside the content (image, PDF), by path under content/.
    case asset(String)

    /// True for a link to another content file (a page).
    var isContent: Bool {
        if case .content = self { return true }
        return false
    }
}

/// A link or image found in a body.
struct BodyReference: Sendable, Hashable {
    /// What it points to.
    var target: LinkTarget
    /// Where it is written.
    var location: SourceLocation
    /// True for an image.
    var isImage: Bool
    /// The target as the writer wrote it.
    var written: String
}

/// A Markdown body rendered to HTML, with what the walk found in it.
struct RenderedMarkdown: Sendable {
    /// HTML with `SiteURL` markers for internal links and heading ids.
    var html: String
    /// The headings in order.
    var headings: [Heading]
    /// Internal links and images, for validation and backlinks.
    var references: [BodyReference]
    /// The start of the body's plain text, as much as the search index keeps.
    var plainText: String
    /// `html` with the body's own headings one level lower (`<h6>` stays), for a part shown
    /// under its title's `<h2>` on the print page; made from cmark's tree, so raw HTML (a
    /// comment, an attribute value) is never changed. Nil when not asked for or when the body
    /// has no heading: then it is `html`.
    var htmlOneLevelDown: String? = nil

    /// The HTML with the headings one level lower.
    var oneLevelDown: String { htmlOneLevelDown ?? html }
}
