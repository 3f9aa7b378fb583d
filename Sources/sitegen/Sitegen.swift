import ArgumentParser
import Foundation
import SitegenCore

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
            // The parser's message can quote what was typed (an unknown option, a bad value):
            // printed with its control and bidirectional characters as visible escapes.
            FileHandle.standardError.write(Data((PrintableText.escaped(message, keepingLineBreaks: true) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
