import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

// What the incremental builder's tests share.

/// Builds the same site from scratch into another folder and compares.
/// When `report` is given, its diagnostics must be the full build's too; when `builder` is,
/// its link graph (kept up to date from change to change) must be the one built afresh.
func assertSameAsFullBuild(_ site: TemporarySite, report: IncrementalBuilder.Report? = nil,
                           builder: IncrementalBuilder? = nil,
                           file: StaticString = #filePath, line: UInt = #line) throws {
    if let snapshot = builder?.snapshot {
        XCTAssertEqual(snapshot.graph.incoming, LinkGraph(site: snapshot.analysis.site).incoming, "the link graph", file: file, line: line)
    }
    let fresh = site.directory.appendingPathComponent("fresh-output")
    try? FileManager.default.removeItem(at: fresh)
    let result = site.build(output: fresh)
    if let report { XCTAssertEqual(report.diagnostics, result.diagnostics, file: file, line: line) }
    // A rebuild that found errors leaves output/ as it was: only the diagnostics compare.
    if let report, report.status == .contentErrors {
        XCTAssertEqual(result.status, .contentErrors, file: file, line: line)
        return
    }
    XCTAssertEqual(result.status, .success, file: file, line: line)
    let incremental = try snapshot(of: site.directory.appendingPathComponent("output"))
    let full = try snapshot(of: fresh)
    XCTAssertEqual(incremental.keys.sorted(), full.keys.sorted(), file: file, line: line)
    for (path, data) in full where incremental[path] != data {
        XCTFail("\(path) differs from a full build", file: file, line: line)
    }
}

// MARK: The quick path (`rebuild(changedMarkdownFiles:)`, used by `sitegen serve`)

/// Writes `text` to `path` (under the site folder, in content/) and rebuilds as
/// `sitegen serve` does when it sees that one file change.
func edit(_ site: TemporarySite, _ path: String, _ text: String, with builder: IncrementalBuilder) throws
    -> IncrementalBuilder.Report {
    precondition(path.hasPrefix("content/"), "a content file's path from the site folder")
    try site.edit(path, text)
    return builder.rebuild(changedMarkdownFiles: [String(path.dropFirst("content/".count))])
}

/// The minimal site, built once by a new incremental builder.
func quickSite() throws -> (TemporarySite, IncrementalBuilder) {
    let site = try TemporarySite(minimalSiteFiles())
    let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
    XCTAssertEqual(builder.rebuild().status, .success)
    return (site, builder)
}
