import ArgumentParser
import Foundation
import SitegenCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content without writing anything.")

    @OptionGroup var options: SiteOptions

    func run() throws {
        var build = options.buildOptions()
        build.checkOnly = true
        let result = SiteBuilder.build(build)
        try finish(result, options: options, summary: .checked)
    }
}
