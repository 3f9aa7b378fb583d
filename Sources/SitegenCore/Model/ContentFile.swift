/// One content file after parsing: its place, its front matter and its rendered body.
public struct ContentFile: Sendable {
    /// The file's id (`aarhus/ressourcepersoner/opgaver`).
    public var id: ContentID
    /// The path under content/ (`aarhus/ressourcepersoner/opgaver.md`).
    public var contentPath: String
    /// The decoded front matter.
    public var frontMatter: FrontMatter
    /// The rendered body.
    public var body: RenderedMarkdown
    /// A hash of the file's bytes: pages built from unchanged files need no new rendering.
    public var revision: UInt64 = 0

    /// The path relative to the site folder, as diagnostics name it.
    public var sitePath: String { "content/" + contentPath }
    /// The kind from the front matter.
    public var kind: Kind { frontMatter.common.kind }
    /// The title from the front matter.
    public var title: String { frontMatter.common.title }
    /// The page's path in output/.
    public var pagePath: String { SiteURL.pagePath(for: id) }
    /// The slug of the file (the last part of its id).
    public var slug: String { String(id.components.last ?? "") }
    /// The number of a part, if it has one.
    public var number: Int? {
        if case .part(let p) = frontMatter.specific { return p.number?.value }
        return nil
    }
}
