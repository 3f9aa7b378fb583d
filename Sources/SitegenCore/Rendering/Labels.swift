/// Interface strings for one page's language, with dates written as people write them.
struct Labels {
    let table: [String: String]
    let language: Language

    subscript(_ key: String) -> String { table[key] ?? key }

    /// "23. november 2026" in Danish and Norwegian, "23 November 2026" in English.
    func format(_ date: CalendarDate) -> String {
        let month = table["month\(date.month)"] ?? String(date.month)
        switch language {
        case .en: return "\(date.day) \(month) \(date.year)"
        default: return "\(date.day). \(month) \(date.year)"
        }
    }

    /// The label of a part kind ("Tilgang", "Rolle" ...).
    func kindName(_ kind: Kind) -> String { self["kind.\(kind.rawValue)"] }
}
