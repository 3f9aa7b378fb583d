import Foundation

/// The PDFs of `sitegen build --pdf`: each document's print page, made into the source
/// WeasyPrint reads, beside it in the staging folder.
enum PDFStage {
    /// One PDF job per document; the creation date is SOURCE_DATE_EPOCH, else the document's
    /// revised or adopted date, so the same input gives the same bytes.
    static func jobs(_ site: Site, staging: URL, environment: [String: String]) -> [PDFRenderer.Job] {
        let fixed = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
        return site.municipalities.flatMap(\.documents).map { document in
            let date = document.metadata.lastModified
            let printPage = staging.appendingPathComponent(document.printPath)
            let source = printPage.deletingLastPathComponent().appendingPathComponent("pdf-source.html")
            let html = (try? String(contentsOf: printPage, encoding: .utf8)) ?? ""
            try? Data(PDFSource.html(fromPrintPage: html, pagePath: document.printPath, baseURL: site.config.baseURL,
                                     root: staging).utf8).write(to: source)
            return PDFRenderer.Job(document: SourceLocation(file: document.file.sitePath),
                                   html: source,
                                   root: staging,
                                   pdf: staging.appendingPathComponent(document.pdfPath),
                                   epoch: fixed ?? date.map(PDFRenderer.epoch(of:)) ?? 0)
        }
    }
}
