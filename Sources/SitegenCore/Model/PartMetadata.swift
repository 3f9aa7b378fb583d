/// The keys of a part of a document.
public struct PartMetadata: Sendable {
    public var number: Located<Int>?
    // approach
    public var statement: String?
    public var actions: [String] = []
    // role
    public var actor: String?
    public var responsibilities: [String] = []
    // initiative
    public var prerequisite: String?
    // course
    public var period: String?
    public var audience: String?
    public var topics: [String] = []
}
