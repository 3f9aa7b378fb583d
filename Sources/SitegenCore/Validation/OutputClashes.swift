/// Finds files beside the content (images, PDFs, anything copied as it is) whose place under
/// output/ is one that sitegen writes itself: `content/index.html` would replace the front page,
/// `content/assets/style.css` the theme's style sheet, and with PDFs on, a `plan.pdf` beside a
/// document named `plan` the PDF sitegen makes of it. One of the two would be lost without a word.
enum OutputClashes {
    /// Folders under output/ that belong to sitegen.
    static let ownFolders = ["assets/", "search/"]

    /// An error for each copied file that takes a place sitegen writes.
    /// - Parameters:
    ///   - pdf: Whether the build writes each document's PDF.
    ///   - skipping: Files not published anyway (`PublishableFiles`), which have their own error.
    static func check(_ site: Site, pdf: Bool, skipping: Set<String> = []) -> DiagnosticBag {
        var diagnostics = DiagnosticBag()
        guard !site.assets.isEmpty else { return diagnostics }
        var pages: Set<String> = ["index.html", "404.html", "sitemap.xml"]
        var pdfs = Set<String>()
        for municipality in site.municipalities {
            pages.insert(municipality.file.pagePath)
            for document in municipality.documents {
                pages.insert(document.file.pagePath)
                pages.insert(document.printPath)
                if pdf { pdfs.insert(document.pdfPath) }
                for part in document.parts { pages.insert(part.pagePath) }
            }
        }
        for page in site.pages { pages.insert(page.pagePath) }
        for asset in site.assets.sorted() where !skipping.contains(asset) {
            let at = SourceLocation(file: "content/" + asset)
            if pdfs.contains(asset) {
                diagnostics.error(.pdfInPlaceOfFile(path: asset), at: at)
            } else if pages.contains(asset) || ownFolders.contains(where: asset.hasPrefix) {
                diagnostics.error(.fileInPlaceOfOutput(path: asset), at: at)
            }
        }
        return diagnostics
    }
}
