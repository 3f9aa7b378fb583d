/// One page that the build writes.
enum PageSpec: Sendable {
    case home
    case municipality(Int)
    case document(Int, Int)
    case part(Int, Int, Int)
    case print(Int, Int)
    case page(Int)
    case search
    case notFound
}
