import ArgumentParser
import Foundation
import SitegenCore

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (default: the current folder).")
    var site: String = "."

    @Option(name: .long, help: "Output format of diagnostics: text, json or github.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Include files with 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Warnings fail the build.")
    var strict = false

    @Option(name: .long, help: "Language of the diagnostics: da, nb, nn, no or en (default: the site's language).")
    var lang: Language?

    func buildOptions() -> BuildOptions {
        var options = BuildOptions(siteDirectory: URL(fileURLWithPath: site, isDirectory: true))
        options.includeDrafts = drafts
        options.strict = strict
        return options
    }
}

extension Language: ExpressibleByArgument {}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github
    var diagnosticFormat: DiagnosticFormat { DiagnosticFormat(rawValue: rawValue) ?? .text }
}

/// Prints diagnostics and a summary, and turns the status into the exit code.
func finish(_ result: BuildResult, options: SiteOptions, summary: ConsoleMessage) throws {
    let language = options.lang ?? result.language
    let text = DiagnosticFormatter.format(result.diagnostics, as: options.format.diagnosticFormat, language: language)
    if !text.isEmpty {
        FileHandle.standardError.write(Data(text.utf8))
    }
    if options.format == .text && !result.diagnostics.isEmpty {
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let counts = ConsoleMessage.summary(errors: errors, warnings: result.diagnostics.count - errors)
        FileHandle.standardError.write(Data((counts.text(in: language) + "\n").utf8))
    }
    if result.status == .success && options.format == .text {
        print(summary.text(in: language))
    }
    if result.status != .success { throw ExitCode(result.status.rawValue) }
}
