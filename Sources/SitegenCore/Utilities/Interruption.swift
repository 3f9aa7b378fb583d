import Foundation
import Synchronization

/// What a running build leaves behind if it is stopped (Ctrl-C, SIGTERM): the WeasyPrint
/// processes it started and the folders it writes into (the staging folder, the PDF script's
/// folder). When the command line has installed the handlers, a stopped build ends those
/// processes and removes those folders before it exits, instead of leaving WeasyPrint running
/// and half a site beside output/.
package enum Interruption {
    private struct Leftovers {
        var processes: Set<pid_t> = []
        var folders: Set<String> = []
    }

    private static let leftovers = Mutex(Leftovers())
    private static let stopping = Mutex(false)

    /// A process to end if the build is stopped; `processIdentifier` leads its own process group
    /// (Foundation's `Process` starts each child in a group of its own), so the group is ended.
    static func started(process processIdentifier: pid_t) {
        leftovers.withLock { _ = $0.processes.insert(processIdentifier) }
    }

    static func ended(process processIdentifier: pid_t) {
        leftovers.withLock { _ = $0.processes.remove(processIdentifier) }
    }

    /// A folder to remove if the build is stopped.
    static func writing(into folder: URL) {
        leftovers.withLock { _ = $0.folders.insert(folder.path) }
    }

    static func done(with folder: URL) {
        leftovers.withLock { _ = $0.folders.remove(folder.path) }
    }

    /// Ends a process and its group at once: SIGKILL, which no signal mask or handler holds back.
    static func end(process processIdentifier: pid_t) {
        guard processIdentifier > 0 else { return }
        _ = kill(-processIdentifier, SIGKILL)
        _ = kill(processIdentifier, SIGKILL)
    }

    /// Makes SIGINT and SIGTERM end the registered processes, remove the registered folders and
    /// exit with 128 + the signal's number, as a shell reports it. The handlers work while the
    /// caller keeps what this returns.
    package static func installHandlers() -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { stop(signalNumber) }
            source.resume()
            return source
        }
    }

    /// Ends what the build started and exits.
    static func stop(_ signalNumber: Int32) -> Never {
        stopping.withLock { $0 = true }
        let left = leftovers.withLock { $0 }
        for process in left.processes { end(process: process) }
        // The build goes on meanwhile: with WeasyPrint gone it fails and removes its staging
        // folder too, and two removals of one tree each stop at the other's gaps; so again until
        // the folder is gone.
        for folder in left.folders {
            for _ in 0..<100 where FileManager.default.fileExists(atPath: folder) {
                try? FileManager.default.removeItem(atPath: folder)
                if FileManager.default.fileExists(atPath: folder) { usleep(10_000) }
            }
        }
        _exit(128 + signalNumber)
    }

    /// Waits for the exit once a stop has begun, so that the build, which fails when its
    /// WeasyPrint is ended, does not exit first with its own status.
    package static func waitIfStopping() {
        guard stopping.withLock({ $0 }) else { return }
        while true { pause() }
    }
}
