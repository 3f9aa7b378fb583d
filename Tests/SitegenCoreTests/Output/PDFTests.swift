import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class PDFTests: XCTestCase {
    func testLinksToPagesBecomeAbsoluteOrPlainText() {
        let html = ##"<link rel="stylesheet" href="../../../assets/paged.css"><a href="../../../a/b/c/index.html#x">C</a> <a href="#del-c">TOC</a> <a href="https://example.com">E</a> <a href="mailto:a@b.dk">M</a>"##
        let withBase = PDFSource.rewriteLinks(in: html, pagePath: "a/b/print/index.html", baseURL: "https://example.org/site/")
        XCTAssertTrue(withBase.contains(##"<a href="https://example.org/site/a/b/c/#x">C</a>"##), withBase)
        XCTAssertTrue(withBase.contains(##"href="../../../assets/paged.css""##), "stylesheets stay local")
        XCTAssertTrue(withBase.contains(##"<a href="#del-c">"##))
        XCTAssertTrue(withBase.contains(##"<a href="https://example.com">"##))
        XCTAssertTrue(withBase.contains(##"<a href="mailto:a@b.dk">"##))
        let withoutBase = PDFSource.rewriteLinks(in: html, pagePath: "a/b/print/index.html", baseURL: nil)
        XCTAssertTrue(withoutBase.contains("<a>C</a>"), withoutBase)
    }

    func testImagesAreEmbedded() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-pdf-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("a/b/print")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: folder.deletingLastPathComponent().appendingPathComponent("model.png"))
        let html = PDFSource.embedImages(in: ##"<p><img src="../model.png" alt="Model" /></p>"##, folder: folder, root: root)
        XCTAssertEqual(html, ##"<p><img src="data:image/png;base64,iVBORw==" alt="Model" /></p>"##)
    }

    func testCreationDateComesFromTheContent() {
        XCTAssertEqual(PDFRenderer.epoch(of: CalendarDate("1970-01-01")!), 0)
        XCTAssertEqual(PDFRenderer.epoch(of: CalendarDate("2026-11-23")!), 1_795_392_000)
    }

    func testMissingWeasyPrintIsAConfigurationError() throws {
        let site = try TemporarySite(minimalSiteFiles())
        var options = BuildOptions(siteDirectory: site.directory)
        options.pdf = true
        options.environment = ["WEASYPRINT": "/nonexistent/weasyprint"]
        let result = SiteBuilder.build(options)
        XCTAssertEqual(result.status, .configurationError)
        XCTAssertEqual(result.diagnostics.map(\.code.rawValue), ["missing-weasyprint"])
        XCTAssertFalse(site.exists("output"))
    }

    /// A WeasyPrint that hangs is stopped at the time limit; the document's PDF fails with a
    /// diagnostic, and output/ is not written.
    func testAHangingWeasyPrintIsStopped() throws {
        let site = try TemporarySite(minimalSiteFiles())
        // sitegen runs its script with the Python the weasyprint script names: a fake one that
        // answers the check ("python SCRIPT --check") and hangs on a PDF.
        try site.write("python3", "#!/bin/sh\ncase \"$2\" in --check) echo 'pdf/ua-1'; exit 0;; esac\nexec sleep 60\n")
        let python = site.directory.appendingPathComponent("python3")
        try site.write("weasyprint", "#!\(python.path)\n")
        let fake = site.directory.appendingPathComponent("weasyprint")
        for file in [python, fake] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }
        var options = BuildOptions(siteDirectory: site.directory)
        options.pdf = true
        options.environment = ["WEASYPRINT": fake.path, "SITEGEN_PDF_TIMEOUT": "1"]
        let started = Date()
        let result = SiteBuilder.build(options)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "stopped at the limit, not after the fake's minute")
        XCTAssertEqual(result.status, .contentErrors)
        XCTAssertEqual(result.diagnostics.map(\.code.rawValue), ["pdf-failed"])
        XCTAssertTrue(result.diagnostics.first?.message.contains("did not finish within 1 s") ?? false, result.diagnostics.first?.message ?? "")
        XCTAssertFalse(site.exists("output"))
    }
}
