/// The keys of a municipality (or another public body).
struct MunicipalityMetadata: Sendable {
    var name: String = ""
    var country: Country?
    var website: String?
    var logo: Located<String>?
    var color: String?
    var contact: String?
}

/// The keys of a site-wide page.
struct PageMetadata: Sendable {
    var menu: Int?
}
