import ArgumentParser
import Foundation
import SitegenCore
import SitegenServer

/// The `sitegen` command: a thin layer over `SiteBuilder`.
@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds municipal school-leadership frameworks into an accessible website.",
        subcommands: [Build.self, Check.self, Serve.self, New.self, Init.self, Schema.self],
        defaultSubcommand: Build.self
    )

    /// Runs the command; a usage error exits with status 2, as the content format promises.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
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

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve output/ on this machine, and rebuild and reload the browser on every change.")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "The port to listen on.")
    var port: UInt16 = 8080

    @Option(name: .long, help: "The address to listen on (default: 127.0.0.1, this machine only).")
    var host = "127.0.0.1"

    @Flag(name: .long, help: "Open the site in the browser.")
    var open = false

    func run() async throws {
        var settings = PreviewServer.Settings()
        settings.port = port
        settings.host = host
        settings.language = options.lang
        let server = PreviewServer(options: options.buildOptions(), settings: settings) { message in
            FileHandle.standardError.write(Data(message.utf8))
        }
        let task = Task {
            try await server.run { url in
                FileHandle.standardOutput.write(Data("sitegen serves \(url) (Ctrl-C stops)\n".utf8))
                if open { Self.openBrowser(url) }
            }
        }
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stop: @Sendable () -> Void = { task.cancel() }
        let sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler(handler: stop)
            source.resume()
            return source
        }
        defer { sources.forEach { $0.cancel() } }
        do {
            try await task.value
        } catch is CancellationError {
        } catch {
            FileHandle.standardError.write(Data("sitegen serve: cannot listen on \(host):\(port): \(error). Is the port taken? Choose another with --port.\n".utf8))
            throw ExitCode(2)
        }
        print("sitegen serve stopped")
    }

    static func openBrowser(_ url: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url.absoluteString]
        try? process.run()
    }
}

extension Kind: ExpressibleByArgument {}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new content file with the keys its kind needs.",
        discussion: "Example: sitegen new approach content/aarhus/ledelsesgrundlag/faglig-ledelse.md")

    @Argument(help: "The kind: municipality, framework, programme, approach, role, initiative, course, section or page.")
    var kind: Kind

    @Argument(help: "Where the file goes, e.g. content/aarhus/ledelsesgrundlag/faglig-ledelse.md.")
    var path: String

    @Option(name: .long, help: "The site folder (default: the current folder).")
    var site: String = "."

    @Option(name: .long, help: "Language of the messages: da, nb, nn, no or en.")
    var lang: Language = .da

    func run() throws {
        switch Scaffold.newFile(kind: kind, path: path, siteDirectory: URL(fileURLWithPath: site, isDirectory: true)) {
        case .success(let written):
            print(written)
        case .failure(let message):
            FileHandle.standardError.write(Data(("sitegen new: " + message.text(for: lang) + "\n").utf8))
            throw ExitCode(2)
        }
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a new site with sitegen.yml, one municipality and one framework, ready to build.")

    @Argument(help: "The folder to make the site in (must be empty or new).")
    var directory: String

    @Option(name: .long, help: "Language of the messages: da, nb, nn, no or en.")
    var lang: Language = .da

    func run() throws {
        switch Scaffold.initSite(at: URL(fileURLWithPath: directory, isDirectory: true)) {
        case .success(let files):
            files.forEach { print(directory + "/" + $0) }
            print("\nNext: cd \(directory) && sitegen build")
        case .failure(let message):
            FileHandle.standardError.write(Data(("sitegen init: " + message.text(for: lang) + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
