/// The keys of a municipality (or another public body).
struct MunicipalityMetadata: Sendable {
    var name: String = ""
    var country: Country?
    var website: String?
    var logo: Located<String>?
    var color: String?
    var contact: String?
}
