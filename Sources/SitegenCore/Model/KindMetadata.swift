/// Everything a file's front matter said, by kind.
enum KindMetadata: Sendable {
    case municipality(MunicipalityMetadata)
    case document(DocumentMetadata)
    case part(PartMetadata)
    case page(PageMetadata)
}
