/// A file's decoded front matter.
struct FrontMatter: Sendable {
    var common: CommonMetadata
    var specific: KindMetadata
    /// Where `kind` was written; diagnostics about the file as a whole point here.
    var kindLocation: SourceLocation
    /// Where each key's value was written.
    var keyLocations: [String: SourceLocation] = [:]
}
