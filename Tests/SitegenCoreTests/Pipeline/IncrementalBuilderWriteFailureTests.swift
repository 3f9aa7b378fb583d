import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// A page that `sitegen serve` cannot write is a `write-failed` error, never a silent
/// "unchanged": the rebuild fails, and once the cause is gone the next rebuild writes the page.
@Suite struct IncrementalBuilderWriteFailureTests {
    static let part = "content/aarhus/grundlag/anden.md"
    static let page = "output/aarhus/grundlag/anden/index.html"

    /// Puts a folder where the part's page is, so that the rename onto it fails.
    private func blockPage(in site: TemporarySite) throws {
        let url = site.directory.appendingPathComponent(Self.page)
        try FileManager.default.removeItem(at: url)
        try site.write(Self.page + "/blocker", "")
    }

    @Test(arguments: [false, true])
    func aFailedWriteIsReportedAndWrittenOnceItCan(quickPath: Bool) throws {
        let site = try TemporarySite(minimalSiteFiles())
        let builder = IncrementalBuilder(options: BuildOptions(siteDirectory: site.directory))
        #expect(builder.rebuild().status == .success)
        try blockPage(in: site)
        let text = try #require(minimalSiteFiles()[Self.part]) + "\nEn ny sætning.\n"
        try site.edit(Self.part, text)
        let failed = quickPath ? builder.rebuild(changedMarkdownFiles: ["aarhus/grundlag/anden.md"]) : builder.rebuild()
        #expect(failed.status == .configurationError)
        let failures = failed.diagnostics.filter { $0.code == .writeFailed }
        #expect(failures.count == 1)
        #expect(failures.first?.message.contains("aarhus/grundlag/anden/index.html") == true, "\(failures)")

        // The cause is gone; nothing else changed, and the page is written all the same.
        try FileManager.default.removeItem(at: site.directory.appendingPathComponent(Self.page))
        let fixed = quickPath ? builder.rebuild(changedMarkdownFiles: ["aarhus/grundlag/anden.md"]) : builder.rebuild()
        #expect(fixed.status == .success, "\(fixed.diagnostics)")
        #expect(site.read(Self.page)?.contains("En ny sætning.") == true)
        let fresh = site.directory.appendingPathComponent("fresh-output")
        #expect(site.build(output: fresh).status == .success)
        #expect(site.read(Self.page) == site.read("fresh-output/aarhus/grundlag/anden/index.html"))
    }

    @Test func aPathOutsideTheOutputFolderIsRefused() {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-inplace-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = InPlaceOutput(root: root)
        for path in ["../escape.html", "/etc/x", "a/../../b", ""] {
            #expect(output.write(Data("x".utf8), to: path) == .failed(.writeOutsideOutput(path: path)))
        }
        #expect(!FileManager.default.fileExists(atPath: root.deletingLastPathComponent().appendingPathComponent("escape.html").path))
        #expect(output.write(Data("x".utf8), to: "a/b.html") == .written)
        #expect(output.write(Data("x".utf8), to: "a/b.html") == .unchanged)
    }
}
