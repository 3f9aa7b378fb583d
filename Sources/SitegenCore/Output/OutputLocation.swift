import Foundation

/// Checks that a build may replace its output folder. A build swaps its result in for the whole
/// folder, so the folder must not hold the site itself (`--output .` would delete content/ and
/// sitegen.yml), lie inside content/ or themes/, be a file, or be a folder of other things
/// (`--output ~/Dokumenter`).
enum OutputLocation {
    /// Why `output` cannot be the output folder of the site in `site`, or nil when it can.
    static func problem(output: URL, site: URL) -> LocalizedText? {
        let output = resolved(output), site = resolved(site)
        let shown = output.path
        func inside(_ folder: String) -> Bool {
            output.path == folder || output.path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        }
        if site.path == output.path || site.path.hasPrefix(output.path == "/" ? "/" : output.path + "/") {
            return LocalizedText(
                en: "the output folder \(shown) holds the site itself, and a build replaces the whole output folder",
                da: "outputmappen \(shown) indeholder selve hjemmesiden, og en bygning erstatter hele outputmappen",
                nb: "utdatamappen \(shown) inneholder selve nettstedet, og en bygging erstatter hele utdatamappen")
        }
        for folder in ["content", "themes"] where inside(site.appendingPathComponent(folder).path) {
            return LocalizedText(
                en: "the output folder \(shown) lies inside the site's \(folder)/ folder, which a build would overwrite",
                da: "outputmappen \(shown) ligger inde i hjemmesidens \(folder)/-mappe, som en bygning ville overskrive",
                nb: "utdatamappen \(shown) ligger inne i nettstedets \(folder)/-mappe, som en bygging ville overskrive")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return LocalizedText(
                en: "the output folder \(shown) is a file",
                da: "outputmappen \(shown) er en fil",
                nb: "utdatamappen \(shown) er en fil")
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).filter { !$0.hasPrefix(".") }
        if !names.isEmpty && !names.contains("index.html") && !names.contains("404.html") {
            return LocalizedText(
                en: "the folder \(shown) holds files that sitegen did not write, and a build would delete them",
                da: "mappen \(shown) indeholder filer, som sitegen ikke har skrevet, og en bygning ville slette dem",
                nb: "mappen \(shown) inneholder filer som sitegen ikke har skrevet, og en bygging ville slette dem")
        }
        return nil
    }

    /// The hint that goes with every problem.
    static let hint = LocalizedText(
        en: "write the site to an empty folder of its own, such as output/ beside sitegen.yml (the default)",
        da: "skriv hjemmesiden til en tom mappe for sig selv, fx output/ ved siden af sitegen.yml (standard)",
        nb: "skriv nettstedet til en tom mappe for seg selv, for eksempel output/ ved siden av sitegen.yml (standard)")

    /// `url` as an absolute path with `..` and symbolic links resolved, so two spellings of one
    /// folder compare equal (a folder that does not exist yet keeps its spelling).
    private static func resolved(_ url: URL) -> URL {
        url.standardizedFileURL.resolvingSymlinksInPath()
    }
}
