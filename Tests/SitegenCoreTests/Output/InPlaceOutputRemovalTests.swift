import Foundation
import Testing
@testable import SitegenCore

/// `sitegen serve` removes vanished pages and files through the same path check as its writes
/// (issue 30: `removeFromOutput` deleted without it).
@Suite struct InPlaceOutputRemovalTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-inplace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("output/a/b"), withIntermediateDirectories: true)
        return url
    }

    @Test func aRemovalOutsideTheFolderIsRefused() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let outside = base.appendingPathComponent("secret.txt")
        try Data("x".utf8).write(to: outside)
        let output = InPlaceOutput(root: base.appendingPathComponent("output"))
        for path in ["../secret.txt", "a/../../secret.txt", "/etc/passwd", "a\\..\\..\\secret.txt", ""] {
            #expect(output.remove(path) == .failed(.writeOutsideOutput(path: path)), "\(path)")
        }
        #expect(FileManager.default.fileExists(atPath: outside.path))
    }

    @Test func aRemovedFileTakesItsEmptyFoldersButNotTheRoot() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let root = base.appendingPathComponent("output")
        try Data("p".utf8).write(to: root.appendingPathComponent("a/b/index.html"))
        let output = InPlaceOutput(root: root)
        #expect(output.remove("a/b/index.html") == .written)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("a").path))
        #expect(FileManager.default.fileExists(atPath: root.path))
        #expect(output.remove("a/b/index.html") == .unchanged)
    }
}
