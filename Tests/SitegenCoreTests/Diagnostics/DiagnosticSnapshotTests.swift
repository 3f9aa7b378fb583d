import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// Golden snapshots of what `sitegen check` and `sitegen build` print for sites full of
/// mistakes, in every format (text, json, github) and in Danish, Norwegian and English: the
/// safety net that shows a refactoring of the diagnostics changed none of their texts.
///
/// Each scenario copies a fixture site from Tests/Fixtures/mistakes/<site>/site into a temporary
/// folder, adds what cannot be committed (symbolic links, a file over the size limit, a fake
/// WeasyPrint), runs the check or the build and compares the text the command line writes to
/// stderr with Tests/Fixtures/mistakes/<site>/expected/<scenario>.<language>.<format>.txt.
/// Absolute paths into the copy are written relative to the site (`.` for the site folder
/// itself), so the files do not depend on where the test runs.
///
/// After an intended change to a text, write the files again with:
///
///     RECORD_GOLDEN=1 swift test --filter DiagnosticSnapshot
@Suite struct DiagnosticSnapshotTests {
    /// The codes no scenario produces, each with the reason. Every other code must be produced
    /// by some scenario (`everyCodeIsProduced`), so the coverage cannot shrink unnoticed.
    static let notCovered: [DiagnosticCode: String] = {
        let codes: [DiagnosticCode: String] = [
            .unreadable: "the tests run as root, who can read every file and folder whatever its permissions (chmod 000 changes nothing)",
            .tooManyFiles: "it takes more than 200,000 files under content/, which take about 15 seconds to create and remove",
        ]
        return codes
    }()

    static let languages: [Language] = [.da, .nb, .en]

    /// Regenerate the golden files instead of comparing with them.
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil
    static let recordCommand = "RECORD_GOLDEN=1 swift test --filter DiagnosticSnapshot"

    /// The folder of the fixture sites.
    static let mistakes = fixturesDirectory.appendingPathComponent("mistakes")

    // MARK: - Tests

    @Test(arguments: Scenario.all)
    func outputMatchesTheGoldenFiles(_ scenario: Scenario) throws {
        let run = try scenario.run()
        #expect(run.result.status == scenario.status, "\(scenario): \(run.result.diagnostics.map(\.code))")
        // Every scenario fails, so the command line prints nothing on stdout: stderr is all it says.
        #expect(run.result.status != .success)
        for language in Self.languages {
            for format in DiagnosticFormat.allCases {
                let text = run.normalized(Self.commandLineText(run.result, format: format, language: language))
                let golden = scenario.golden(language, format)
                if Self.recording {
                    try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(text.utf8).write(to: golden)
                    continue
                }
                Self.compare(text, with: golden)
            }
        }
    }

