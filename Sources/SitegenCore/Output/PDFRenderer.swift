import Foundation
import Synchronization

/// Renders print pages to tagged PDF/UA-1 files with WeasyPrint, run as a separate process per
/// document, several at a time: sitegen's own script (`WeasyPrintScript`) in the Python of the
/// `weasyprint` command, so that WeasyPrint reads only files of the folder it renders.
struct PDFRenderer: Sendable {
    /// The Python interpreter of the `weasyprint` command.
    let executable: URL
    /// How long one document may take before WeasyPrint is stopped: `$SITEGEN_PDF_TIMEOUT`
    /// seconds, else ten minutes (a PDF of a long document takes seconds).
    var timeout: TimeInterval = 600
    /// The address space one WeasyPrint may take, in bytes: `$SITEGEN_PDF_MEMORY_MB` megabytes,
    /// else 4 GB (a long document takes a few hundred MB), so a hostile picture cannot take the
    /// build machine's memory.
    var memoryLimit: Int = 4 << 30

    /// One PDF to make.
    struct Job: Sendable {
        /// The document's index.md, for diagnostics.
        let document: SourceLocation
        /// The print page in the staging folder.
        let html: URL
        /// The folder WeasyPrint may read files from: the staging folder.
        let root: URL
        /// Where the PDF goes.
        let pdf: URL
        /// The creation date written into the PDF, in seconds since 1970: the same input gives
        /// the same bytes.
        let epoch: Int
    }

    /// Why there is no WeasyPrint to make PDFs with.
    struct Unavailable: Error {
        let problem: Problem
    }

    /// Finds WeasyPrint: `$WEASYPRINT`, else `weasyprint` on the PATH; it must offer PDF/UA-1.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<PDFRenderer, Unavailable> {
        var candidates: [String] = []
        if let explicit = environment["WEASYPRINT"], !explicit.isEmpty {
            candidates = [explicit]
        } else {
            candidates = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map { "\($0)/weasyprint" }
        }
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return .failure(Unavailable(problem: .weasyprintMissing))
        }
        guard let python = WeasyPrintInterpreter.find(forCommand: path, environment: environment) else {
            return .failure(Unavailable(problem: .weasyprintWithoutPython(path: path)))
        }
        var renderer = PDFRenderer(executable: URL(fileURLWithPath: python))
        if let seconds = environment["SITEGEN_PDF_TIMEOUT"].flatMap(TimeInterval.init), seconds > 0 { renderer.timeout = seconds }
        if let megabytes = environment["SITEGEN_PDF_MEMORY_MB"].flatMap(Int.init), (64...1 << 20).contains(megabytes) {
            renderer.memoryLimit = megabytes << 20
        }
        let variants = try? renderer.withScript { script in renderer.output(of: [script.path, "--check"]) }
        guard let variants = variants ?? nil, variants.split(whereSeparator: \.isWhitespace).contains("pdf/ua-1") else {
            return .failure(Unavailable(problem: .weasyprintWithoutPDFUA(path: path)))
        }
        return .success(renderer)
    }

    /// Runs `body` with sitegen's script written to a file of its own temporary folder, which is
    /// removed after. A file, not `-c`: Python puts the script's folder first on its module path
    /// (with `-c`, the working directory, where a `weasyprint.py` of the site would be imported).
    private func withScript<T>(_ body: (URL) -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-weasyprint-\(UUID().uuidString)")
        Interruption.writing(into: folder)
        defer {
            try? FileManager.default.removeItem(at: folder)
            Interruption.done(with: folder)
        }
        let script = folder.appendingPathComponent("sitegen_pdf.py")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(WeasyPrintScript.source.utf8).write(to: script)
        return body(script)
    }

    /// Makes every PDF; returns the jobs that failed with why, in WeasyPrint's last words where it has them.
    func render(_ jobs: [Job], parallel: Bool) -> [(job: Job, failure: Problem.PDFFailure)] {
        do {
            return try withScript { script in
                ResultSlots.collect(count: jobs.count, parallel: parallel) { index in
                    self.run(jobs[index], script: script).map { (job: jobs[index], failure: $0) }
                }
            }
        } catch {
            return jobs.map { (job: $0, failure: .notStarted(FailureCause(error))) }
        }
    }

    /// Runs WeasyPrint for one job; nil on success, else what went wrong.
    private func run(_ job: Job, script: URL) -> Problem.PDFFailure? {
        let process = Process()
        process.executableURL = executable
        // WeasyPrint may read files inside the job's root only.
        process.arguments = [script.path, job.root.path, job.html.path, job.pdf.path]
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(job.epoch)
        // WeasyPrint orders some PDF objects by Python's randomised string hashes; a fixed
        // seed makes the same input give the same bytes.
        environment["PYTHONHASHSEED"] = "0"
        // Read by sitegen's script, which also clears the signal mask it inherits.
        environment["SITEGEN_PDF_MEMORY_LIMIT"] = String(memoryLimit)
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .notStarted(FailureCause(error))
        }
        let processIdentifier = process.processIdentifier
        Interruption.started(process: processIdentifier)
        defer { Interruption.ended(process: processIdentifier) }
        // A WeasyPrint that hangs would hang the build (and CI) with it. SIGKILL: WeasyPrint is
        // started from a Dispatch worker whose blocked signals it inherits, so a SIGTERM could
        // wait forever (a security review: the build hung past the limit).
        let stopped = StoppedFlag()
        let deadline = DispatchWorkItem {
            guard process.isRunning else { return }
            stopped.set()
            Interruption.end(process: processIdentifier)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        deadline.cancel()
        if stopped.isSet {
            return .timedOut(limit: timeout)
        }
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: job.pdf.path) else {
            let text = String(decoding: data, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " ")
            return text.isEmpty ? .exited(status: process.terminationStatus) : .said(text)
        }
        return nil
    }

    private func output(of arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Seconds since 1970-01-01 at midnight UTC of `date`.
    static func epoch(of date: CalendarDate) -> Int {
        // Days from civil (Howard Hinnant's algorithm).
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (date.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + date.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return (era * 146_097 + doe - 719_468) * 86_400
    }
}

/// Set once, read after: whether the deadline stopped WeasyPrint.
private final class StoppedFlag: Sendable {
    private let value = Mutex(false)

    func set() { value.withLock { $0 = true } }
    var isSet: Bool { value.withLock { $0 } }
}
