import ArgumentParser
import Foundation
import SitegenCore

/// The `sitegen` command: a thin layer over `SiteBuilder`.
@main
struct Sitegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds municipal school-leadership frameworks into an accessible website.",
        subcommands: [Build.self, Check.self],
        defaultSubcommand: Build.self
    )

    /// Runs the command; a usage error exits with status 2, as the content format promises.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if status == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

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

    func buildOptions() -> BuildOptions {
        var options = BuildOptions(siteDirectory: URL(fileURLWithPath: site, isDirectory: true))
        options.includeDrafts = drafts
        options.strict = strict
        return options
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github
    var diagnosticFormat: DiagnosticFormat { DiagnosticFormat(rawValue: rawValue) ?? .text }
}

/// Prints diagnostics and a summary, and turns the status into the exit code.
func finish(_ result: BuildResult, format: OutputFormat, summary: String) throws {
    let text = DiagnosticFormatter.format(result.diagnostics, as: format.diagnosticFormat)
    if !text.isEmpty {
        FileHandle.standardError.write(Data(text.utf8))
    }
    if format == .text {
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        var line = summary
        if errors + warnings > 0 { line = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")" + (result.status == .success ? "; " + summary : "") }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
    if result.status != .success { throw ExitCode(result.status.rawValue) }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into output/.")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Where to write the site (default: output/ in the site folder).")
    var output: String?

    func run() throws {
        var build = options.buildOptions()
        if let output { build.outputDirectory = URL(fileURLWithPath: output, isDirectory: true) }
        let result = SiteBuilder.build(build)
        try finish(result, format: options.format, summary: result.status == .success ? "built \(result.pagesWritten.count) pages" : "nothing was written")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content without writing anything.")

    @OptionGroup var options: SiteOptions

    func run() throws {
        var build = options.buildOptions()
        build.checkOnly = true
        let result = SiteBuilder.build(build)
        try finish(result, format: options.format, summary: "no problems found")
    }
}
