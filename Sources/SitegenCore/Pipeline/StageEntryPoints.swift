import Foundation

/// Single stages run on their own, for the fuzz targets (Sources/Fuzz*): what they need of the
/// pipeline without the pipeline's types being part of the package's API.
package enum StageEntryPoints {
    /// Reads `data` as a content file at `file` and decodes its front matter; returns every
    /// diagnostic of the two stages.
    package static func readFrontMatter(_ data: Data, file: String) -> [Diagnostic] {
        var diagnostics = DiagnosticBag()
        if let source = SourceText.parse(data, file: file, diagnostics: &diagnostics) {
            _ = FrontMatterDecoder.decode(source, file: file, diagnostics: &diagnostics)
        }
        return diagnostics.items
    }

    /// Renders a Markdown body as the parse stage does (`allowRawHTML` is sitegen.yml's
    /// `markdown: {unsafe: true}`) and resolves its links for the page at `pagePath`.
    /// - Returns: The page's HTML, and the paths of the files beside the content it links to.
    package static func renderMarkdown(_ text: String, allowRawHTML: Bool, file: String, contentPath: String,
                                       pagePath: String) -> (html: String, assetPaths: [String]) {
        var diagnostics = DiagnosticBag()
        let rendered = MarkdownRenderer(allowRawHTML: allowRawHTML)
            .render(text, file: file, contentPath: contentPath, firstLine: 5, diagnostics: &diagnostics)
        let html = SiteURL.resolveMarkers(in: rendered.html, pagePath: pagePath)
        let assets = rendered.references.compactMap { reference -> String? in
            if case .asset(let path) = reference.target { return path }
            return nil
        }
        return (html, assets)
    }

    /// Whether the file `name` beside the content, holding `bytes`, may be published (as
    /// without `markdown: {unsafe: true}`), and for a refused one the line that says why.
    package static func checkFileBesideContent(name: String, bytes: [UInt8]) -> (publishable: Bool, line: Int) {
        guard let (_, line) = PublishableFiles.refusal(name: name, contents: { .bytes(bytes) }) else { return (true, 0) }
        return (false, line)
    }
}
