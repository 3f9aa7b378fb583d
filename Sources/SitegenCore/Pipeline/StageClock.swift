import Dispatch
import Foundation

/// Measures the wall time of each build stage and prints it on standard error when the
/// environment has `SITEGEN_TIMINGS=1` (used by the benchmark and when profiling).
final class StageClock {
    private let enabled: Bool
    private var last = DispatchTime.now().uptimeNanoseconds
    private var lines: [String] = []

    /// A clock that records only when `environment["SITEGEN_TIMINGS"]` is "1".
    init(environment: [String: String]) {
        enabled = environment["SITEGEN_TIMINGS"] == "1"
    }

    /// Records the time since the previous mark under `stage`.
    func mark(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let milliseconds = Double(now - last) / 1_000_000
        lines.append("timing: \(stage) \(Int(milliseconds.rounded())) ms")
        last = now
    }

    /// Prints what was recorded.
    func report() {
        guard enabled, !lines.isEmpty else { return }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
