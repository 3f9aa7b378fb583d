import ArgumentParser
import Foundation
import SitegenCore

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
