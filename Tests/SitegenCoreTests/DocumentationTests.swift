import Foundation
import XCTest

/// The writers' documentation stays true to the code.
final class DocumentationTests: XCTestCase {
    /// Every diagnostic code the sources can report, found where diagnostics are made.
    private func codesInSources() throws -> Set<String> {
        let sources = repositoryRoot.appendingPathComponent("Sources/SitegenCore")
        var codes = Set<String>()
        let patterns = [
            #"(?:error|warning)\(\s*"([a-z0-9-]+)""#,
            #"Diagnostic\(\.(?:error|warning), "([a-z0-9-]+)""#,
            #"code: "([a-z0-9-]+)""#,
            #"(?:error|warning)\(\s*[a-zA-Z.]+ \? "([a-z0-9-]+)" : "[a-z0-9-]+""#,
            #"(?:error|warning)\(\s*[a-zA-Z.]+ \? "[a-z0-9-]+" : "([a-z0-9-]+)""#,
        ]
        for (_, url) in try FileManager.default.subpathsOfDirectory(atPath: sources.path).filter({ $0.hasSuffix(".swift") })
            .map({ ($0, sources.appendingPathComponent($0)) }) {
            let text = try String(contentsOf: url, encoding: .utf8)
            for pattern in patterns {
                let regex = try NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let range = Range(match.range(at: 1), in: text) { codes.insert(String(text[range])) }
                }
            }
        }
        return codes
    }

    func testEveryDiagnosticCodeIsDocumentedInDanish() throws {
        let doc = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/fejlkoder.md"), encoding: .utf8)
        let codes = try codesInSources()
        XCTAssertGreaterThan(codes.count, 40)
        for code in codes.sorted() {
            XCTAssertTrue(doc.contains("### \(code)\n") || doc.contains("### \(code) ("), "docs/fejlkoder.md lacks '### \(code)'")
        }
    }
}
