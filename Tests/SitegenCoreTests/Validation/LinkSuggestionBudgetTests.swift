import Testing
@testable import SitegenCore
import SitegenTestSupport

/// The "did you mean" suggestions of one file's broken links share a budget: each mistake was
/// compared with every page and every heading, so thousands of them made the check quadratic.
@Suite struct LinkSuggestionBudgetTests {
    /// 5,000 broken links and 1,000 links to a missing heading in one file: the build finishes,
    /// every one is reported, and the first ones still get their suggestion. No time is measured.
    @Test func thousandsOfBrokenLinksInOneFileAreEachReported() throws {
        var files = minimalSiteFiles()
        let links = String(repeating: "Se [noget](forstee.md).\n", count: 5_000)
        let fragments = String(repeating: "Se [afsnittet](forste.md#hvorfr).\n", count: 1_000)
        files["content/aarhus/grundlag/anden.md"] = files["content/aarhus/grundlag/anden.md"]! + "\n" + links + "\n" + fragments
        let result = try TemporarySite(files).build()
        #expect(result.status == .contentErrors)
        let broken = diagnostics(result, code: "broken-link")
        #expect(broken.count == 5_000)
        #expect(broken.first?.location.line == 10)
        #expect(broken.first?.hint == "did you mean 'forste.md'?")
        #expect(broken.prefix(100).allSatisfy { $0.hint == "did you mean 'forste.md'?" })
        let missing = diagnostics(result, code: "missing-fragment")
        #expect(missing.count == 1_000)
        #expect(missing.first?.hint?.contains("#hvorfor") == true)
    }
}
