/// The keys every kind has.
struct CommonMetadata: Sendable {
    var kind: Kind
    var title: String
    var summary: String?
    var draft: Bool = false
    var language: Language?
    var tags: [String] = []
    var related: [Located<ContentID>] = []
}
