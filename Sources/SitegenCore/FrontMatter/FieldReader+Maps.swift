internal import Yams

// Values that are a group of keys: `expects` (counts of parts), `quote`, a programme's
// `period` and the maps of `contacts`, each group's keys read by a reader of its own.
extension FieldReader {
    /// The map `node` holds, or nil after an error whose hint shows the lines `example`
    /// (`start: 2025-08-01`).
    mutating func mapping(_ node: Node, key: String, example: [String]) -> Node.Mapping? {
        if case .mapping(let mapping) = node { return mapping }
        diagnostics.error(.notAMap(key: key, example: example), at: location(of: node))
        return nil
    }

    /// `expects`: how many parts of each kind a document has.
    mutating func expects(_ node: Node, key: String) -> [(key: String, count: Int, location: SourceLocation)]? {
        guard let mapping = mapping(node, key: key, example: ["approaches: 5"]) else { return nil }
        let allowed = Kind.parts.compactMap(\.expectsKey)
        var counts: [(key: String, count: Int, location: SourceLocation)] = []
        for (k, v) in mapping {
            let name = k.scalar?.string ?? ""
            guard allowed.contains(name) else {
                let closest = Suggestions.closest(to: name, in: allowed)
                diagnostics.error(.unknownExpectsKey(key: name, suggestion: closest, allowedKeys: allowed), at: location(of: k))
                continue
            }
            if let count = integer(v, key: "expects.\(name)", minimum: 0) {
                counts.append((name, count, location(of: v)))
            }
        }
        return counts
    }

    /// `quote`: its text and source.
    mutating func quote(_ node: Node, key: String) -> Quote? {
        guard let mapping = mapping(node, key: key, example: ["text: …", "source: …"]) else { return nil }
        var sub = subReader()
        let values = sub.read(mapping, specs: [
            KeySpec("text", .text, required: true, "Citatet"),
            KeySpec("source", .line(maxLength: nil), "Kilde"),
        ], mappingNode: node, kindName: "quote")
        diagnostics.merge(sub.diagnostics)
        guard case .string(let text)? = values["text"]?.value else { return nil }
        var source: String?
        if case .string(let s)? = values["source"]?.value { source = s }
        return Quote(text: text, source: source)
    }

    /// A programme's `period`: start and end, the end not before the start.
    mutating func datePeriod(_ node: Node, key: String) -> DatePeriod? {
        guard let mapping = mapping(node, key: key, example: ["start: 2025-08-01", "end: 2030-07-31"]) else { return nil }
        var sub = subReader()
        let values = sub.read(mapping, specs: [
            KeySpec("start", .date, "Startdato"),
            KeySpec("end", .date, "Slutdato"),
        ], mappingNode: node, kindName: "period")
        diagnostics.merge(sub.diagnostics)
        var period = DatePeriod()
        if case .date(let d)? = values["start"]?.value { period.start = d }
        if case .date(let d)? = values["end"]?.value { period.end = d }
        if let start = period.start, let end = period.end, end < start, let at = values["end"]?.location {
            diagnostics.error(.periodEndsBeforeStart(start: start, end: end), at: at)
        }
        return period
    }

    /// `contacts`: a list of people with a name and, when given, a title, e-mail and phone.
    mutating func contacts(_ node: Node, key: String) -> [Contact]? {
        guard let sequence = sequence(node, key: key) else { return nil }
        var contacts: [Contact] = []
        for item in sequence {
            guard let mapping = mapping(item, key: key, example: ["name: Kari Nordmann", "email: kari@kommune.dk"]) else { continue }
            var sub = subReader()
            let values = sub.read(mapping, specs: [
                KeySpec("name", .line(maxLength: nil), required: true, "Navn"),
                KeySpec("title", .line(maxLength: nil), "Titel"),
                KeySpec("email", .email, "E-mail"),
                KeySpec("phone", .line(maxLength: nil), "Telefon"),
            ], mappingNode: item, kindName: "contact")
            diagnostics.merge(sub.diagnostics)
            func text(_ k: String) -> String? {
                if case .string(let s)? = values[k]?.value { return s }
                return nil
            }
            guard let name = text("name") else { continue }
            contacts.append(Contact(name: name, title: text("title"), email: text("email"), phone: text("phone")))
        }
        return contacts
    }
}
