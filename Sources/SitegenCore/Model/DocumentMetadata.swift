/// The keys of a framework or a programme.
struct DocumentMetadata: Sendable {
    var label: String?
    var status: String = "adopted"
    var adopted: CalendarDate?
    var revised: CalendarDate?
    var version: String?
    var owner: String?
    var slogan: String?
    var audience: [String] = []
    var purposes: [String] = []
    var commitments: [String] = []
    var usage: [String] = []
    var expects: [(key: String, count: Int, location: SourceLocation)] = []
    // programme
    var goal: String?
    var quote: Quote?
    var period: DatePeriod?
    var duration: String?
    var programmeAudience: String?
    var criteria: [String] = []
    var outcomes: [String] = []
    var contacts: [Contact] = []
    var website: String?

    /// The date the document last changed: revised, else adopted. sitemap.xml gives it as its
    /// pages' lastmod, and a PDF as its creation date.
    var lastModified: CalendarDate? { revised ?? adopted }
}
