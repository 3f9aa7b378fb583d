import Foundation

/// The PDFs of `sitegen build --pdf`: each document's print page, made into the source
/// WeasyPrint reads, beside it in the staging folder.
enum PDFStage {
    /// One PDF job per document; the creation date is SOURCE_DATE_EPOCH, else the document's
    /// revised or adopted date, so the same input gives the same bytes.
    /// The sources are written through `writer`, which checks their paths and keeps a failure;
    /// `sourcePath(of:)` names each, for removing it before the folder is published.
    static func jobs(_ site: Site, writer: OutputWriter, environment: [String: String]) -> [PDFRenderer.Job] {
        let fixed = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
        let staging = writer.staging
        return site.municipalities.flatMap(\.documents).map { document in
            let date = document.metadata.lastModified
            let printPage = staging.appendingPathComponent(document.printPath)
            // The print page was written by this build a moment ago; should it be unreadable,
            // WeasyPrint says so for the document (pdf-failed).
            let html = (try? String(contentsOf: printPage, encoding: .utf8)) ?? ""
            writer.write(PDFSource.html(fromPrintPage: html, pagePath: document.printPath, baseURL: site.config.baseURL,
                                        root: staging), to: sourcePath(of: document))
            return PDFRenderer.Job(document: SourceLocation(file: document.file.sitePath),
                                   html: staging.appendingPathComponent(sourcePath(of: document)),
                                   root: staging,
                                   pdf: staging.appendingPathComponent(document.pdfPath),
                                   epoch: fixed ?? date.map(PDFRenderer.epoch(of:)) ?? 0)
        }
    }

    /// Where the PDF source of `document` is written, under the staging folder: beside its print page.
    static func sourcePath(of document: Document) -> String {
        (document.printPath as NSString).deletingLastPathComponent + "/pdf-source.html"
    }
}
