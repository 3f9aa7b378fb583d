import Foundation
import SitegenTestSupport
@testable import SitegenCore

/// Diagnostics with a given code.
func diagnostics(_ result: BuildResult, code: String) -> [Diagnostic] {
    result.diagnostics.filter { $0.code.rawValue == code }
}

/// Parses one content file's text through the first stages, returning its diagnostics.
func parseFile(_ text: String, path: String = "aarhus/grundlag/x.md") -> (ContentFile?, [Diagnostic]) {
    let site = try! TemporarySite(["content/" + path: text])
    let (file, bag) = ParseStage.parse(path, contentDirectory: site.directory.appendingPathComponent("content"), renderer: MarkdownRenderer())
    return (file, bag.sorted)
}
