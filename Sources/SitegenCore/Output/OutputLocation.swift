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
    /// Paths are compared resolved (`resolved(_:)`); the message shows `output` as it was given.
    static func problem(output given: URL, site siteFolder: URL) -> Problem? {
        let shown = given.standardizedFileURL.resolvingSymlinksInPath().path
        let output = resolved(given), site = resolved(siteFolder)
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
    /// folder compare equal. A folder that does not exist yet is resolved through its deepest
    /// ancestor that does (realpath(3)), with the rest of its path appended: `--output
    /// site/link/new`, where `link` → `site/content`, is `site/content/new` (URL's
    /// `resolvingSymlinksInPath()` leaves a path that does not exist as it is spelt).
    static func resolved(_ url: URL) -> URL {
        URL(fileURLWithPath: physicalPath(url.standardizedFileURL.path))
    }

    /// The most symbolic links followed on the way (Linux's own limit is 40).
    private static let maximumLinks = 40

    /// The absolute `path` with every symbolic link on it resolved, as far as it exists: the
    /// deepest existing ancestor by realpath(3), then the missing rest component by component,
    /// following a link that leads nowhere yet (a build would write through it) and taking
    /// `..` from the resolved folder, as creating the missing folders would.
    static func physicalPath(_ path: String, linksFollowed: Int = 0) -> String {
        let components = path.split(separator: "/").map(String.init)
        var existing = components.count
        var folder = "/"
        while existing >= 0 {
            if let real = realPath("/" + components[..<existing].joined(separator: "/")) {
                folder = real
                break
            }
            existing -= 1
        }
        guard existing >= 0 else { return path }
        let rest = Array(components[existing...])
        for (index, name) in rest.enumerated() {
            if name == "." || name.isEmpty { continue }
            if name == ".." {
                if let slash = folder.lastIndex(of: "/") {
                    folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
                }
                continue
            }
            let candidate = joined(folder, name)
            if linksFollowed < maximumLinks, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: candidate) {
                let start = target.hasPrefix("/") ? target : joined(folder, target)
                let remaining = rest[(index + 1)...].joined(separator: "/")
                return physicalPath(remaining.isEmpty ? start : joined(start, remaining), linksFollowed: linksFollowed + 1)
            }
            folder = candidate
        }
        return folder
    }

    /// realpath(3) of `path`: nil when a component is missing or a link leads nowhere.
    private static func realPath(_ path: String) -> String? {
        guard let buffer = realpath(path, nil) else { return nil }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// `name` in the folder at `folder`.
    private static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
