// The picture's own internal entities (`<!ENTITY a "href">`), which a browser's XML parser
// expands in attribute values and text: `attributeName="&a;"` animates `href`.

extension SVGSafety {
    /// Internal entities by name (lower-cased), each with its value (lower-cased).
    typealias Entities = [[UInt8]: [UInt8]]

    /// An entity the check refuses, and where.
    struct RefusedEntity: Error {
        let risk: Problem.SVGRisk
        let offset: Int
    }

    /// The internal entities `b` declares. `firstElementRisk` has already refused declarations
    /// with markup, references or an outside file, so each value is plain text. Two
    /// declarations whose names differ only in capitals are refused: names are compared
    /// lower-cased here, and XML would keep them apart.
    static func internalEntities(in b: [UInt8]) -> Result<Entities, RefusedEntity> {
        var entities: Entities = [:]
        var index = 0
        while let open = find("<!entity", in: b, from: index) {
            index = open + 8
            while index < b.count, isSpace(b[index]) { index += 1 }
            let nameStart = index
            while index < b.count, isNameByte(b[index]) { index += 1 }
            let name = Array(b[nameStart..<index])
            while index < b.count, isSpace(b[index]) { index += 1 }
            guard !name.isEmpty, index < b.count, b[index] == UInt8(ascii: "\"") || b[index] == UInt8(ascii: "'") else { continue }
            let quote = b[index]
            let valueStart = index + 1
            // No closing quote: none of the later declarations has one either.
            guard let valueEnd = find(quote, in: b, from: valueStart) else { break }
            let value = Array(b[valueStart..<valueEnd])
            index = valueEnd + 1
            // A backslash in an entity makes a CSS escape where the scans see only `&name;`.
            if value.contains(UInt8(ascii: "\\")) { return .failure(RefusedEntity(risk: .externalReference("\\"), offset: open)) }
            if let earlier = entities[name], earlier != value {
                return .failure(RefusedEntity(risk: .entityDeclaration, offset: open))
            }
            // XML keeps the first declaration of a name.
            if entities[name] == nil { entities[name] = value }
        }
        return .success(entities)
    }
}
