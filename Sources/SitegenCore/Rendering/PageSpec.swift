/// One page of the site, named by what it shows: the id of its content file, never a position
/// in the site's lists, so a name stays right when files are added, removed or reordered.
enum PageSpec: Sendable, Hashable {
    /// The home page.
    case home
    /// The page of a content file: a municipality, a document, a part or a site page.
    case content(ContentID)
    /// The print page of a document.
    case print(ContentID)
    /// The search page.
    case search
    /// The 404 page.
    case notFound
}

/// Where each content file sits in the site's tree, by its id: the renderer reads a page's
/// file, its document and its municipality from here.
struct SitePlaces: Sendable {
    /// A file's place: the positions of its municipality, document and part in the site's lists.
    enum Place: Sendable, Equatable {
        case municipality(Int)
        case document(Int, Int)
        case part(Int, Int, Int)
        case page(Int)
    }

    private var places: [ContentID: Place] = [:]

    /// The places of every file `site` shows.
    init(site: Site) {
        for (m, municipality) in site.municipalities.enumerated() {
            places[municipality.file.id] = .municipality(m)
            for (d, document) in municipality.documents.enumerated() {
                places[document.file.id] = .document(m, d)
                for (p, part) in document.parts.enumerated() { places[part.id] = .part(m, d, p) }
            }
        }
        for (p, page) in site.pages.enumerated() { places[page.id] = .page(p) }
    }

    /// The place of `id`; nil for a file the site does not show.
    subscript(id: ContentID) -> Place? { places[id] }
}
