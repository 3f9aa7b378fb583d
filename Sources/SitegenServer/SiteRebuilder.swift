import Dispatch
import Foundation
import SitegenCore

/// Owns the preview's `IncrementalBuilder`: one rebuild at a time, each on a thread of its own
/// rather than on Swift's cooperative pool, whose few threads answer the browser's requests
/// and the live-reload socket while a rebuild keeps a core busy.
actor SiteRebuilder {
    private let builder: IncrementalBuilder
    private let executor = DispatchQueueExecutor(label: "sitegen.rebuild")
    /// The folder the site is written to.
    nonisolated let outputDirectory: URL

    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// A rebuilder for the site and output folder of `options`.
    init(options: BuildOptions) {
        let builder = IncrementalBuilder(options: options)
        outputDirectory = builder.outputDirectory
        self.builder = builder
    }

    /// Brings output/ up to date: after `changedMarkdownFiles` changed and nothing else did (the
    /// builder's quick path), or with a full comparison when it is nil.
    func rebuild(changedMarkdownFiles: [String]?) -> IncrementalBuilder.Report {
        if let changedMarkdownFiles { return builder.rebuild(changedMarkdownFiles: changedMarkdownFiles) }
        return builder.rebuild()
    }
}

/// Runs an actor's jobs, one after another, on a serial dispatch queue of its own.
final class DispatchQueueExecutor: SerialExecutor {
    private let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
