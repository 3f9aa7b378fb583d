/// A value read from front matter and checked against its `KeyType`.
enum FieldValue {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case date(CalendarDate)
    case strings([String])
    case ids([Located<ContentID>])
    case expects([(key: String, count: Int, location: SourceLocation)])
    case quote(Quote)
    case datePeriod(DatePeriod)
    case contacts([Contact])
}

/// Typed access to the values a `FieldReader` read, by key.
struct FieldValues {
    let values: [String: Located<FieldValue>]
    func string(_ key: String) -> String? {
        if case .string(let s)? = values[key]?.value { return s }
        return nil
    }
    func int(_ key: String) -> Int? {
        if case .integer(let i)? = values[key]?.value { return i }
        return nil
    }
    func bool(_ key: String) -> Bool? {
        if case .boolean(let b)? = values[key]?.value { return b }
        return nil
    }
    func date(_ key: String) -> CalendarDate? {
        if case .date(let d)? = values[key]?.value { return d }
        return nil
    }
    func strings(_ key: String) -> [String] {
        if case .strings(let s)? = values[key]?.value { return s }
        return []
    }
    func ids(_ key: String) -> [Located<ContentID>] {
        if case .ids(let i)? = values[key]?.value { return i }
        return []
    }
    func location(_ key: String) -> SourceLocation? { values[key]?.location }
}
