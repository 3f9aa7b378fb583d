import Foundation
import Testing
import SitegenCore
import SitegenTestSupport

/// The real `sitegen` never prints a control character or a bidirectional control from a file
/// name raw, in any format: a site with a file named with ESC, BEL, U+202E, U+2066, U+200F and a
/// line break.
@Suite struct TerminalEscapingTests {
    static let executable = Bundle.main.bundleURL.appendingPathComponent("sitegen")
    static let name = "evil\u{1B}[2J\u{07}\u{202E}gnp\u{2066}\u{200F}\nx"
    static let shownName = #"evil\u{1B}[2J\u{7}\u{202E}gnp\u{2066}\u{200F}\nx"#

    /// Runs `sitegen` in `directory`; its output goes through files (a full pipe would stop it).
    static func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-escaping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        for file in [out, err] { try Data().write(to: file) }
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: out), as: UTF8.self),
                String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// What must not reach the terminal, but line feeds.
    static func raw(in text: String) -> [Unicode.Scalar] {
        Array(text.unicodeScalars).filter { $0 != "\n" && PrintableText.needsEscape($0) }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: TerminalEscapingTests.executable.path), "sitegen is not built"),
          arguments: ["text", "json", "github"])
    func buildPrintsNoRawControlCharacters(_ format: String) throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("content/aarhus/" + Self.name + "/index.md", "---\nkind: page\ntitle: Ond\n---\n")
        try site.write("content/aarhus/grundlag/" + Self.name + ".md", "---\nkind: page\ntitle: Ond\n---\n")
        let run = try Self.run(["build", "--format", format, "--lang", "en"], in: site.directory)
        #expect(run.status == 1, "\(run.stderr.debugDescription)")
        #expect(Self.raw(in: run.stderr) == [], "\(run.stderr.debugDescription)")
        #expect(Self.raw(in: run.stdout) == [], "\(run.stdout.debugDescription)")
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(!lines.isEmpty)
        switch format {
        case "json":
            // One object per line, and the reader gets the names as they are.
            var files: [String] = []
            for line in lines {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
                if let file = (object as? [String: Any])?["file"] as? String { files.append(file) }
            }
            #expect(files.contains("content/aarhus/" + Self.name), "\(files)")
            #expect(run.stderr.contains(#"evil\u001b[2J\u0007\u202egnp\u2066\u200f\nx"#))
        case "github":
            // The line break in the name broke no annotation.
            #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") }, "\(run.stderr.debugDescription)")
            #expect(run.stderr.contains("file=content/aarhus/" + Self.shownName + ","), "\(run.stderr.debugDescription)")
        default:
            #expect(run.stderr.contains("content/aarhus/" + Self.shownName + ": error: "), "\(run.stderr.debugDescription)")
            #expect(run.stderr.contains("content/aarhus/grundlag/" + Self.shownName + ".md: error: "), "\(run.stderr.debugDescription)")
        }
    }

    /// `sitegen init` prints the files it wrote and the folder it made them in escaped.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: TerminalEscapingTests.executable.path), "sitegen is not built"))
    func initPrintsTheFolderEscaped() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let run = try Self.run(["init", Self.name, "--lang", "en"], in: parent)
        #expect(Self.raw(in: run.stdout) == [], "\(run.stdout.debugDescription)")
        #expect(Self.raw(in: run.stderr) == [], "\(run.stderr.debugDescription)")
        #expect((run.stdout + run.stderr).contains(Self.shownName), "\(run.stdout.debugDescription) \(run.stderr.debugDescription)")
    }
}
