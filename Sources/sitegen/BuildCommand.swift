import ArgumentParser
import Foundation
import SitegenCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into output/.")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Where to write the site (default: output/ in the site folder).")
    var output: String?

    @Flag(name: .long, help: "Also write a tagged PDF (PDF/UA-1) of each document with WeasyPrint.")
    var pdf = false

    func run() throws {
        // Ctrl-C ends WeasyPrint and removes the staging folder instead of leaving them behind.
        let handlers = Interruption.installHandlers()
        var build = options.buildOptions()
        if let output { build.outputDirectory = URL(fileURLWithPath: output, isDirectory: true) }
        build.pdf = pdf
        let result = withExtendedLifetime(handlers) { SiteBuilder.build(build) }
        Interruption.waitIfStopping()
        try finish(result, options: options, summary: .built(pages: result.pagesWritten.count, folder: build.outputDirectory?.path ?? "output/"))
    }
}
