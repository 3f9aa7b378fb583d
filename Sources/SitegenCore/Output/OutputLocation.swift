import Foundation

/// Checks that a build may replace its output folder. A build swaps its result in for the whole
/// folder, so the folder must not hold the site itself (`--output .` would delete content/ and
/// sitegen.yml), lie inside content/ or themes/, be a file, or be a folder of other things
/// (`--output ~/Dokumenter`, a gh-pages checkout whose .git would be lost).
enum OutputLocation {
    /// The file every build writes into its output folder, by which a later build knows the
    /// folder as sitegen's. Hidden, so that no web server lists it and no page links to it.
    static let markerName = ".sitegen-output"

    /// What the marker says to whoever opens it.
    static let markerText = """
        This folder was written by sitegen, which replaces it whole at every build: anything put
        here by hand is deleted. sitegen builds only into a folder that holds this file, is empty,
        or is the site's own output/.

        """

    /// Why `output` cannot be the output folder of the site in `site`, or nil when it can. The
    /// site's own output/ is sitegen's by the content format and adopted as it is; any other
    /// folder that holds anything, hidden files too, must hold the marker of an earlier build.
    static func problem(output: URL, site: URL) -> Problem? {
        let output = resolved(output), site = resolved(site)
        let shown = output.path
        func inside(_ folder: String) -> Bool {
            output.path == folder || output.path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        }
        if site.path == output.path || site.path.hasPrefix(output.path == "/" ? "/" : output.path + "/") {
            return .unusableOutputFolder(path: shown, reason: .holdsSite)
        }
        for folder in ["content", "themes"] where inside(site.appendingPathComponent(folder).path) {
            return .unusableOutputFolder(path: shown, reason: .insideSiteFolder(folder))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return .unusableOutputFolder(path: shown, reason: .isFile)
        }
        if output.path == resolved(site.appendingPathComponent("output")).path { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        if !names.isEmpty && !names.contains(markerName) {
            return .unusableOutputFolder(path: shown, reason: .holdsOtherFiles)
        }
        return nil
    }

    /// `url` as an absolute path with `..` and symbolic links resolved, so two spellings of one
    /// folder compare equal (a folder that does not exist yet keeps its spelling).
    private static func resolved(_ url: URL) -> URL {
        url.standardizedFileURL.resolvingSymlinksInPath()
    }
}
