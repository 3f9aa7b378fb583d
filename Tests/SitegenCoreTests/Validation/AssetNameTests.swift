import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// A file beside the content whose name holds a backslash is a located content error (exit 1),
/// also with `unsafe: true`; it used to end the build with status 2, "refused to write outside
/// output/" (security review round 3, left from issue 23).
@Suite struct AssetNameTests {
    @Test(arguments: ["title: Testsite\nlanguage: da\n", "title: Testsite\nlanguage: da\nmarkdown: {unsafe: true}\n"])
    func aBackslashInAFileNameIsOneLocatedError(config: String) throws {
        var files = minimalSiteFiles()
        files["content/aarhus/bilag\\2026.pdf"] = "pdf"
        files["content/aarhus/index.md"] = (files["content/aarhus/index.md"] ?? "") + "\n\nSe [bilaget](bilag\\2026.pdf).\n"
        let site = try TemporarySite(files, config: config)
        let result = site.build()
        #expect(result.status == .contentErrors)
        #expect(result.diagnostics.map(\.code.rawValue) == ["invalid-name"], "\(result.diagnostics)")
        #expect(result.diagnostics.first?.location.file == "content/aarhus/bilag\\2026.pdf")
        #expect(result.diagnostics.first?.hint?.contains("bilag-2026.pdf") == true)
    }
}
