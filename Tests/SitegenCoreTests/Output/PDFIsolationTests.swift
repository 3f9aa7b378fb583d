import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// A PDF reads only files of the site: no file of the build machine, nothing from the network
/// (the security review's findings 1 and 2). The builds need WeasyPrint and poppler-utils
/// (`make browser-deps` installs them; `make test` has them); without them they are skipped.
@Suite struct PDFIsolationTests {
    /// `$WEASYPRINT`, else the test environment's `.venv-test/bin/weasyprint`, else one on the PATH.
    static let weasyprint: String? = {
        let environment = ProcessInfo.processInfo.environment
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path: [String] = (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/weasyprint" }
        let candidates: [String] = [environment["WEASYPRINT"] ?? "", root.appendingPathComponent(".venv-test/bin/weasyprint").path] + path
        return candidates.first { !$0.isEmpty && FileManager.default.isExecutableFile(atPath: $0) }
    }()
    static let poppler = ["/usr/bin/pdftotext", "/usr/bin/pdfdetach"].allSatisfy(FileManager.default.isExecutableFile(atPath:))
    static let canBuild = weasyprint != nil && poppler

    /// A document that asks for everything it should not get, in raw HTML and in an SVG picture:
    /// addresses on `server` and files in `outside`.
    static func hostileSite(server: Int, outside: URL) throws -> TemporarySite {
        var files = minimalSiteFiles()
        let secret = outside.appendingPathComponent("secret.svg").path
        let climb = String(repeating: "../", count: 20)
        files["content/aarhus/grundlag/index.md"]! += """


            <img src="http://127.0.0.1:\(server)/img.png" alt="net">
            <img src="\(climb)\(secret.dropFirst())" alt="climb">
            <img src="file://\(secret)" alt="file">
            <link rel="stylesheet" href="http://127.0.0.1:\(server)/style.css">
            <link rel="attachment" href="file:///proc/self/environ">
            <link rel="attachment" href="file://\(outside.path)/secret.txt">
            <link rel="attachment" href="\(climb)\(outside.path.dropFirst())/secret.txt">
            <p style="background:url(http://127.0.0.1:\(server)/bg.png)">Baggrund</p>
            <object data="http://127.0.0.1:\(server)/object.svg" type="image/svg+xml">objekt</object>

            ![Diagram](diagram.svg)

            ![Indenfor](inside.svg)
            """
        files["content/aarhus/grundlag/diagram.svg"] = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100">
            <text x="5" y="20">DIAGRAMMARKER</text>
            <image href="file://\(secret)" x="0" y="30" width="50" height="50"/>
            <image xlink:href="http://127.0.0.1:\(server)/svg.png" x="60" y="30" width="50" height="50"/>
            <image href="\(climb)\(secret.dropFirst())" x="120" y="30" width="50" height="50"/>
            </svg>
            """
        files["content/aarhus/grundlag/inside.svg"] = """
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="5" y="20">INSIDEMARKER</text></svg>
            """
        return try TemporarySite(files, config: "title: Testsite\nlanguage: da\nmarkdown:\n  unsafe: true\n")
    }

    /// A folder outside the site with files a PDF must not show: their marker is SECRETMARKER.
    static func outsideFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="5" y="20">SECRETMARKER</text></svg>"#.utf8)
            .write(to: folder.appendingPathComponent("secret.svg"))
        try Data("SECRETMARKER\n".utf8).write(to: folder.appendingPathComponent("secret.txt"))
        return folder
    }

    static func build(_ site: TemporarySite) throws -> URL {
        var options = BuildOptions(siteDirectory: site.directory)
        options.pdf = true
        options.environment = ["WEASYPRINT": weasyprint ?? "", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let result = SiteBuilder.build(options)
        #expect(result.status == .success, "\(result.diagnostics.map(\.message))")
        return site.directory.appendingPathComponent("output/aarhus/grundlag/grundlag.pdf")
    }

    @Test(.enabled(if: PDFIsolationTests.canBuild, "needs WeasyPrint and poppler-utils: make browser-deps"))
    func aHostileDocumentSendsNoRequest() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let outside = try Self.outsideFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        let site = try Self.hostileSite(server: server.port, outside: outside)
        let pdf = try Self.build(site)
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        #expect(server.requests() == [], "WeasyPrint asked the local server for these")
    }

    @Test(.enabled(if: PDFIsolationTests.canBuild, "needs WeasyPrint and poppler-utils: make browser-deps"))
    func noFileOutsideTheSiteEndsUpInThePDF() throws {
        let outside = try Self.outsideFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        // A port nobody listens on: this test is about files.
        let site = try Self.hostileSite(server: 9, outside: outside)
        let pdf = try Self.build(site)
        let text = try Self.run("/usr/bin/pdftotext", [pdf.path, "-"])
        #expect(text.contains("DIAGRAMMARKER") && text.contains("INSIDEMARKER"), "the site's own pictures are in the PDF: \(text)")
        #expect(!text.contains("SECRETMARKER"), "a picture from outside the site is in the PDF")
        let attachments = try Self.run("/usr/bin/pdfdetach", ["-list", pdf.path])
        #expect(attachments.hasPrefix("0 embedded files"), "attached: \(attachments)")
        #expect(try !Data(contentsOf: pdf).contains(Data("SECRETMARKER".utf8)))
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
