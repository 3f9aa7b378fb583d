import ArgumentParser
import Foundation
import SitegenCore

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
            // The folder is as the writer typed it: printed with its control and bidirectional
            // characters as visible escapes, as every name sitegen prints.
            files.forEach { print(PrintableText.escaped(directory + "/" + $0)) }
            print(ConsoleMessage.initialised(folder: directory).text(in: lang))
        case .failure(let failure):
            FileHandle.standardError.write(Data(("sitegen init: " + PrintableText.escaped(failure.message(in: lang)) + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
