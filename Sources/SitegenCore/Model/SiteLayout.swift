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

    /// True when content/ itself is a symbolic link. sitegen reads nothing through it: a link
    /// could publish files from anywhere (`content` → the writer's home folder). Links under
    /// content/ are `ContentScanner`'s.
    var contentIsSymbolicLink: Bool { Self.isSymbolicLink(contentDirectory) }

    /// The theme folders among themes/ and `themes/NAME` for each of `names` that are themselves
    /// symbolic links, as paths in the site folder (`themes`, `themes/default`), sorted: sitegen
    /// reads none of them through the link. Under a linked themes/ only `themes` is named.
    func linkedThemeFolders(_ names: [String]) -> [String] {
        if Self.isSymbolicLink(themesDirectory) { return ["themes"] }
        return Set(names).sorted().filter { Self.isSymbolicLink(themesDirectory.appendingPathComponent($0)) }.map { "themes/" + $0 }
    }

    /// True when the last component of `url` is a symbolic link (lstat(2), so the link itself,
    /// not what it points to; false when nothing is there).
    static func isSymbolicLink(_ url: URL) -> Bool {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT == S_IFLNK
    }

    /// True when content/ exists and is a folder.
    var hasContentDirectory: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
