/// The keys of a part of a document.
struct PartMetadata: Sendable {
    var number: Located<Int>?
    // approach
    var statement: String?
    var actions: [String] = []
    // role
    var actor: String?
    var responsibilities: [String] = []
    // initiative
    var prerequisite: String?
    // course
    var period: String?
    var audience: String?
    var topics: [String] = []
}
