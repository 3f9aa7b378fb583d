import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Runs the built `sitegen` executable as CI would.
final class CommandLineTests: XCTestCase {
    private var executable: URL { Bundle.main.bundleURL.appendingPathComponent("sitegen") }

    private func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    func testExitStatusesAndFormats() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: executable.path), "sitegen is not built")
        let site = try TemporarySite(minimalSiteFiles())
        let ok = try run(["build"], in: site.directory)
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(site.exists("output/index.html"))

        try site.write("content/pages/om.md", "---\nkind: page\ntitle: Om\nmenuu: 1\n---\n")
        let bad = try run(["check", "--lang", "en"], in: site.directory)
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("content/pages/om.md:4:1: error: unknown key 'menuu' [unknown-key]\n  hint: did you mean 'menu'?"), bad.stderr)

        let json = try run(["check", "--format", "json", "--lang", "en"], in: site.directory)
        XCTAssertEqual(json.status, 1)
        let line = try XCTUnwrap(json.stderr.split(separator: "\n").first)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(object["file"] as? String, "content/pages/om.md")
        XCTAssertEqual(object["line"] as? Int, 4)
        XCTAssertEqual(object["code"] as? String, "unknown-key")
        XCTAssertEqual(object["hint"] as? String, "did you mean 'menu'?")

        let github = try run(["check", "--format", "github", "--lang", "en"], in: site.directory)
        XCTAssertTrue(github.stderr.hasPrefix("::error file=content/pages/om.md,line=4,col=1,title=unknown-key::unknown key 'menuu'"), github.stderr)

        let usage = try run(["build", "--no-such-flag"], in: site.directory)
        XCTAssertEqual(usage.status, 2)
        let noSite = try run(["build", "--site", "/nonexistent-site"], in: site.directory)
        XCTAssertEqual(noSite.status, 2)
        XCTAssertTrue(noSite.stderr.contains("[missing-config]"))
    }

    /// `sitegen new` takes a path as the writer types it: from inside a document's folder, or
    /// absolute; both used to be refused as "the wrong place".
    func testNewTakesPathsFromWhereTheWriterIs() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: executable.path), "sitegen is not built")
        let site = try TemporarySite(minimalSiteFiles())
        let document = site.directory.appendingPathComponent("content/aarhus/grundlag")
        let inside = try run(["new", "section", "ny-del.md", "--site", "../../.."], in: document)
        XCTAssertEqual(inside.status, 0, inside.stderr)
        XCTAssertTrue(site.exists("content/aarhus/grundlag/ny-del.md"))
        let absolute = try run(["new", "section", document.appendingPathComponent("andet-afsnit.md").path, "--site", site.directory.path], in: document)
        XCTAssertEqual(absolute.status, 0, absolute.stderr)
        XCTAssertTrue(site.exists("content/aarhus/grundlag/andet-afsnit.md"))
        let fromSite = try run(["new", "section", "aarhus/grundlag/tredje-afsnit.md"], in: site.directory)
        XCTAssertEqual(fromSite.status, 0, fromSite.stderr)
        XCTAssertTrue(site.exists("content/aarhus/grundlag/tredje-afsnit.md"))
    }
}
