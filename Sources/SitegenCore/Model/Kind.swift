/// The kinds of content file the content format knows.
public enum Kind: String, Sendable, CaseIterable, Comparable {
    case municipality, framework, programme, approach, role, initiative, course, section, page

    /// Kinds that are documents (`content/<municipality>/<document>/index.md`).
    static let documents: [Kind] = [.framework, .programme]
    /// Kinds that are parts of a document (`content/<municipality>/<document>/<part>.md`).
    static let parts: [Kind] = [.approach, .role, .initiative, .course, .section]

    /// True for framework and programme.
    var isDocument: Bool { Kind.documents.contains(self) }
    /// True for the kinds that live inside a document.
    var isPart: Bool { Kind.parts.contains(self) }

    /// The part kinds a document of this kind may hold.
    var allowedParts: [Kind] {
        switch self {
        case .framework: return [.approach, .role, .section]
        case .programme: return [.initiative, .course, .role, .section]
        default: return []
        }
    }

    /// The key of `expects` that counts parts of this kind (`approaches`, `roles`, ...).
    var expectsKey: String? {
        switch self {
        case .approach: return "approaches"
        case .role: return "roles"
        case .initiative: return "initiatives"
        case .course: return "courses"
        case .section: return "sections"
        default: return nil
        }
    }

    public static func < (lhs: Kind, rhs: Kind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
