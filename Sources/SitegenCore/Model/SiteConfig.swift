/// The settings of sitegen.yml.
struct SiteConfig: Sendable {
    var title: String
    var language: Language = .da
    /// Absolute base address for the sitemap and canonical links, ending in `/`.
    var baseURL: String?
    var theme: String = "default"
    var strict: Bool = false
    var pdf: Bool = false
    var accessibilityStatement: String?
    /// Markdown for the footer.
    var footer: String?
    /// The line of sitegen.yml where the footer's text starts, for its diagnostics.
    var footerLine = 1
    /// Whether raw HTML in bodies is kept.
    var unsafeMarkdown: Bool = false

    /// Creates a configuration with a title and defaults.
    init(title: String) { self.title = title }
}
