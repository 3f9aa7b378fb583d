import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class BuildOutputTests: XCTestCase {
    func testTwoBuildsAreByteIdenticalAndParallelEqualsSerial() throws {
        let site = try TemporarySite(minimalSiteFiles())
        let first = site.directory.appendingPathComponent("first")
        let second = site.directory.appendingPathComponent("second")
        XCTAssertEqual(site.build(parallel: true, output: first).status, .success)
        XCTAssertEqual(site.build(parallel: false, output: second).status, .success)
        XCTAssertEqual(try snapshot(of: first), try snapshot(of: second))
    }

    /// cmark-gfm's extensions share one table of inline characters across the process: parsed
    /// on several threads at once, paragraphs lost their autolinks and strikethrough at random
    /// (found by an audit: every build of 200 such files differed). Each page must have them all.
    func testAutolinksAndStrikethroughSurviveAParallelBuild() throws {
        var files = minimalSiteFiles()
        let paragraph = (0..<20).map { "Se https://www.eksempel\($0).dk/side og ~~gammelt~~ og www.skole\($0).dk.\n" }.joined(separator: "\n")
        for index in 0..<150 {
            files["content/aarhus/grundlag/afsnit-\(index).md"] = "---\nkind: section\ntitle: Afsnit \(index)\n---\n" + paragraph
        }
        let site = try TemporarySite(files)
        XCTAssertEqual(site.build(parallel: true).status, .success)
        for index in 0..<150 {
            let page = try XCTUnwrap(site.read("output/aarhus/grundlag/afsnit-\(index)/index.html"))
            XCTAssertEqual(page.components(separatedBy: "<del>").count - 1, 20, "afsnit-\(index)")
            XCTAssertEqual(page.components(separatedBy: "href=\"https://www.eksempel").count - 1, 20, "afsnit-\(index)")
            XCTAssertEqual(page.components(separatedBy: "href=\"http://www.skole").count - 1, 20, "afsnit-\(index)")
        }
    }

    func testFailedBuildLeavesOutputAsItWas() throws {
        let site = try TemporarySite(minimalSiteFiles())
        XCTAssertEqual(site.build().status, .success)
        let before = try snapshot(of: site.directory.appendingPathComponent("output"))
        try site.write("content/aarhus/grundlag/anden.md", "---\nkind: approach\ntitle: x\n---\n")
        XCTAssertEqual(site.build().status, .contentErrors)
        XCTAssertEqual(try snapshot(of: site.directory.appendingPathComponent("output")), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.directory.path).filter { $0.hasPrefix(".output") }
        XCTAssertEqual(leftovers, [])
    }

    /// A build replaces its whole output folder, so a folder that holds the site, lies in content/
    /// or themes/, is a file, or holds other things is refused (status 2) and nothing is touched.
    func testAnOutputFolderThatWouldDestroySomethingIsRefused() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("themes/mit/templates/.keep", "")
        try site.write("andet/brev.docx", "Word")
        try site.write("fil.txt", "tekst")
        let before = try snapshot(of: site.directory)
        let outputs = [".", "content", "content/aarhus", "themes", "themes/mit/ud", "..", "andet", "fil.txt", "content/../."]
        for relative in outputs {
            let output = site.directory.appendingPathComponent(relative)
            let result = site.build(output: output)
            XCTAssertEqual(result.status, .configurationError, relative)
            XCTAssertEqual(result.diagnostics.map(\.code.rawValue), ["output-folder"], relative)
            XCTAssertEqual(try snapshot(of: site.directory), before, relative)
        }
        // An empty folder, a new one and one sitegen built before are fine.
        try FileManager.default.createDirectory(at: site.directory.appendingPathComponent("tom"), withIntermediateDirectories: true)
        XCTAssertEqual(site.build(output: site.directory.appendingPathComponent("tom")).status, .success)
        XCTAssertEqual(site.build(output: site.directory.appendingPathComponent("tom")).status, .success)
        XCTAssertEqual(site.build(output: site.directory.appendingPathComponent("ny/mappe")).status, .success)
        // A check writes nothing, so any folder will do.
        XCTAssertEqual(site.build(check: true, output: site.directory).status, .success)
    }

    func testCheckWritesNothing() throws {
        let site = try TemporarySite(minimalSiteFiles())
        XCTAssertEqual(site.build(check: true).status, .success)
        XCTAssertFalse(site.exists("output"))
    }

    func testConfigurationErrorsAreStatusTwo() throws {
        let noConfig = try TemporarySite(minimalSiteFiles(), config: nil)
        XCTAssertEqual(noConfig.build().status, .configurationError)
        let unknownKey = try TemporarySite(minimalSiteFiles(), config: "title: A\nlanguge: da\n")
        let result = unknownKey.build()
        XCTAssertEqual(result.status, .configurationError)
        XCTAssertEqual(result.diagnostics.first?.hint, "did you mean 'language'?")
        let missingTheme = try TemporarySite(minimalSiteFiles(), config: "title: A\ntheme: mit-tema\n")
        XCTAssertEqual(diagnostics(missingTheme.build(), code: "missing-theme").count, 1)
        // sitegen.yml is named as itself, not as a content file's "front matter".
        let noTitle = try TemporarySite(minimalSiteFiles(), config: "language: da\n").build()
        XCTAssertEqual(noTitle.diagnostics.first?.hint, "add a line 'title: ...' to sitegen.yml")
        let tab = try TemporarySite(minimalSiteFiles(), config: "title: A\n\tlanguage: da\n").build()
        XCTAssertEqual(tab.diagnostics.first?.message.hasPrefix("sitegen.yml is not valid YAML"), true, tab.diagnostics.first?.message ?? "")
    }
}

/// Every file under `directory` with its bytes.
func snapshot(of directory: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let base = directory.standardizedFileURL.path + "/"
    guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
    for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
        files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
    }
    return files
}

final class LeftoverTests: XCTestCase {
    func testAnInterruptedBuildsFoldersAreRemoved() throws {
        let site = try TemporarySite(minimalSiteFiles())
        // A process id that is not running: the build that left this folder was killed.
        let stale = site.directory.appendingPathComponent(".output.tmp-999999")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        XCTAssertEqual(site.build().status, .success)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path))
    }
}
