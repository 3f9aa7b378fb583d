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
        /// The file could not be written; output/ keeps what it had at that path.
        case failed(WriteFailure)
    }

    /// Writes `data` to `path` under the folder unless the file there holds the same bytes.
    func write(_ data: Data, to path: String) -> Outcome {
        guard OutputWriter.isSafe(path) else { return .failed(WriteFailure(path: path, reason: .outsideOutput)) }
        let url = root.appendingPathComponent(path)
        if let existing = FileManager.default.contents(atPath: url.path), existing == data { return .unchanged }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.withUnsafeBytes { try OutputWriter.writeFile(atPath: temporary.path, bytes: $0) }
            // rename(2) replaces the old file in one step (FileManager.replaceItemAt does not on Linux).
            guard rename(temporary.path, url.path) == 0 else { throw FailureCause.current() }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return .failed(WriteFailure(path: path, reason: .cannotWrite(FailureCause(error))))
        }
        return .written
    }
}

/// A file of the site that could not be written.
struct WriteFailure: Hashable, Sendable {
    /// Why.
    enum Reason: Hashable, Sendable {
        /// The path would leave the output folder.
        case outsideOutput
        /// The system refused the write.
        case cannotWrite(FailureCause)
        /// The file to copy (a picture beside the content) could not be read.
        case cannotRead(source: String)
    }

    /// The path under the output folder.
    let path: String
    let reason: Reason
}

extension WriteFailure {
    /// The failure as the diagnostic `write-failed`, at the output folder.
    func diagnostic(outputDirectory: URL) -> Diagnostic {
        let text: LocalizedText
        switch reason {
        case .outsideOutput:
            text = LocalizedText(en: "refused to write outside output/: \(path)", da: "nægtede at skrive uden for output/: \(path)", nb: "nektet å skrive utenfor output/: \(path)")
        case .cannotWrite(let cause):
            text = LocalizedText(en: "cannot write \(path): \(cause.english)", da: "kan ikke skrive \(path): \(cause.danish)", nb: "kan ikke skrive \(path): \(cause.norwegian)")
        case .cannotRead(let source):
            text = LocalizedText(en: "cannot read \(source)", da: "kan ikke læse \(source)", nb: "kan ikke lese \(source)")
        }
        return Diagnostic(.error, "write-failed", at: SourceLocation(file: outputDirectory.path), text)
    }
}
