import Foundation
import Testing
import SitegenTestSupport

/// The folders of Sources/SitegenCore are layers, lowest first, in the order a build runs its
/// stages; a file may use the types of its own folder and of the folders below it, never of one
/// above (Model knows nothing of Markdown, Markdown nothing of Rendering). CONTRIBUTING.md has
/// the map. A new folder must be placed here.
@Suite struct LayeringTests {
    static let layers = [
        "Utilities", "Model", "Diagnostics", "Loading", "FrontMatter", "Markdown", "Validation",
        "Generated", "Rendering", "Output", "Pipeline", "Scaffolding",
    ]

    static let sources = repositoryRoot.appendingPathComponent("Sources/SitegenCore")

    /// Each folder's Swift files, as text without comments and string literals.
    static func files() throws -> [(folder: String, name: String, code: String)] {
        var files: [(String, String, String)] = []
        for folder in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted() {
            let url = sources.appendingPathComponent(folder)
            guard (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true else { continue }
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".swift") {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                files.append((folder, name, withoutCommentsAndStrings(text)))
            }
        }
        return files
    }

    /// `text` with `//` comments and the insides of string literals (multi-line and raw ones too) blanked.
    static func withoutCommentsAndStrings(_ text: String) -> String {
        var code = text.replacing(/#*"""[\s\S]*?"""#*/, with: "\"\"")
        code = code.replacing(/"(?:[^"\\\n]|\\.)*"/, with: "\"\"")
        return code.replacing(/\/\/[^\n]*/, with: "")
    }

    @Test func everyFolderIsALayer() throws {
        let folders = Set(try Self.files().map(\.folder))
        #expect(folders.subtracting(Self.layers).isEmpty, "place the new folder in LayeringTests.layers and CONTRIBUTING.md")
    }

    @Test func noFileUsesATypeOfAHigherLayer() throws {
        let files = try Self.files()
        var owner: [String: String] = [:]
        let declaration = /(?m)^(?:public |package |private |fileprivate )?(?:final |indirect )?(?:struct|enum|class|actor|protocol|typealias) (\w+)/
        for file in files {
            for match in file.code.matches(of: declaration) where owner[String(match.1)] == nil {
                owner[String(match.1)] = file.folder
            }
        }
        #expect(owner.count > 100, "the declarations were found")
        let rank = Dictionary(uniqueKeysWithValues: Self.layers.enumerated().map { ($1, $0) })
        var reaches: [String] = []
        for file in files {
            guard let level = rank[file.folder] else { continue }
            let words = Set(file.code.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
            for word in words {
                if let folder = owner[word], let other = rank[folder], other > level {
                    reaches.append("\(file.folder)/\(file.name) uses \(word) of \(folder)/")
                }
            }
        }
        #expect(reaches.sorted() == [], "a layer reaches up")
    }
}
