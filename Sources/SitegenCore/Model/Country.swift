/// The countries a municipality may belong to.
public enum Country: String, Sendable, CaseIterable {
    case dk, no
}
