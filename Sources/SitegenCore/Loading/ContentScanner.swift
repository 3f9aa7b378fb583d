import Foundation

/// The files found under content/.
struct ContentInventory: Sendable {
    /// Markdown files, as paths under content/, sorted.
    var markdownFiles: [String] = []
    /// Every other file (images, PDFs), as paths under content/.
    var assets: Set<String> = []
    /// Folders, as paths under content/, sorted.
    var folders: [String] = []
}

/// Walks content/ without following symbolic links, checking folder and file names.
enum ContentScanner {
    /// Sane limits, each with its own diagnostic.
    static let maximumFileCount = 200_000
    /// The largest content file read.
    static let maximumFileSize = 10 * 1024 * 1024
    /// The deepest folder nesting walked.
    static let maximumDepth = 12

    /// Scans `contentDirectory`.
    /// - Parameters:
    ///   - contentDirectory: The site's content folder.
    ///   - diagnostics: Where problems go.
    static func scan(_ contentDirectory: URL, diagnostics: inout DiagnosticBag) -> ContentInventory {
        var inventory = ContentInventory()
        // content/ itself a link is not read through either (`BuildPlan` refuses it before a
        // build; this is for a preview whose content/ became one since).
        if SiteLayout.isSymbolicLink(contentDirectory) {
            diagnostics.error(.symlinkedSiteFolder(folder: "content"), at: SourceLocation(file: "content"))
            return inventory
        }
        var count = 0
        walk(contentDirectory.path, relative: "", depth: 0, into: &inventory, count: &count, diagnostics: &diagnostics)
        inventory.markdownFiles.sort()
        inventory.folders.sort()
        return inventory
    }

    /// Walks the folder at the file-system path `directory` (paths are joined as strings: a
    /// URL per entry costs more than the lstat(2) itself).
    private static func walk(_ directory: String, relative: String, depth: Int, into inventory: inout ContentInventory,
                             count: inout Int, diagnostics: inout DiagnosticBag) {
        let fm = FileManager.default
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: directory)
        } catch {
            diagnostics.error(.contentFolderUnreadable(cause: FailureCause(error)), at: SourceLocation(file: "content/" + relative))
            return
        }
        for name in names.sorted() where !isIgnored(name) {
            let path = relative.isEmpty ? name : relative + "/" + name
            let sitePath = "content/" + path
            let full = directory + "/" + name
            count += 1
            if count > maximumFileCount {
                if count == maximumFileCount + 1 {
                    diagnostics.error(.tooManyFiles(limit: maximumFileCount), at: SourceLocation(file: "content"))
                }
                return
            }
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            if type == S_IFLNK {
                diagnostics.error(.symlinkInContent(path: path), at: SourceLocation(file: sitePath))
                continue
            }
            if type == S_IFDIR {
                checkName(name, isFolder: true, sitePath: sitePath, diagnostics: &diagnostics)
                if depth + 1 > maximumDepth {
                    diagnostics.error(.foldersTooDeep(limit: maximumDepth), at: SourceLocation(file: sitePath))
                    continue
                }
                inventory.folders.append(path)
                walk(full, relative: path, depth: depth + 1, into: &inventory, count: &count, diagnostics: &diagnostics)
            } else if type == S_IFREG {
                if name.hasSuffix(".md") {
                    checkName(String(name.dropLast(3)), isFolder: false, sitePath: sitePath, diagnostics: &diagnostics)
                    if Int(info.st_size) > maximumFileSize {
                        let size = Int(info.st_size) / 1_048_576, limit = maximumFileSize / 1_048_576
                        diagnostics.error(.fileTooLarge(megabytes: size, limitMegabytes: limit), at: SourceLocation(file: sitePath))
                        continue
                    }
                    inventory.markdownFiles.append(path)
                } else if let base = markdownBaseName(name) {
                    // Not read (only '.md' is), and not published as a file of its own either.
                    diagnostics.error(.markdownExtension(name: name, slug: Suggestions.slug(base)), at: SourceLocation(file: sitePath))
                } else {
                    inventory.assets.insert(path)
                }
            }
        }
    }

    /// Names sitegen never reads nor publishes: hidden files (`.DS_Store`), editors' backups
    /// and swap files (`plan.md~`, `#plan.md#`, `.swp`, `.bak`, `.orig`), Office's lock files
    /// (`~$plan.docx`, which hold the name of whoever has the file open) and Windows' folder files.
    static func isIgnored(_ name: String) -> Bool {
        if name.hasPrefix(".") || name.hasPrefix("~$") || name.hasSuffix("~") { return true }
        if name.hasPrefix("#") && name.hasSuffix("#") { return true }
        let lower = name.lowercased()
        return lower == "thumbs.db" || lower == "desktop.ini"
            || [".swp", ".bak", ".orig"].contains(where: { lower.hasSuffix($0) })
    }

    /// The name without its extension, for a Markdown file not named '.md' ("Plan.MD",
    /// "plan.markdown"); nil for any other file.
    static func markdownBaseName(_ name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        guard ["md", "markdown", "mdown", "mkd", "mkdn"].contains(ext) else { return nil }
        return String(name[..<dot])
    }

    private static func checkName(_ name: String, isFolder: Bool, sitePath: String, diagnostics: inout DiagnosticBag) {
        guard !isSlug(name) else { return }
        let slug = Suggestions.slug(name)
        diagnostics.error(isFolder ? .folderNameNotSlug(name: name, slug: slug) : .fileNameNotSlug(name: name, slug: slug),
                          at: SourceLocation(file: sitePath))
    }

    /// True for `^[a-z0-9][a-z0-9-]*$`.
    static func isSlug(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isSlugCharacter(first), first != "-" else { return false }
        return name.unicodeScalars.allSatisfy(isSlugCharacter)
    }

    private static func isSlugCharacter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "-"
    }
}
