import Foundation

/// Which files beside the content a site may publish (CONTENT-FORMAT.md, "Files beside content
/// (v2)"): only files a browser cannot run. A web page, a script or an SVG with script in
/// content/ would otherwise be copied to output/ and run on the site's origin, round the rule
/// that raw HTML needs `markdown: {unsafe: true}`; with that setting, every file is published.
enum PublishableFiles {
    /// Pictures; an SVG also has to pass `SVGSafety`.
    static let pictures: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "avif", "svg"]
    /// Documents to link to.
    static let documents: Set<String> = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp",
                                         "rtf", "csv", "txt", "zip"]
    /// Sound, video and subtitles.
    static let media: Set<String> = ["mp3", "m4a", "ogg", "mp4", "webm", "vtt"]
    /// Extensions of web pages, whose hint is to write the page in Markdown.
    static let webPages: Set<String> = ["html", "htm", "xhtml", "xht", "shtml", "mhtml", "mht", "php", "xml", "xsl", "xslt"]
    /// Extensions of scripts.
    static let scripts: Set<String> = ["js", "mjs", "cjs", "jsx", "ts", "wasm", "swf", "vbs", "ps1", "sh", "bat", "cmd", "exe"]

    /// An `unsafe-file` error for each file beside the content that may not be published, and
    /// the paths of those files; with `markdown: {unsafe: true}` in sitegen.yml, only names with
    /// a backslash (`invalid-name`), which no web address holds as it is: the output writer
    /// would refuse the path and stop the build with status 2, far from the file.
    static func check(_ site: Site) -> (diagnostics: DiagnosticBag, paths: Set<String>) {
        var diagnostics = DiagnosticBag()
        var paths = Set<String>()
        for asset in site.assets.sorted() where asset.contains("\\") {
            // The whole path: the backslash may be in a folder's name.
            paths.insert(asset)
            diagnostics.error(.assetNameWithBackslash(name: asset, suggestion: asset.replacingOccurrences(of: "\\", with: "-")),
                              at: SourceLocation(file: "content/" + asset))
        }
        guard !site.config.unsafeMarkdown else { return (diagnostics, paths) }
        for asset in site.assets.sorted() where !paths.contains(asset) {
            let url = site.assetsRoot.appendingPathComponent(asset)
            guard let (reason, line) = refusal(name: asset, contents: { readBounded(url) }) else { continue }
            paths.insert(asset)
            diagnostics.error(.unsafeFile(name: String(asset.slashSplit().last ?? Substring(asset)), reason: reason),
                              at: SourceLocation(file: "content/" + asset, line: line))
        }
        return (diagnostics, paths)
    }

    /// Why the file `name` may not be published, and the line that says so (0 for the whole
    /// file); nil when it may. `contents` reads the file (for an SVG only): nil when it cannot
    /// be read (the copy reports that) and `.tooLarge` over the limit of content files.
    static func refusal(name: String, contents: () -> ReadOutcome) -> (Problem.UnsafeFileReason, Int)? {
        let base = name.slashSplit().last.map(String.init) ?? name
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex, base.index(after: dot) != base.endIndex else {
            return (.noExtension, 0)
        }
        let ext = base[base.index(after: dot)...].lowercased()
        if ext == "svg" {
            switch contents() {
            case .unreadable: return nil
            case .tooLarge: return (.svg(.tooLarge(megabytes: ContentScanner.maximumFileSize / 1_048_576)), 0)
            case .bytes(let bytes):
                guard let (risk, line) = SVGSafety.risk(in: bytes) else { return nil }
                return (.svg(risk), line)
            }
        }
        if pictures.contains(ext) || documents.contains(ext) || media.contains(ext) { return nil }
        if webPages.contains(ext) { return (.webPage(extension: ext), 0) }
        if scripts.contains(ext) { return (.script(extension: ext), 0) }
        return (.otherType(extension: ext), 0)
    }

    /// A file's bytes, read only up to the limit of content files.
    enum ReadOutcome {
        case bytes([UInt8])
        case tooLarge
        case unreadable
    }

    static func readBounded(_ url: URL) -> ReadOutcome {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return .unreadable }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: ContentScanner.maximumFileSize + 1) else { return .bytes([]) }
        return data.count > ContentScanner.maximumFileSize ? .tooLarge : .bytes([UInt8](data))
    }
}
