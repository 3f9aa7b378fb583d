import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// `sitegen new` numbers a new approach or initiative with the first number its document lacks.
@Suite struct ScaffoldNumberTests {
    @Test func aNewApproachFillsTheGap() throws {
        var files = minimalSiteFiles()
        // The two approaches of the minimal site are 1 and 2: make the second 3, leaving 2 free.
        let second = "content/aarhus/grundlag/anden.md"
        files[second] = try #require(files[second]).replacingOccurrences(of: "number: 2", with: "number: 3")
        let site = try TemporarySite(files)
        let written = try Scaffold.newFile(kind: .approach, path: "content/aarhus/grundlag/ny.md", siteDirectory: site.directory).get()
        let text = try #require(site.read(written))
        #expect(text.contains("number: 2"), "\(text)")
        let codes = site.build().diagnostics.map(\.code)
        #expect(!codes.contains(.duplicateNumber) && !codes.contains(.numberingGap), "\(codes)")
    }
}
