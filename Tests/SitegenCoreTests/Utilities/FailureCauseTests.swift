import Foundation
import Testing
@testable import SitegenCore

/// A failed operation keeps its error number, so each catalog can say it in its language.
@Suite struct FailureCauseTests {
    @Test func aFileInTheWayOfAFolderIsNotADirectory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-folders-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try Folders.create(root.appendingPathComponent("a/b").path)
        try Data("x".utf8).write(to: root.appendingPathComponent("a/b/file"))
        #expect(throws: FailureCause(errorNumber: ENOTDIR)) { try Folders.create(root.appendingPathComponent("a/b/file/c").path) }
        #expect(FailureCause(errorNumber: ENOTDIR).danish == "der ligger en fil, hvor der skulle være en mappe")
    }

    @Test func aMissingFileIsNamedInTheWritersLanguage() {
        #expect(throws: (any Error).self) { try Data(contentsOf: URL(fileURLWithPath: "/nonexistent/sitegen/x")) }
        do {
            _ = try Data(contentsOf: URL(fileURLWithPath: "/nonexistent/sitegen/x"))
        } catch {
            let cause = FailureCause(error)
            #expect(cause.errorNumber == ENOENT, "\(error)")
            #expect(cause.norwegian == "filen eller mappen finnes ikke")
        }
    }
}
