import Foundation

/// How a build ended; the raw value is the process's exit status.
public enum BuildStatus: Int32, Sendable {
    /// Built (or checked) without errors.
    case success = 0
    /// The content has errors (or warnings under `--strict`).
    case contentErrors = 1
    /// The command or the configuration is wrong.
    case configurationError = 2

    /// The status of a build that stopped at `diagnostics`: a configuration error when one of
    /// the errors is in sitegen.yml (its footer's links are checked with the content), else
    /// content errors.
    static func failure(_ diagnostics: DiagnosticBag) -> BuildStatus {
        diagnostics.items.contains { $0.severity == .error && $0.location.file == "sitegen.yml" } ? .configurationError : .contentErrors
    }
}
