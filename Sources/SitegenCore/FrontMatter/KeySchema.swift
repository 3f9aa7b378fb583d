/// The keys table of the content format, as the front matter's reader asks for it: made from
/// the registry of kinds (`ContentKinds`).
enum KeySchema {
    /// The keys every kind has.
    static var common: [KeySpec] { ContentKinds.commonKeys }

    /// The keys of one kind, common keys first.
    static func keys(for kind: Kind) -> [KeySpec] {
        ContentKinds.keys(of: kind)
    }
}
