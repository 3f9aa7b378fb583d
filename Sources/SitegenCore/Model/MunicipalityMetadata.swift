/// The keys of a municipality (or another public body).
public struct MunicipalityMetadata: Sendable {
    public var name: String = ""
    public var country: Country?
    public var website: String?
    public var logo: Located<String>?
    public var color: String?
    public var contact: String?
}

/// The keys of a site-wide page.
public struct PageMetadata: Sendable {
    public var menu: Int?
}
