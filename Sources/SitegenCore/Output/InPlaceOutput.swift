import Foundation

/// Writes files straight into an output folder that is being served (`sitegen serve`), each
/// only when its bytes differ from the file there, through a temporary file and a rename so a
/// browser never reads half a page. Like `OutputWriter` it refuses a path that would leave the
/// folder, and it tells every failure to its caller instead of taking it for "unchanged".
struct InPlaceOutput: Sendable {
    /// The folder written into.
    let root: URL

    /// What became of one write.
    enum Outcome: Equatable, Sendable {
        /// The file already held these bytes.
        case unchanged
        /// The file was written.
        case written
        /// The file could not be written (`write-failed`); output/ keeps what it had at that path.
        case failed(Problem)
    }

    /// Writes `data` to `path` under the folder unless the file there holds the same bytes.
    func write(_ data: Data, to path: String) -> Outcome {
        guard OutputWriter.isSafe(path) else { return .failed(.writeOutsideOutput(path: path)) }
        let url = root.appendingPathComponent(path)
        if let existing = FileManager.default.contents(atPath: url.path), existing == data { return .unchanged }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        do {
            try Folders.create(url.deletingLastPathComponent().path)
            try data.withUnsafeBytes { try OutputWriter.writeFile(atPath: temporary.path, bytes: $0) }
            // rename(2) replaces the old file in one step (FileManager.replaceItemAt does not on Linux).
            guard rename(temporary.path, url.path) == 0 else { throw FailureCause.current() }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return .failed(.cannotWriteFile(path: path, cause: FailureCause(error)))
        }
        return .written
    }

    /// Removes the file at `path` under the folder, and each folder above it that is left
    /// empty, as a full build would not have them: `.written` when it was there, `.unchanged`
    /// when it was not. The same check as for a write: a path that would leave the folder is
    /// refused, so a vanished page or file never takes anything outside output/ with it.
    func remove(_ path: String) -> Outcome {
        guard OutputWriter.isSafe(path) else { return .failed(.writeOutsideOutput(path: path)) }
        var url = root.appendingPathComponent(path)
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return .unchanged }
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            return .failed(.cannotWriteFile(path: path, cause: FailureCause(error)))
        }
        let rootPath = root.standardizedFileURL.path
        while true {
            url = url.deletingLastPathComponent()
            guard url.standardizedFileURL.path.count > rootPath.count,
                  (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.isEmpty == true,
                  (try? FileManager.default.removeItem(at: url)) != nil else { break }
        }
        return .written
    }
}
