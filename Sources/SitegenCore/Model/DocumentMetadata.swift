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
