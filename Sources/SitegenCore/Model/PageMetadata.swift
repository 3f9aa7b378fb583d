/// The keys of a site-wide page.
struct PageMetadata: Sendable {
    var menu: Int?
}
