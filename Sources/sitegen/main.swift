import ArgumentParser
import Foundation
import SitegenCore

/// The `sitegen` command: a thin layer over `SiteBuilder`.
@main
struct Sitegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds municipal school-leadership frameworks into an accessible website.",
        subcommands: [Build.self, Check.self, Schema.self],
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
func finish(_ result: BuildResult, options: SiteOptions, summary: String) throws {
    let language = options.lang ?? result.language
    let text = DiagnosticFormatter.format(result.diagnostics, as: options.format.diagnosticFormat, language: language)
    if !text.isEmpty {
        FileHandle.standardError.write(Data(text.utf8))
    }
    if options.format == .text && !result.diagnostics.isEmpty {
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let words = DiagnosticFormatter.Words(language)
        FileHandle.standardError.write(Data("\(words.errors(errors)), \(words.warnings(result.diagnostics.count - errors))\n".utf8))
    }
    if result.status == .success && options.format == .text {
        print(summary)
    }
    if result.status != .success { throw ExitCode(result.status.rawValue) }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into output/.")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Where to write the site (default: output/ in the site folder).")
    var output: String?

    @Flag(name: .long, help: "Also write a tagged PDF (PDF/UA-1) of each document with WeasyPrint.")
    var pdf = false

    func run() throws {
        var build = options.buildOptions()
        if let output { build.outputDirectory = URL(fileURLWithPath: output, isDirectory: true) }
        build.pdf = pdf
        let result = SiteBuilder.build(build)
        try finish(result, options: options, summary: "built \(result.pagesWritten.count) pages into \(build.outputDirectory?.path ?? "output/")")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content without writing anything.")

    @OptionGroup var options: SiteOptions

    func run() throws {
        var build = options.buildOptions()
        build.checkOnly = true
        let result = SiteBuilder.build(build)
        try finish(result, options: options, summary: "checked: no errors")
    }
}

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a JSON Schema (draft 2020-12) for content front matter, or for sitegen.yml.")

    @Flag(name: .long, help: "The schema of sitegen.yml instead of content front matter.")
    var config = false

    func run() throws {
        print(config ? JSONSchemaWriter.configSchema() : JSONSchemaWriter.frontMatterSchema(), terminator: "")
    }
}
