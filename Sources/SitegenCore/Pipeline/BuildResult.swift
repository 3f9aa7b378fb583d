import Foundation

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
