/// A file's decoded front matter.
public struct FrontMatter: Sendable {
    public var common: CommonMetadata
    public var specific: KindMetadata
    /// Where `kind` was written; diagnostics about the file as a whole point here.
    public var kindLocation: SourceLocation
    /// Where each key's value was written.
    public var keyLocations: [String: SourceLocation] = [:]
}

/// Everything a file's front matter said, by kind.
public enum KindMetadata: Sendable {
    case municipality(MunicipalityMetadata)
    case document(DocumentMetadata)
    case part(PartMetadata)
    case page(PageMetadata)
}
