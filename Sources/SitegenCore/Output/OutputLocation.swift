import Foundation

/// Checks that a build may replace its output folder. A build swaps its result in for the whole
/// folder, so the folder must not hold the site itself (`--output .` would delete content/ and
/// sitegen.yml), lie inside content/ or themes/, be a file, or be a folder of other things
/// (`--output ~/Dokumenter`).
enum OutputLocation {
    /// Why `output` cannot be the output folder of the site in `site`, or nil when it can.
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
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).filter { !$0.hasPrefix(".") }
        if !names.isEmpty && !names.contains("index.html") && !names.contains("404.html") {
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
