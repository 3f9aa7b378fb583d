/// The type of a front matter value, as the content format's keys table names it.
enum KeyType: Sendable, Equatable {
    /// One line of text, at most `maxLength` characters when given.
    case line(maxLength: Int?)
    /// Any text.
    case text
    /// A whole number at least `minimum`.
    case integer(minimum: Int?)
    /// `true` or `false`.
    case boolean
    /// `YYYY-MM-DD`.
    case date
    /// An http or https address.
    case url
    /// An e-mail address.
    case email
    /// `#rrggbb`.
    case color
    /// A path to a file beside the content file.
    case path
    /// One of a fixed set of words.
    case oneOf([String])
    /// A list of strings with at least `minCount` items.
    case stringList(minCount: Int)
    /// A list of content ids.
    case idList
    /// `expects`: a map from part kinds to counts.
    case expects
    /// `quote`: text and source.
    case quote
    /// `period` of a programme: start and end dates.
    case datePeriod
    /// `contacts`: a list of maps with name, title, email, phone.
    case contacts
}

/// One key that a kind allows.
struct KeySpec: Sendable {
    /// The key as written in front matter.
    let name: String
    /// What its value must be.
    let type: KeyType
    /// Whether the key must be present.
    let required: Bool
    /// A Danish description for editors and the JSON Schema.
    let description: String

    init(_ name: String, _ type: KeyType, required: Bool = false, _ description: String) {
        self.name = name
        self.type = type
        self.required = required
        self.description = description
    }
}
