import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Builds the fixture sites in Tests/Fixtures/golden/*/site and compares output/ (less the theme's
/// assets) with the committed files in Tests/Fixtures/golden/*/expected.
///
/// Regenerate after an intended change: `RECORD_GOLDEN=1 swift test --filter GoldenOutputTests`.
final class GoldenOutputTests: XCTestCase {
    func testGoldenSites() throws {
        let golden = fixturesDirectory.appendingPathComponent("golden")
        let names = try FileManager.default.contentsOfDirectory(atPath: golden.path).sorted()
        XCTAssertFalse(names.isEmpty)
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil
        for name in names {
            let site = golden.appendingPathComponent(name).appendingPathComponent("site")
            let expected = golden.appendingPathComponent(name).appendingPathComponent("expected")
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-golden-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: output) }
            var options = BuildOptions(siteDirectory: site)
            options.outputDirectory = output
            let result = SiteBuilder.build(options)
            XCTAssertEqual(result.status, .success, "\(name): \(result.diagnostics)")
            let actual = try snapshot(of: output).filter { !$0.key.hasPrefix("assets/") }
            if record {
                try? FileManager.default.removeItem(at: expected)
                for (path, data) in actual {
                    let url = expected.appendingPathComponent(path)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try data.write(to: url)
                }
                continue
            }
            let wanted = try snapshot(of: expected)
            XCTAssertEqual(actual.keys.sorted(), wanted.keys.sorted(), "\(name): the files written differ")
            for (path, data) in actual where wanted[path] != data {
                XCTFail("\(name): \(path) differs from the expected file; if the change is intended, run RECORD_GOLDEN=1 swift test --filter GoldenOutputTests")
            }
        }
    }
}
