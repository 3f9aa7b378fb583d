/// The keys every kind has.
public struct CommonMetadata: Sendable {
    public var kind: Kind
    public var title: String
    public var summary: String?
    public var draft: Bool = false
    public var language: Language?
    public var tags: [String] = []
    public var related: [Located<ContentID>] = []
}
