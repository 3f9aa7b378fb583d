import Foundation

/// Where the parts of one site are: the one description of its folders that the build, the
/// check and the preview's rebuilds all read.
struct SiteLayout: Sendable {
    /// The site folder (holds sitegen.yml, content/, themes/).
    let siteDirectory: URL
    /// content/: the Markdown files and the files beside them.
    let contentDirectory: URL
    /// Where the site is written: `--output`, else output/ in the site folder.
    let outputDirectory: URL
    /// How the writer named the output folder, for a diagnostic about it: `output` for the
    /// site's own output/, `--output` for one given on the command line.
    let outputSource: String

    /// The folders of the site in `options`.
    init(_ options: BuildOptions) {
        siteDirectory = options.siteDirectory.standardizedFileURL
        contentDirectory = siteDirectory.appendingPathComponent("content")
        outputDirectory = (options.outputDirectory ?? siteDirectory.appendingPathComponent("output")).standardizedFileURL
        outputSource = options.outputDirectory == nil ? "output" : "--output"
    }

    /// True when content/ exists and is a folder.
    var hasContentDirectory: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
