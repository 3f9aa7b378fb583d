import ArgumentParser
import Foundation
import SitegenCore

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a JSON Schema (draft 2020-12) for content front matter, or for sitegen.yml.")

    @Flag(name: .long, help: "The schema of sitegen.yml instead of content front matter.")
    var config = false

    func run() throws {
        print(config ? JSONSchemaWriter.configSchema() : JSONSchemaWriter.frontMatterSchema(), terminator: "")
    }
}
