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
    package var parallel = true
    /// Also write a PDF of each document (also `pdf: true` in sitegen.yml).
    public var pdf = false
    /// Never write PDFs, whatever sitegen.yml says (`sitegen serve` does not keep them up to date).
    package var neverPDF = false
    /// The environment: `WEASYPRINT` and `PATH` (finding WeasyPrint), `SITEGEN_PDF_TIMEOUT` (seconds
    /// a PDF may take), `SOURCE_DATE_EPOCH` (the PDFs' date) and `SITEGEN_TIMINGS=1` (stage times).
    package var environment = ProcessInfo.processInfo.environment
    /// Return each file's parse with its stamp, and each search entry, in the result (the
    /// incremental builder's first build, which keeps them).
    var keepsParsedFiles = false

    /// Creates options for the site in `siteDirectory`.
    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory
    }
}

extension SiteLayout {
    /// The folders of the site in `options`.
    init(_ options: BuildOptions) {
        self.init(siteDirectory: options.siteDirectory, outputDirectory: options.outputDirectory)
    }
}
