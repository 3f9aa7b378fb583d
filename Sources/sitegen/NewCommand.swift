import ArgumentParser
import Foundation
import SitegenCore

extension Kind: ExpressibleByArgument {}

struct New: ParsableCommand {
    /// `path` as `sitegen new` reads it: a path that, taken from the current folder, lands in the
    /// site's content/ (absolute, `../site/content/…`, or typed from inside a document's folder)
    /// becomes its path under content/; any other is read from the site folder.
    static func pathInContent(_ path: String, siteDirectory: URL) -> String {
        let content = siteDirectory.appendingPathComponent("content").standardizedFileURL.path + "/"
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let absolute = URL(fileURLWithPath: path, relativeTo: here).standardizedFileURL.path
        return absolute.hasPrefix(content) ? String(absolute.dropFirst(content.count)) : path
    }

    static let configuration = CommandConfiguration(
        abstract: "Write a new content file with the keys its kind needs.",
        discussion: "Example: sitegen new approach content/aarhus/ledelsesgrundlag/faglig-ledelse.md")

    @Argument(help: "The kind: municipality, framework, programme, approach, role, initiative, course, section or page.")
    var kind: Kind

    @Argument(help: "Where the file goes, e.g. content/aarhus/ledelsesgrundlag/faglig-ledelse.md.")
    var path: String

    @Option(name: .long, help: "The site folder (default: the current folder).")
    var site: String = "."

    @Option(name: .long, help: "Language of the messages: da, nb, nn, no or en (default: the site's language).")
    var lang: Language?

    func run() throws {
        let siteDirectory = URL(fileURLWithPath: site, isDirectory: true)
        switch Scaffold.newFile(kind: kind, path: Self.pathInContent(path, siteDirectory: siteDirectory), siteDirectory: siteDirectory) {
        case .success(let written):
            print(PrintableText.escaped(written))
        case .failure(let failure):
            let language = lang ?? SiteBuilder.siteLanguage(siteDirectory)
            FileHandle.standardError.write(Data(("sitegen new: " + PrintableText.escaped(failure.message(in: language)) + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
