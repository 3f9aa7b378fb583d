import Foundation
import Synchronization

/// Writes a build into a staging folder beside output/ and swaps it in only when everything
/// succeeded, so a failed build leaves output/ exactly as it was.
final class OutputWriter: Sendable {
    /// The folder the finished build replaces.
    let destination: URL
    /// The folder written to during the build.
    let staging: URL
    /// The folders made so far, so each is made once however many workers write into it.
    private let createdFolders = Mutex(Set<String>())
    private let failures = Mutex<[Problem]>([])

    /// Creates the staging folder.
    init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        let name = ".\(self.destination.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        staging = parent.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: staging)
        Self.removeLeftovers(of: self.destination)
        try Folders.create(staging.path)
        Interruption.writing(into: staging)
        // The mark by which the next build knows the folder as sitegen's (`OutputLocation`).
        write(OutputLocation.markerText, to: OutputLocation.markerName)
    }

    /// Writes `data` to `path` under the staging folder. `path` comes from slugs checked by the
    /// scanner; anything that would leave the folder is refused.
    func write(_ data: Data, to path: String) {
        data.withUnsafeBytes { write(bytes: $0, to: path) }
    }

    /// Writes text as UTF-8.
    func write(_ text: String, to path: String) {
        var text = text
        text.withUTF8 { write(bytes: UnsafeRawBufferPointer($0), to: path) }
    }

    /// Writes `bytes` with plain POSIX calls: no intermediate copy, no fsync per file (the
    /// staging folder is swapped in whole at the end, which is what makes the build atomic).
    private func write(bytes: UnsafeRawBufferPointer, to path: String) {
        guard Self.isSafe(path) else {
            record(.writeOutsideOutput(path: path))
            return
        }
        let url = staging.appendingPathComponent(path)
        let folder = url.deletingLastPathComponent().path
        do {
            if !createdFolders.withLock({ $0.contains(folder) }) {
                try Folders.create(folder)
                createdFolders.withLock { _ = $0.insert(folder) }
            }
            try Self.writeFile(atPath: url.path, bytes: bytes)
        } catch {
            record(.cannotWriteFile(path: path, cause: FailureCause(error)))
        }
    }

    /// Creates (or truncates) the file at `path` and writes all of `bytes` to it.
    static func writeFile(atPath path: String, bytes: UnsafeRawBufferPointer) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FailureCause.current() }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FailureCause.current()
            }
            offset += written
        }
    }

    /// Copies a file into the staging folder.
    func copy(_ source: URL, to path: String) {
        let data: Data
        do {
            data = try Data(contentsOf: source)
        } catch {
            record(.cannotCopyFile(path: source.path, cause: FailureCause(error)))
            return
        }
        write(data, to: path)
    }

    /// Problems met while writing.
    var errors: [Problem] { failures.withLock { $0 } }

    /// Replaces output/ with the staging folder.
    func commit() throws {
        // From here the staging folder becomes output/: a stop now leaves it to the next build's
        // `removeLeftovers`, rather than removing it halfway through the swap.
        Interruption.done(with: staging)
        let fm = FileManager.default
        let old = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        if fm.fileExists(atPath: destination.path) {
            try fm.moveItem(at: destination, to: old)
        }
        do {
            try fm.moveItem(at: staging, to: destination)
        } catch {
            if fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: destination) }
            throw error
        }
        try? fm.removeItem(at: old)
    }

    /// Removes staging and old folders that an interrupted build (one whose process is gone) left
    /// beside the destination.
    static func removeLeftovers(of destination: URL) {
        let parent = destination.deletingLastPathComponent()
        let prefixes = [".\(destination.lastPathComponent).tmp-", ".\(destination.lastPathComponent).old-"]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }),
                  let pid = Int32(name.dropFirst(prefix.count)), pid != ProcessInfo.processInfo.processIdentifier,
                  kill(pid, 0) != 0 else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Removes the staging folder after a failed build.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
        Interruption.done(with: staging)
    }

    /// Removes a file the build wrote only for itself (a PDF's source) from the staging folder;
    /// a file that cannot be removed is a failure, since it would be published.
    func remove(_ path: String) {
        guard Self.isSafe(path) else { return record(.writeOutsideOutput(path: path)) }
        do {
            try FileManager.default.removeItem(at: staging.appendingPathComponent(path))
        } catch {
            record(.cannotWriteFile(path: path, cause: FailureCause(error)))
        }
    }

    private func record(_ problem: Problem) {
        failures.withLock { $0.append(problem) }
    }

    /// True for a relative path of plain names, without `..`, `.` or empty parts.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        guard !path.utf8.contains(UInt8(ascii: "\\")), !path.utf8.contains(0) else { return false }
        return path.slashSplit(omittingEmpty: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
