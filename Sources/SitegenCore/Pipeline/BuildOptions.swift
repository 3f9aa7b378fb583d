import Foundation

/// What a build or a check should do.
public struct BuildOptions: Sendable {
    /// The site folder (holds sitegen.yml, content/, themes/).
    public var siteDirectory: URL
    /// Where to write; defaults to `output/` in the site folder.
    public var outputDirectory: URL?
    /// Include files with `draft: true`.
    public var includeDrafts = false
    /// Make warnings fail the build (also `strict: true` in sitegen.yml).
    public var strict = false
    /// Validate only; write nothing.
    public var checkOnly = false
    /// Use every core.
    public var parallel = true
    /// Also write a PDF of each document (also `pdf: true` in sitegen.yml).
    public var pdf = false
    /// Never write PDFs, whatever sitegen.yml says (`sitegen serve` does not keep them up to date).
    public var neverPDF = false
    /// The environment, for `WEASYPRINT`, `PATH` and `SOURCE_DATE_EPOCH`.
    public var environment = ProcessInfo.processInfo.environment
    /// Return each file's parse with its stamp, and each search entry, in the result (the
    /// incremental builder's first build, which keeps them).
    var keepsParsedFiles = false

    /// Creates options for the site in `siteDirectory`.
    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory
    }
}

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

/// The outcome of a build: its status, every diagnostic sorted, and what was written.
public struct BuildResult: Sendable {
    /// How the build ended; its raw value is the exit status.
    public var status: BuildStatus
    /// Every diagnostic, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// Paths of the pages written, relative to output/.
    public var pagesWritten: [String] = []
    /// The site's language from sitegen.yml (Danish when it could not be read): the language
    /// diagnostics are shown in unless `--lang` says otherwise.
    public var language: Language = .da
    /// Each content file's parse with its stamp, when `BuildOptions.keepsParsedFiles` asked.
    var parsedFiles: [ParseStage.ParsedFile] = []
    /// The search index's entry of each file, with the file's revision and language, when
    /// `BuildOptions.keepsParsedFiles` asked.
    var searchEntries: [ContentID: SearchIndex.KeptEntry] = [:]
}
