import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// A build with PDFs stopped by its time limit or by Ctrl-C leaves nothing running and nothing
/// behind (security review round 3: WeasyPrint inherited a blocked SIGTERM and outlived both).
@Suite struct InterruptionTests {
    private var executable: URL { Bundle.main.bundleURL.appendingPathComponent("sitegen") }

    /// A stand-in for WeasyPrint's Python: it answers the check, and on a PDF writes its process
    /// id and the memory limit it was given, then sleeps with SIGTERM and SIGINT ignored.
    private func standIn(in site: TemporarySite) throws -> URL {
        try site.write("python3", """
            #!/bin/sh
            case "$2" in --check) echo 'pdf/ua-1'; exit 0;; esac
            echo "$SITEGEN_PDF_MEMORY_LIMIT" > "\(site.directory.path)/memory"
            echo $$ > "\(site.directory.path)/pid"
            trap '' TERM INT
            exec sleep 120
            """)
        let python = site.directory.appendingPathComponent("python3")
        try site.write("weasyprint", "#!\(python.path)\n")
        let command = site.directory.appendingPathComponent("weasyprint")
        for file in [python, command] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }
        return command
    }

    private func isRunning(_ pid: pid_t) -> Bool {
        // A zombie not yet reaped by its parent counts as ended.
        guard kill(pid, 0) == 0 else { return false }
        let status = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return !status.contains(") Z ")
    }

    private func waitFor(_ path: String, seconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") { return text }
            usleep(50_000)
        }
        return nil
    }

    /// At the time limit WeasyPrint is killed, even one that ignores SIGTERM, and is given its
    /// memory limit.
    @Test func theTimeLimitEndsAWeasyPrintThatIgnoresTerm() throws {
        let site = try TemporarySite(minimalSiteFiles())
        var options = BuildOptions(siteDirectory: site.directory)
        options.pdf = true
        options.environment = ["WEASYPRINT": try standIn(in: site).path, "SITEGEN_PDF_TIMEOUT": "1", "SITEGEN_PDF_MEMORY_MB": "512"]
        let result = SiteBuilder.build(options)
        #expect(result.diagnostics.map(\.code.rawValue) == ["pdf-failed"])
        #expect(!site.exists("output"))
        let pid = try #require(waitFor(site.directory.path + "/pid", seconds: 1).flatMap { pid_t($0.dropLast()) })
        #expect(!isRunning(pid))
        #expect(waitFor(site.directory.path + "/memory", seconds: 1) == "\(512 << 20)\n")
    }

    /// Ctrl-C during the PDFs ends WeasyPrint, removes the staging folder and the script's
    /// temporary folder, leaves output/ as it was, and exits with 130.
    @Test func ctrlCEndsWeasyPrintAndRemovesWhatTheBuildLeft() throws {
        try #require(FileManager.default.isExecutableFile(atPath: executable.path), "sitegen is not built")
        let site = try TemporarySite(minimalSiteFiles())
        let temporary = site.directory.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["build", "--pdf"]
        process.currentDirectoryURL = site.directory
        var environment = ProcessInfo.processInfo.environment
        environment["WEASYPRINT"] = try standIn(in: site).path
        environment["TMPDIR"] = temporary.path
        process.environment = environment
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let pid = try #require(waitFor(site.directory.path + "/pid", seconds: 60).flatMap { pid_t($0.dropLast()) })
        let staging = try FileManager.default.contentsOfDirectory(atPath: site.directory.path).filter { $0.hasPrefix(".output.tmp-") }
        #expect(staging.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).count == 1)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let deadline = Date().addingTimeInterval(5)
        while isRunning(pid), Date() < deadline { usleep(50_000) }
        #expect(!isRunning(pid))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.directory.path).filter { $0.hasPrefix(".output") } == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
        #expect(!site.exists("output"))
    }
}
