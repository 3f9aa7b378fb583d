/// The kinds of content file the content format knows.
public enum Kind: String, Sendable, CaseIterable, Comparable {
    case municipality, framework, programme, approach, role, initiative, course, section, page

    /// Kinds that are documents (`content/<municipality>/<document>/index.md`).
    static let documents: [Kind] = allCases.filter(\.isDocument)
    /// Kinds that are parts of a document (`content/<municipality>/<document>/<part>.md`).
    static let parts: [Kind] = allCases.filter(\.isPart)

    /// The kind's declaration in the registry.
    var declaration: KindDeclaration { ContentKinds.declaration(of: self) }

    /// True for framework and programme.
    var isDocument: Bool { declaration.placement == .documentIndex }
    /// True for the kinds that live inside a document.
    var isPart: Bool { declaration.placement == .documentPart }

    /// The part kinds a document of this kind may hold.
    var allowedParts: [Kind] { declaration.parts }

    /// The key of `expects` that counts parts of this kind (`approaches`, `roles`, ...).
    var expectsKey: String? { declaration.expectsKey }

    public static func < (lhs: Kind, rhs: Kind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
