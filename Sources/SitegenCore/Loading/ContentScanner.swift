import Foundation

/// The files found under content/.
public struct ContentInventory: Sendable {
    /// Markdown files, as paths under content/, sorted.
    public var markdownFiles: [String] = []
    /// Every other file (images, PDFs), as paths under content/.
    public var assets: Set<String> = []
    /// Folders, as paths under content/, sorted.
    public var folders: [String] = []
}

/// Walks content/ without following symbolic links, checking folder and file names.
public enum ContentScanner {
    /// Sane limits, each with its own diagnostic.
    public static let maximumFileCount = 200_000
    /// The largest content file read.
    public static let maximumFileSize = 10 * 1024 * 1024
    /// The deepest folder nesting walked.
    public static let maximumDepth = 12

    /// Scans `contentDirectory`.
    /// - Parameters:
    ///   - contentDirectory: The site's content folder.
    ///   - diagnostics: Where problems go.
    public static func scan(_ contentDirectory: URL, diagnostics: inout DiagnosticBag) -> ContentInventory {
        var inventory = ContentInventory()
        var count = 0
        walk(contentDirectory, relative: "", depth: 0, into: &inventory, count: &count, diagnostics: &diagnostics)
        inventory.markdownFiles.sort()
        inventory.folders.sort()
        return inventory
    }

    private static func walk(_ directory: URL, relative: String, depth: Int, into inventory: inout ContentInventory,
                             count: inout Int, diagnostics: inout DiagnosticBag) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else {
            diagnostics.error("unreadable", at: SourceLocation(file: "content/" + relative), "the folder cannot be read",
                              hint: "check the folder's permissions")
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : relative + "/" + name
            let sitePath = "content/" + path
            let url = directory.appendingPathComponent(name)
            count += 1
            if count > maximumFileCount {
                if count == maximumFileCount + 1 {
                    diagnostics.error("too-many-files", at: SourceLocation(file: "content"),
                                      "content/ holds more than \(maximumFileCount) files", hint: "split the site into several sites")
                }
                return
            }
            var info = stat()
            guard lstat(url.path, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            if type == S_IFLNK {
                diagnostics.error("symlink", at: SourceLocation(file: sitePath), "'\(path)' is a symbolic link; sitegen does not follow links",
                                  hint: "copy the file or folder into content/ instead of linking to it")
                continue
            }
            if type == S_IFDIR {
                checkName(name, isFolder: true, sitePath: sitePath, diagnostics: &diagnostics)
                if depth + 1 > maximumDepth {
                    diagnostics.error("too-deep", at: SourceLocation(file: sitePath), "folders are nested more than \(maximumDepth) deep",
                                      hint: "content/ has at most three levels: municipality, document, part")
                    continue
                }
                inventory.folders.append(path)
                walk(url, relative: path, depth: depth + 1, into: &inventory, count: &count, diagnostics: &diagnostics)
            } else if type == S_IFREG {
                if name.hasSuffix(".md") {
                    checkName(String(name.dropLast(3)), isFolder: false, sitePath: sitePath, diagnostics: &diagnostics)
                    if Int(info.st_size) > maximumFileSize {
                        diagnostics.error("file-too-large", at: SourceLocation(file: sitePath),
                                          "the file is \(Int(info.st_size) / 1_048_576) MB; at most \(maximumFileSize / 1_048_576) MB is allowed",
                                          hint: "split the text into several files")
                        continue
                    }
                    inventory.markdownFiles.append(path)
                } else {
                    inventory.assets.insert(path)
                }
            }
        }
    }

    private static func checkName(_ name: String, isFolder: Bool, sitePath: String, diagnostics: inout DiagnosticBag) {
        guard !isSlug(name) else { return }
        let slug = Suggestions.slug(name)
        let what = isFolder ? "folder" : "file"
        let suggestion = slug.isEmpty ? "use only a-z, 0-9 and '-'" : "rename it to '\(slug)\(isFolder ? "" : ".md")'"
        diagnostics.error("invalid-name", at: SourceLocation(file: sitePath),
                          "the \(what) name '\(name)\(isFolder ? "" : ".md")' is not a slug (lower-case a-z, 0-9 and '-')",
                          hint: .same(suggestion + " (æ→ae, ø→oe, å→aa, spaces → '-')"))
    }

    /// True for `^[a-z0-9][a-z0-9-]*$`.
    public static func isSlug(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isSlugCharacter(first), first != "-" else { return false }
        return name.unicodeScalars.allSatisfy(isSlugCharacter)
    }

    private static func isSlugCharacter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "-"
    }
}
