import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// docs/fejlkoder.md, the writers' reference of the diagnostic codes, is the one the catalog makes.
@Suite struct ErrorCodeReferenceTests {
    @Test func theReferenceIsMadeFromTheCatalog() throws {
        let url = repositoryRoot.appendingPathComponent("docs/fejlkoder.md")
        let made = ErrorCodeReference.danishMarkdown()
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try made.write(to: url, atomically: true, encoding: .utf8)
        }
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file == made, "docs/fejlkoder.md is stale: run RECORD_GOLDEN=1 swift test --filter ErrorCodeReference")
    }

    @Test(arguments: DiagnosticCode.allCases)
    func everyCodeIsExplainedWithAFix(_ code: DiagnosticCode) {
        let reference = ErrorCodeReference.danishMarkdown()
        #expect(reference.contains("\n### \(code.rawValue)\n") || reference.contains("\n### \(code.rawValue) ("))
        #expect(code.danishReference.contains("*Sådan retter du:*"), "\(code.rawValue) says how to fix it")
    }

    @Test func codesAreKebabCaseAndUnique() {
        let raw = DiagnosticCode.allCases.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        for code in raw {
            #expect(code.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(code)")
        }
    }
}
