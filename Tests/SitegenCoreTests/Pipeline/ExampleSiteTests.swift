import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Builds the example site in content/ end to end.
final class ExampleSiteTests: XCTestCase {
    private func buildExample(into output: URL, parallel: Bool = true) -> BuildResult {
        var options = BuildOptions(siteDirectory: repositoryRoot)
        options.outputDirectory = output
        options.parallel = parallel
        return SiteBuilder.build(options)
    }

    func testExampleSiteBuildsCleanLinksResolveAndBuildsAreIdentical() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temp) }
        let first = temp.appendingPathComponent("a"), second = temp.appendingPathComponent("b")
        let result = buildExample(into: first)
        XCTAssertEqual(result.diagnostics.map { DiagnosticFormatter.format($0, as: .text) }, [])
        XCTAssertEqual(result.status, .success)
        XCTAssertEqual(try OutputLinkChecker(root: first).problems(), [])
        XCTAssertEqual(buildExample(into: second, parallel: false).status, .success)
        let a = try snapshot(of: first), b = try snapshot(of: second)
        XCTAssertEqual(a.keys.sorted(), b.keys.sorted())
        for (path, data) in a where b[path] != data { XCTFail("\(path) differs between two builds") }
    }

    func testExampleSiteUsesEveryKind() throws {
        var options = BuildOptions(siteDirectory: repositoryRoot)
        options.checkOnly = true
        XCTAssertEqual(SiteBuilder.build(options).status, .success)
        var bag = DiagnosticBag()
        let inventory = ContentScanner.scan(repositoryRoot.appendingPathComponent("content"), diagnostics: &bag)
        let parsed = ParseStage.run(inventory, contentDirectory: repositoryRoot.appendingPathComponent("content"),
                                    renderer: MarkdownRenderer(), parallel: false)
        XCTAssertEqual(Set(parsed.files.map(\.kind)), Set(Kind.allCases))
        XCTAssertEqual(Set(parsed.files.filter { $0.kind == .municipality }.map(\.id.rawValue)).count, 5)
    }
}
