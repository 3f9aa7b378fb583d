/// One content file after parsing: its place, its front matter and its rendered body.
/// Immutable and shared by reference: a site holds each file in several indexes, and copying a
/// struct this size (dozens of strings and lists) was a fifth of the assemble stage.
final class ContentFile: Sendable {
    /// The file's id (`aarhus/ressourcepersoner/opgaver`).
    let id: ContentID
    /// The path under content/ (`aarhus/ressourcepersoner/opgaver.md`).
    let contentPath: String
    /// The decoded front matter.
    let frontMatter: FrontMatter
    /// The rendered body.
    let body: RenderedMarkdown
    /// A hash of the file's bytes: pages built from unchanged files need no new rendering.
    let revision: UInt64
    /// A hash of the front matter's text and place: when it is unchanged, so is everything the
    /// file contributes to the site's structure (the incremental builder's quick path).
    let frontMatterRevision: UInt64
    /// The page's path in output/.
    let pagePath: String
    /// The slug of the file (the last part of its id).
    let slug: String

    /// A parsed file.
    init(id: ContentID, contentPath: String, frontMatter: FrontMatter, body: RenderedMarkdown,
                revision: UInt64 = 0, frontMatterRevision: UInt64 = 0) {
        self.id = id
        self.contentPath = contentPath
        self.frontMatter = frontMatter
        self.body = body
        self.revision = revision
        self.frontMatterRevision = frontMatterRevision
        pagePath = SiteURL.pagePath(for: id)
        slug = String(id.components.last ?? "")
    }

    /// The path relative to the site folder, as diagnostics name it.
    var sitePath: String { "content/" + contentPath }
    /// The kind from the front matter.
    var kind: Kind { frontMatter.common.kind }
    /// The title from the front matter.
    var title: String { frontMatter.common.title }
    /// The number of a part, if it has one.
    var number: Int? {
        if case .part(let p) = frontMatter.specific { return p.number?.value }
        return nil
    }
}