    /// The real `sitegen` executable prints the same text as the golden files, which are made by
    /// building the text as `finish` in Sources/sitegen/SiteOptions.swift does.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: DiagnosticSnapshotTests.commandLine.path), "sitegen is not built"),
          arguments: Scenario.all)
    func theCommandLinePrintsTheGoldenText(_ scenario: Scenario) throws {
        guard !Self.recording else { return }
        let copy = try scenario.prepare()
        defer { copy.remove() }
        // The site's own language (no --lang) and each format once.
        let runs: [(language: Language?, format: DiagnosticFormat)] = [(nil, .text), (.en, .json), (.nb, .github)]
        for (language, format) in runs {
            var arguments = [scenario.command.rawValue, "--site", copy.site.path, "--format", format.rawValue]
            if let language { arguments += ["--lang", language.rawValue] }
            arguments += scenario.arguments(copy)
            let run = try Self.runCommandLine(arguments, environment: scenario.environment(copy), outputFolder: copy.root)
            #expect(run.status == scenario.status.rawValue, "\(scenario) \(arguments): exit status")
            #expect(run.stdout.isEmpty, "\(scenario) \(arguments): stdout is \(run.stdout)")
            Self.compare(copy.normalized(run.stderr), with: scenario.golden(language ?? copy.siteLanguage, format))
        }
    }

    @Test func everyCodeIsProduced() throws {
        var produced = Set<DiagnosticCode>()
        for scenario in Scenario.all {
            produced.formUnion(try scenario.run().result.diagnostics.map(\.code))
        }
        let missing = DiagnosticCode.allCases.filter { !produced.contains($0) && Self.notCovered[$0] == nil }
        #expect(missing.isEmpty, "no scenario produces \(missing.map(\.rawValue)): add the mistake to a fixture under Tests/Fixtures/mistakes")
        let listed = Self.notCovered.keys.filter(produced.contains).map(\.rawValue).sorted()
        #expect(listed.isEmpty, "\(listed) are produced now: take them out of DiagnosticSnapshotTests.notCovered")
    }

    /// Each fixture site has a scenario, and each golden file belongs to one (none is left over
    /// from a scenario renamed or removed).
    @Test func everyFixtureAndGoldenFileBelongsToAScenario() throws {
        let fm = FileManager.default
        let sites = try fm.contentsOfDirectory(atPath: Self.mistakes.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(sites == Array(Set(Scenario.defined.map(\.site))).sorted())
        var wanted = Set<String>()
        for scenario in Scenario.defined {
            for language in Self.languages {
                for format in DiagnosticFormat.allCases {
                    wanted.insert(scenario.golden(language, format).path)
                }
            }
        }
        for site in sites {
            let expected = Self.mistakes.appendingPathComponent(site).appendingPathComponent("expected")
            for name in (try? fm.contentsOfDirectory(atPath: expected.path)) ?? [] {
                #expect(wanted.contains(expected.appendingPathComponent(name).path), "\(site)/expected/\(name) belongs to no scenario")
            }
        }
    }

    // MARK: - The text the command line prints

    /// What `sitegen check` or `sitegen build` writes to stderr for `result`, built as `finish`
    /// in Sources/sitegen/SiteOptions.swift builds it: the diagnostics, and in the text format a
    /// summary line.
    static func commandLineText(_ result: BuildResult, format: DiagnosticFormat, language: Language) -> String {
        var text = DiagnosticFormatter.format(result.diagnostics, as: format, language: language)
        if format == .text && !result.diagnostics.isEmpty {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            text += ConsoleMessage.summary(errors: errors, warnings: result.diagnostics.count - errors).text(in: language) + "\n"
        }
        return text
    }

    /// The `sitegen` executable that `swift build` puts beside the tests.
    static let commandLine = Bundle.main.bundleURL.appendingPathComponent("sitegen")

    /// Runs `sitegen` with `arguments`; its stdout and stderr go through files in `outputFolder`
    /// (a pipe that fills while the other is read would stop it).
    static func runCommandLine(_ arguments: [String], environment: [String: String],
                               outputFolder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = commandLine
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        merged["SITEGEN_TIMINGS"] = nil
        merged.merge(environment) { _, scenario in scenario }
        process.environment = merged
        let out = outputFolder.appendingPathComponent("stdout.txt"), err = outputFolder.appendingPathComponent("stderr.txt")
        for file in [out, err] { try Data().write(to: file) }
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    // MARK: - Comparing

    /// Compares `actual` with the golden file line by line; a failure names the file and its
    /// first differing line.
    static func compare(_ actual: String, with golden: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let name = golden.path.replacingOccurrences(of: repositoryRoot.path + "/", with: "")
        guard let data = FileManager.default.contents(atPath: golden.path) else {
            Issue.record("\(name) does not exist; write it with \(recordCommand)", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard let difference = firstDifference(actual, expected) else { return }
        Issue.record("""
            \(name) differs at line \(difference.line):
              expected: \(difference.expected ?? "(end of file)")
              actual:   \(difference.actual ?? "(end of file)")
            If the change is intended, run \(recordCommand)
            """, sourceLocation: sourceLocation)
    }

    /// The first line where `actual` and `expected` differ (1-based), or nil when they are the same.
    static func firstDifference(_ actual: String, _ expected: String) -> (line: Int, expected: String?, actual: String?)? {
        guard actual != expected else { return nil }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in 0..<max(a.count, e.count) {
            let left = index < e.count ? e[index] : nil, right = index < a.count ? a[index] : nil
            if left != right { return (index + 1, left, right) }
        }
        return (1, expected, actual)  // same lines, different bytes: cannot happen with "\n" splits
    }
}

// MARK: - Scenarios

extension DiagnosticSnapshotTests {
    /// A fixture site and what is done with it.
    struct Scenario: Sendable, CustomTestStringConvertible {
        enum Command: String, Sendable { case check, build }

        /// The folder under Tests/Fixtures/mistakes.
        let site: String
        /// The first part of the golden files' names.
        let name: String
        let command: Command
        /// The exit status the command line ends with.
        let status: BuildStatus
        /// `--output`, relative to the site copy.
        var output: String?
        /// `--pdf`.
        var pdf = false
        /// The environment of the build (`WEASYPRINT`), given the copy.
        var environment: @Sendable (SiteCopy) -> [String: String] = { _ in [:] }
        /// What the copy gets that cannot be committed.
        var setUp: @Sendable (SiteCopy) throws -> Void = { _ in }

        var testDescription: String { "\(site)/\(name)" }

        /// The golden file of `language` and `format`.
        func golden(_ language: Language, _ format: DiagnosticFormat) -> URL {
            DiagnosticSnapshotTests.mistakes.appendingPathComponent(site).appendingPathComponent("expected")
                .appendingPathComponent("\(name).\(language.rawValue).\(format.rawValue).txt")
        }

        /// A prepared copy of the site.
        func prepare() throws -> SiteCopy {
            let copy = try SiteCopy(of: DiagnosticSnapshotTests.mistakes.appendingPathComponent(site).appendingPathComponent("site"))
            do {
                try setUp(copy)
            } catch {
                copy.remove()
                throw error
            }
            return copy
        }

        /// The command line's arguments after `--site` and `--format`.
        func arguments(_ copy: SiteCopy) -> [String] {
            var arguments: [String] = []
            if let output { arguments += ["--output", copy.site.appendingPathComponent(output).path] }
            if pdf { arguments.append("--pdf") }
            return arguments
        }

        /// Checks or builds a prepared copy, as the command line does.
        func run() throws -> (result: BuildResult, normalized: (String) -> String) {
            let copy = try prepare()
            defer { copy.remove() }
            var options = BuildOptions(siteDirectory: copy.site)
            options.checkOnly = command == .check
            if let output { options.outputDirectory = copy.site.appendingPathComponent(output) }
            options.pdf = pdf
            options.environment.merge(environment(copy)) { _, scenario in scenario }
            options.environment["SITEGEN_TIMINGS"] = nil
            let result = SiteBuilder.build(options)
            return (result, copy.normalized)
        }

        /// Every scenario.
        static let all: [Scenario] = defined

        /// Every scenario, with a golden file for each language and format.
        static let defined: [Scenario] = [
            // Mistakes in the content, all found in one run: front matter, names and places of
            // files, documents and their parts, Markdown; with two warnings of the site's theme.
            Scenario(site: "content-errors", name: "check", command: .check, status: .contentErrors, setUp: { copy in
                let fm = FileManager.default
                // A shortcut made in Finder instead of a copy of the file.
                try fm.createSymbolicLink(atPath: copy.site.appendingPathComponent("content/aarhus/grundlag/genvej.md").path,
                                          withDestinationPath: "faglig-ledelse.md")
                // The theme's logo linked from the content instead of copied.
                let assets = copy.site.appendingPathComponent("themes/skoletema/assets")
                try fm.createDirectory(at: assets, withIntermediateDirectories: true)
                try fm.createSymbolicLink(atPath: assets.appendingPathComponent("logo.png").path,
                                          withDestinationPath: "../../../content/aarhus/grundlag/model.png")
                // Minutes exported with every picture in them: a megabyte over the limit (sparse, not read).
                let large = copy.site.appendingPathComponent("content/pages/referat.md")
                try Data().write(to: large)
                let handle = try FileHandle(forWritingTo: large)
                try handle.truncate(atOffset: UInt64(ContentScanner.maximumFileSize + 1_048_576))
                try handle.close()
            }),
            // sitegen.yml that is not YAML: the title holds ': '.
            Scenario(site: "broken-config", name: "check", command: .check, status: .configurationError),
            // sitegen.yml with values of the wrong kind.
            Scenario(site: "config-values", name: "check", command: .check, status: .configurationError),
            // A site folder without sitegen.yml.
            Scenario(site: "missing-config", name: "check", command: .check, status: .configurationError),
            // The content in a folder named in Danish (indhold/) instead of content/.
            Scenario(site: "missing-content", name: "check", command: .check, status: .configurationError),
            // theme: names a folder themes/ does not have.
            Scenario(site: "missing-theme", name: "check", command: .check, status: .configurationError),
            // A theme with an unclosed section, a missing partial, an empty text and a strings
            // file for a language sitegen does not have.
            Scenario(site: "bad-template", name: "check", command: .check, status: .configurationError),
            // A valid site built the wrong ways: into the site's own folder (`--output .`) ...
            Scenario(site: "build-errors", name: "output-folder", command: .build, status: .configurationError, output: "."),
            // ... with PDFs and no WeasyPrint ...
            Scenario(site: "build-errors", name: "missing-weasyprint", command: .build, status: .configurationError,
                     output: "output", pdf: true,
                     environment: { _ in ["WEASYPRINT": "/nonexistent/weasyprint"] }),
            // ... with a WeasyPrint that fails on the document ...
            Scenario(site: "build-errors", name: "pdf-failed", command: .build, status: .contentErrors,
                     output: "output", pdf: true,
                     environment: { copy in ["WEASYPRINT": copy.root.appendingPathComponent("weasyprint").path] },
                     setUp: { copy in
                         // sitegen runs its script with the Python the weasyprint script names
                         // ("python SCRIPT --check", then "python SCRIPT ROOT HTML PDF"): a fake.
                         let python = copy.root.appendingPathComponent("python3")
                         try Data("""
                             #!/bin/sh
                             case "$2" in --check) echo 'pdf/ua-1'; exit 0;; esac
                             echo 'WARNING: Ignored `hyphens: auto` at 12:3, unknown property.' >&2
                             echo 'ERROR: Failed to load stylesheet at print.css' >&2
                             exit 1

                             """.utf8).write(to: python)
                         let fake = copy.root.appendingPathComponent("weasyprint")
                         try Data("#!\(python.path)\n".utf8).write(to: fake)
                         for file in [python, fake] {
                             try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
                         }
                     }),
            // ... and into a folder under a file (the address of the web server, saved as a note).
            Scenario(site: "build-errors", name: "write-failed", command: .build, status: .configurationError,
                     output: "webserver/ledelse",
                     setUp: { copy in
                         try Data("skoler.vejle.example\n".utf8).write(to: copy.site.appendingPathComponent("webserver"))
                     }),
        ]
    }

    /// A fixture site copied into a temporary folder: `root/site`.
    struct SiteCopy: Sendable {
        let root: URL
        let site: URL

        init(of fixture: URL) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-mistakes-\(UUID().uuidString)")
            site = root.appendingPathComponent("site")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: fixture, to: site)
        }

        func remove() {
            try? FileManager.default.removeItem(at: root)
        }

        /// The site's language, which the command line writes in without `--lang`.
        var siteLanguage: Language {
            var bag = DiagnosticBag()
            return SiteConfig.load(from: site, diagnostics: &bag)?.language ?? .da
        }

        /// `text` with the copy's absolute paths written relative to the site: `.` for the site
        /// folder itself (e.g. in "there is no sitegen.yml in ...").
        func normalized(_ text: String) -> String {
            var text = text
            let spellings = Set([site.path, site.standardizedFileURL.path, site.resolvingSymlinksInPath().path])
            for path in spellings.sorted(by: { $0.count > $1.count }) {
                text = text.replacingOccurrences(of: path + "/", with: "").replacingOccurrences(of: path, with: ".")
            }
            return text
        }
    }
}
