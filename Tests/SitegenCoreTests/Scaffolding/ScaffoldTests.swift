import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// `sitegen new`: a file goes only where the next build accepts it.
final class ScaffoldTests: XCTestCase {
    func testNewFilesBuildAndTakenNamesAreRefused() throws {
        let site = try TemporarySite(minimalSiteFiles())
        func new(_ kind: Kind, _ path: String) -> Result<String, Scaffold.Failure> {
            Scaffold.newFile(kind: kind, path: path, siteDirectory: site.directory)
        }
        XCTAssertEqual(try new(.approach, "content/aarhus/grundlag/tredje.md").get(), "content/aarhus/grundlag/tredje.md")
        XCTAssertEqual(try new(.page, "kontakt").get(), "content/pages/kontakt.md")
        // Names the build would refuse: each is refused at once, with the reason, and nothing is written.
        let refused: [(Kind, String, String)] = [
            (.section, "content/aarhus/grundlag/print.md", "print"),
            (.page, "content/pages/search.md", "search"),
            (.municipality, "content/print/index.md", "print"),
            (.page, "content/pages/aarhus.md", "content/aarhus/"),
            (.municipality, "content/om/index.md", "content/pages/om.md"),
        ]
        for (kind, path, reason) in refused {
            guard case .failure(let message) = new(kind, path) else { XCTFail("\(path) was written"); continue }
            XCTAssertTrue(message.message(in: .en).contains(reason), "\(path): \(message.message(in: .en))")
            XCTAssertFalse(site.exists(path), path)
        }
        guard case .failure(let dots) = new(.approach, "../../tmp/x.md") else { return XCTFail("'..' was accepted") }
        XCTAssertFalse(dots.message(in: .en).contains("e.g. ''"), dots.message(in: .en))
        // What was written fits the site: the new approach is number 3, and the only complaint is
        // the framework's 'expects', which still says 2 approaches.
        XCTAssertEqual(site.build().diagnostics.map(\.code.rawValue), ["expects-count"])
    }
}
