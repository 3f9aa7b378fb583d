/// The countries a municipality may belong to.
enum Country: String, Sendable, CaseIterable {
    case dk, no
}
