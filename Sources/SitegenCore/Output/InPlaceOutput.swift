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
}
