/// Finds files beside the content (images, PDFs, anything copied as it is) whose place under
/// output/ is one that sitegen writes itself: `content/index.html` would replace the front page,
/// `content/assets/style.css` the theme's style sheet, and with PDFs on, a `plan.pdf` beside a
/// document named `plan` the PDF sitegen makes of it. One of the two would be lost without a word.
enum OutputClashes {
    /// Folders under output/ that belong to sitegen.
    static let ownFolders = ["assets/", "search/"]

    /// An error for each copied file that takes a place sitegen writes.
    /// - Parameter pdf: Whether the build writes each document's PDF.
    static func check(_ site: Site, pdf: Bool) -> DiagnosticBag {
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
        for asset in site.assets.sorted() {
            let at = SourceLocation(file: "content/" + asset)
            if pdfs.contains(asset) {
                diagnostics.error("output-clash", at: at,
                                  LocalizedText(
                                    en: "sitegen writes this document's PDF at output/\(asset), in the place of this file",
                                    da: "sitegen skriver dokumentets PDF til output/\(asset), hvor denne fil skulle ligge",
                                    nb: "sitegen skriver dokumentets PDF til output/\(asset), der denne filen skulle ligge"),
                                  hint: renameHint)
            } else if pages.contains(asset) || ownFolders.contains(where: asset.hasPrefix) {
                diagnostics.error("output-clash", at: at,
                                  LocalizedText(
                                    en: "this file would take the place of output/\(asset), which sitegen writes itself",
                                    da: "filen ville tage pladsen fra output/\(asset), som sitegen selv skriver",
                                    nb: "filen ville ta plassen til output/\(asset), som sitegen skriver selv"),
                                  hint: renameHint)
            }
        }
        return diagnostics
    }

    private static let renameHint = LocalizedText(
        en: "rename the file or move it to another folder, and link to its new name",
        da: "omdøb filen, eller flyt den til en anden mappe, og link til dens nye navn",
        nb: "gi filen et nytt navn eller flytt den til en annen mappe, og lenk til det nye navnet")
}
