import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

/// Names and types read from readdir(3) records in place (an audit found `sitegen serve`
/// crashing when the whole `struct dirent` was copied: AddressSanitizer reports a
/// heap-buffer-overflow for that pattern on a folder like this one).
final class DirectoryEntryTests: XCTestCase {
    func testNamesAndTypesAreReadInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-dirent-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mappe"), withIntermediateDirectories: true)
        var expected: Set<String> = ["mappe"]
        for index in 0..<600 {
            let name = "billede-\(index)-" + String(repeating: "æ", count: index % 40) + ".png"
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data())
            expected.insert(name)
        }
        let directory = try XCTUnwrap(opendir(folder.path))
        defer { closedir(directory) }
        var found = Set<String>()
        var folders: [String] = []
        while let entry = readdir(directory) {
            let name = DirectoryEntry.name(of: entry)
            guard name != ".", name != ".." else { continue }
            found.insert(name)
            if DirectoryEntry.type(of: entry) == UInt8(DT_DIR) { folders.append(name) }
        }
        XCTAssertEqual(found, expected)
        XCTAssertEqual(folders, ["mappe"])
    }
}
