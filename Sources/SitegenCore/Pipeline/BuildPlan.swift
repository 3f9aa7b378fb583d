/// What one build, check or rebuild of a site does, decided in one place from the options and
/// sitegen.yml: the settings and theme it renders with, where it writes and whether it may,
/// whether warnings fail it, and whether the documents have PDFs and who makes them.
struct BuildPlan {
    let layout: SiteLayout
    let config: SiteConfig
    let theme: Theme
    /// Warnings fail the build too (`--strict`, or `strict: true` in sitegen.yml).
    let strict: Bool
    /// Each document has a PDF (`--pdf`, or `pdf: true` in sitegen.yml), so its pages link to it
    /// and its path is taken; never under `sitegen serve`, which does not keep PDFs up to date.
    let pdf: Bool
    /// Files with `draft: true` are published.
    let includeDrafts: Bool
    /// Makes the PDFs, when this run writes them (a build with `pdf`, not a check).
    let pdfRenderer: PDFRenderer?

    /// Reads sitegen.yml and the theme, refuses a content/ that is a symbolic link and, unless
    /// the run only checks, makes sure it may write the output folder and finds WeasyPrint when
    /// it is to make PDFs. The plan is nil when any of these fails, which is then in
    /// `diagnostics` (exit status 2), before anything is read or written; the language is
    /// sitegen.yml's when it could be read, for showing them.
    static func load(_ options: BuildOptions, layout: SiteLayout,
                     diagnostics: inout DiagnosticBag) -> (plan: BuildPlan?, language: Language?) {
        guard let config = SiteConfig.load(from: layout.siteDirectory, diagnostics: &diagnostics) else { return (nil, nil) }
        guard !diagnostics.hasErrors else { return (nil, config.language) }
        let loadedTheme = Theme.load(name: config.theme, siteDirectory: layout.siteDirectory, diagnostics: &diagnostics)
        // content/ that is itself a symbolic link is not read through (a link could publish files
        // from anywhere); `Theme.load` says the same of themes/ and the theme's folder.
        if layout.contentIsSymbolicLink {
            diagnostics.error(.symlinkedSiteFolder(folder: "content"), at: SourceLocation(file: "content"))
        }
        guard let theme = loadedTheme, !diagnostics.hasErrors else { return (nil, config.language) }
        let pdf = (options.pdf || config.pdf) && !options.neverPDF
        var pdfRenderer: PDFRenderer?
        if !options.checkOnly {
            if let problem = OutputLocation.problem(output: layout.outputDirectory, site: layout.siteDirectory) {
                diagnostics.error(problem, at: SourceLocation(file: layout.outputSource))
                return (nil, config.language)
            }
            if pdf {
                switch PDFRenderer.locate(environment: options.environment) {
                case .success(let renderer): pdfRenderer = renderer
                case .failure(let unavailable):
                    diagnostics.error(unavailable.problem, at: SourceLocation(file: "sitegen.yml"))
                    return (nil, config.language)
                }
            }
        }
        let plan = BuildPlan(layout: layout, config: config, theme: theme, strict: options.strict || config.strict,
                             pdf: pdf, includeDrafts: options.includeDrafts, pdfRenderer: pdfRenderer)
        return (plan, config.language)
    }

    /// True when `diagnostics` stop the build: an error, or under `strict` any warning.
    func stops(at diagnostics: DiagnosticBag) -> Bool {
        diagnostics.hasErrors || (strict && !diagnostics.items.isEmpty)
    }

    /// The Markdown renderer for the site's bodies and footer.
    var markdownRenderer: MarkdownRenderer { MarkdownRenderer(allowRawHTML: config.unsafeMarkdown) }
}
