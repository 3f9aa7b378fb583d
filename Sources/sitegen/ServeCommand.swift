import ArgumentParser
import Foundation
import SitegenCore
import SitegenServer

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
        // Before anything is built: a taken port must not rebuild the running preview's output/.
        let language = options.lang ?? SiteBuilder.siteLanguage(options.buildOptions().siteDirectory)
        if let reason = ListenAddress.problem(host: host, port: port) {
            say(.cannotListen(host: host, port: port, reason: reason), in: language, to: .standardError)
            throw ExitCode(2)
        }
        var settings = PreviewServer.Settings()
        settings.port = port
        settings.host = host
        settings.language = options.lang
        settings.format = options.format.diagnosticFormat
        let server = PreviewServer(options: options.buildOptions(), settings: settings) { message in
            // Diagnostics and messages of several lines, printable already; escaped again in case.
            FileHandle.standardError.write(Data(PrintableText.escaped(message, keepingLineBreaks: true).utf8))
        }
        let task = Task {
            try await server.run { url in
                say(.serving(url: url.absoluteString), in: language, to: .standardOutput)
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
            say(.listeningFailed(host: host, port: port, detail: "\(error)"), in: language, to: .standardError)
            throw ExitCode(2)
        }
        say(.stopped, in: language, to: .standardOutput)
    }

    /// Writes `message` in `language`, on a line of its own.
    private func say(_ message: ConsoleMessage, in language: Language, to handle: FileHandle) {
        handle.write(Data((message.text(in: language) + "\n").utf8))
    }

    static func openBrowser(_ url: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url.absoluteString]
        try? process.run()
    }
}
