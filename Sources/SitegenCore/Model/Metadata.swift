/// A value from front matter with the place it was written.
public struct Located<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Where it was written.
    public var location: SourceLocation

    /// Creates a located value.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// A calendar date written `YYYY-MM-DD`.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`, returning nil for anything else or a day that does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              year >= 1, (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A cited quote of a programme.
public struct Quote: Sendable {
    public var text: String
    public var source: String?
}

/// A period with a start and an end date.
public struct DatePeriod: Sendable {
    public var start: CalendarDate?
    public var end: CalendarDate?
}

/// A named contact person of a programme.
public struct Contact: Sendable {
    public var name: String
    public var title: String?
    public var email: String?
    public var phone: String?
}

/// The keys every kind has.
public struct CommonMetadata: Sendable {
    public var kind: Kind
    public var title: String
    public var summary: String?
    public var draft: Bool = false
    public var language: Language?
    public var tags: [String] = []
    public var related: [Located<ContentID>] = []
}

/// The keys of a municipality (or another public body).
public struct MunicipalityMetadata: Sendable {
    public var name: String = ""
    public var country: Country?
    public var website: String?
    public var logo: Located<String>?
    public var color: String?
    public var contact: String?
}

/// The keys of a framework or a programme.
public struct DocumentMetadata: Sendable {
    public var label: String?
    public var status: String = "adopted"
    public var adopted: CalendarDate?
    public var revised: CalendarDate?
    public var version: String?
    public var owner: String?
    public var slogan: String?
    public var audience: [String] = []
    public var purposes: [String] = []
    public var commitments: [String] = []
    public var usage: [String] = []
    public var expects: [(key: String, count: Int, location: SourceLocation)] = []
    // programme
    public var goal: String?
    public var quote: Quote?
    public var period: DatePeriod?
    public var duration: String?
    public var programmeAudience: String?
    public var criteria: [String] = []
    public var outcomes: [String] = []
    public var contacts: [Contact] = []
    public var website: String?

    /// The date the document last changed: revised, else adopted. sitemap.xml gives it as its
    /// pages' lastmod, and a PDF as its creation date.
    public var lastModified: CalendarDate? { revised ?? adopted }
}

/// The keys of a part of a document.
public struct PartMetadata: Sendable {
    public var number: Located<Int>?
    // approach
    public var statement: String?
    public var actions: [String] = []
    // role
    public var actor: String?
    public var responsibilities: [String] = []
    // initiative
    public var prerequisite: String?
    // course
    public var period: String?
    public var audience: String?
    public var topics: [String] = []
}

/// The keys of a site-wide page.
public struct PageMetadata: Sendable {
    public var menu: Int?
}

/// Everything a file's front matter said, by kind.
public enum KindMetadata: Sendable {
    case municipality(MunicipalityMetadata)
    case document(DocumentMetadata)
    case part(PartMetadata)
    case page(PageMetadata)
}

/// A file's decoded front matter.
public struct FrontMatter: Sendable {
    public var common: CommonMetadata
    public var specific: KindMetadata
    /// Where `kind` was written; diagnostics about the file as a whole point here.
    public var kindLocation: SourceLocation
    /// Where each key's value was written.
    public var keyLocations: [String: SourceLocation] = [:]
}
