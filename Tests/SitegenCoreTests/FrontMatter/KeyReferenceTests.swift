import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// docs/keys.md is the one the registry of kinds makes, and the registry is what the key schema,
/// the placement rules and `sitegen new` read.
@Suite struct KeyReferenceTests {
    @Test func theKeysReferenceIsMadeFromTheRegistry() throws {
        let url = repositoryRoot.appendingPathComponent("docs/keys.md")
        let made = KeyReference.markdown()
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try made.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("docs/keys.md was recorded; run the tests again without RECORD_GOLDEN")
            return
        }
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file == made, "docs/keys.md is stale: run RECORD_GOLDEN=1 swift test --filter KeyReference")
    }

    /// Every kind is declared once, with its keys; the schema the reader uses is the registry's.
    @Test(arguments: Kind.allCases)
    func eachKindsSchemaIsItsDeclaration(_ kind: Kind) {
        let declaration = ContentKinds.declaration(of: kind)
        #expect(declaration.kind == kind)
        #expect(KeySchema.keys(for: kind).map(\.name) == (ContentKinds.commonKeys + declaration.keys).map(\.name))
        let names = KeySchema.keys(for: kind).map(\.name)
        #expect(Set(names).count == names.count, "a key is declared twice for \(kind)")
        #expect(KeyReference.markdown().contains("\n## \(kind.rawValue)\n"))
    }

    /// What code asks of a kind comes from its declaration.
    @Test func documentsPartsAndNumberingComeFromTheRegistry() {
        #expect(Kind.documents == [.framework, .programme])
        #expect(Kind.parts == [.approach, .role, .initiative, .course, .section])
        #expect(ContentKinds.documents(holding: .role) == [.framework, .programme])
        #expect(ContentKinds.documents(holding: .initiative) == [.programme])
        #expect(Kind.allCases.filter { $0.declaration.numbering == .required } == [.approach, .initiative])
        #expect(Kind.parts.compactMap(\.expectsKey) == ["approaches", "roles", "initiatives", "courses", "sections"])
    }
}
