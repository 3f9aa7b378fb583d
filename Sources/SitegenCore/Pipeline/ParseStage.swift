import Foundation

/// Reads and parses every Markdown file under content/, in parallel, keeping the input order.
enum ParseStage {
    /// Parses the files named in `inventory`.
    /// - Parameters:
    ///   - inventory: What the scanner found.
    ///   - contentDirectory: The content folder.
    ///   - renderer: The Markdown renderer.
    ///   - parallel: Whether to use every core.
    ///   - stamped: Whether to take each file's stamp before it is read and return each file's
    ///     result (`sitegen serve` keeps them, so its first rebuild reads nothing again).
    static func run(_ inventory: ContentInventory, contentDirectory: URL, renderer: MarkdownRenderer,
                    parallel: Bool, stamped: Bool = false) -> (files: [ContentFile], diagnostics: DiagnosticBag, parsed: [ParsedFile]) {
        let paths = inventory.markdownFiles
        let base = contentDirectory.path + "/"
        let parsed = ResultSlots.collect(count: paths.count, parallel: parallel) { index in
            let stamp = stamped ? FileStamp(path: base + paths[index]) : nil
            let (file, bag) = parse(paths[index], contentDirectory: contentDirectory, renderer: renderer)
            return ParsedFile(path: paths[index], stamp: stamp, file: file, diagnostics: bag)
        }
        var files: [ContentFile] = []
        var diagnostics = DiagnosticBag()
        for result in parsed {
            if let file = result.file { files.append(file) }
            diagnostics.merge(result.diagnostics)
        }
        return (files, diagnostics, stamped ? parsed : [])
    }

    /// One file's parse, with the stamp the file had just before it was read.
    struct ParsedFile: Sendable {
        let path: String
        let stamp: FileStamp?
        let file: ContentFile?
        let diagnostics: DiagnosticBag
    }

    /// Parses one file.
    static func parse(_ contentPath: String, contentDirectory: URL, renderer: MarkdownRenderer) -> (ContentFile?, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        let sitePath = "content/" + contentPath
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: contentDirectory.path + "/" + contentPath))
        } catch {
            diagnostics.error(.contentFileUnreadable(cause: FailureCause(error)), at: SourceLocation(file: sitePath))
            return (nil, diagnostics)
        }
        guard let source = SourceText.parse(data, file: sitePath, diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        guard let frontMatter = FrontMatterDecoder.decode(source, file: sitePath, diagnostics: &diagnostics) else {
            // Without a kind the file has no place in the site, but its body's own mistakes
            // (headings, images, link forms) are still told in the same run.
            _ = renderer.render(source.body, file: sitePath, contentPath: contentPath,
                                firstLine: source.bodyFirstLine, diagnostics: &diagnostics)
            return (nil, diagnostics)
        }
        let body = renderer.render(source.body, file: sitePath, contentPath: contentPath,
                                   firstLine: source.bodyFirstLine, oneLevelDown: frontMatter.common.kind.isPart,
                                   diagnostics: &diagnostics)
        let file = ContentFile(id: ContentID(contentPath: contentPath), contentPath: contentPath,
                               frontMatter: frontMatter, body: body, revision: FNV1a.hash(data),
                               frontMatterRevision: frontMatterRevision(source))
        return (file, diagnostics)
    }
}

extension ParseStage {
    /// A hash of the front matter's text and of the lines it and the body start on (diagnostics
    /// carry line numbers, so a moved front matter counts as changed).
    static func frontMatterRevision(_ source: SourceText) -> UInt64 {
        var hash = FNV1a.hash(source.frontMatter)
        FNV1a.combine(&hash, UInt64(source.frontMatterFirstLine))
        FNV1a.combine(&hash, UInt64(source.bodyFirstLine))
        return hash
    }
}
