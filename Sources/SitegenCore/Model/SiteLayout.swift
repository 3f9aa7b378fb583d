import Foundation

/// Where the parts of one site are: the one description of its folders that the build, the
/// check, the preview's rebuilds, the theme and `sitegen new` all read.
struct SiteLayout: Sendable {
    /// The site folder (holds sitegen.yml, content/, themes/).
    let siteDirectory: URL
    /// sitegen.yml.
    var configFile: URL { siteDirectory.appendingPathComponent("sitegen.yml") }
    /// content/: the Markdown files and the files beside them.
    let contentDirectory: URL
    /// themes/: the site's own themes.
    var themesDirectory: URL { siteDirectory.appendingPathComponent("themes") }
    /// Where the site is written: `--output`, else output/ in the site folder.
    let outputDirectory: URL
    /// How the writer named the output folder, for a diagnostic about it: `output` for the
    /// site's own output/, `--output` for one given on the command line.
    let outputSource: String

    /// The folders of the site in `siteDirectory`, written to `outputDirectory` (nil: its output/).
    init(siteDirectory: URL, outputDirectory: URL? = nil) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        contentDirectory = self.siteDirectory.appendingPathComponent("content")
        self.outputDirectory = (outputDirectory ?? self.siteDirectory.appendingPathComponent("output")).standardizedFileURL
        outputSource = outputDirectory == nil ? "output" : "--output"
    }

    /// True when content/ exists and is a folder.
    var hasContentDirectory: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
