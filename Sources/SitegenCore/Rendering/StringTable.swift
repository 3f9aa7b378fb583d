internal import Mustache

/// The theme's strings for one page (`{{t.key}}`), read straight from their table.
struct StringTable: MustacheParent, Sendable {
    private let table: [String: String]

    init(_ table: [String: String]) {
        self.table = table
    }

    func child(named name: String) -> Any? {
        table[name].map(TemplateText.init)
    }
}
