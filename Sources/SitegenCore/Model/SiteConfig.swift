/// The settings of sitegen.yml.
public struct SiteConfig: Sendable {
    public var title: String
    public var language: Language = .da
    /// Absolute base address for the sitemap and canonical links, ending in `/`.
    public var baseURL: String?
    public var theme: String = "default"
    public var strict: Bool = false
    public var pdf: Bool = false
    public var accessibilityStatement: String?
    /// Markdown for the footer.
    public var footer: String?
    /// The line of sitegen.yml where the footer's text starts, for its diagnostics.
    public var footerLine = 1
    /// Whether raw HTML in bodies is kept.
    public var unsafeMarkdown: Bool = false

    /// Creates a configuration with a title and defaults.
    public init(title: String) { self.title = title }
}
