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
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            diagnostics.error("unreadable", at: SourceLocation(file: "content/" + relative),
                              LocalizedText(en: "the folder cannot be read",
                                            da: "mappen kan ikke læses",
                                            nb: "mappen kan ikke leses"),
                              hint: LocalizedText(en: "check the folder's permissions",
                                                  da: "tjek mappens rettigheder",
                                                  nb: "sjekk tilgangsrettighetene til mappen"))
            return
        }
        for name in names.sorted() where !isIgnored(name) {
            let path = relative.isEmpty ? name : relative + "/" + name
            let sitePath = "content/" + path
            let full = directory + "/" + name
            count += 1
            if count > maximumFileCount {
                if count == maximumFileCount + 1 {
                    diagnostics.error("too-many-files", at: SourceLocation(file: "content"),
                                      LocalizedText(en: "content/ holds more than \(maximumFileCount) files",
                                                    da: "content/ indeholder mere end \(maximumFileCount) filer",
                                                    nb: "content/ inneholder mer enn \(maximumFileCount) filer"),
                                      hint: LocalizedText(en: "split the site into several sites",
                                                          da: "del sitet op i flere sites",
                                                          nb: "del nettstedet opp i flere nettsteder"))
                }
                return
            }
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            if type == S_IFLNK {
                diagnostics.error("symlink", at: SourceLocation(file: sitePath),
                                  LocalizedText(en: "'\(path)' is a symbolic link; sitegen does not follow links",
                                                da: "'\(path)' er et symbolsk link; sitegen følger ikke links",
                                                nb: "'\(path)' er en symbolsk lenke; sitegen følger ikke lenker"),
                                  hint: LocalizedText(en: "copy the file or folder into content/ instead of linking to it",
                                                      da: "kopiér filen eller mappen ind i content/ i stedet for at linke til den",
                                                      nb: "kopier filen eller mappen inn i content/ i stedet for å lenke til den"))
                continue
            }
            if type == S_IFDIR {
                checkName(name, isFolder: true, sitePath: sitePath, diagnostics: &diagnostics)
                if depth + 1 > maximumDepth {
                    diagnostics.error("too-deep", at: SourceLocation(file: sitePath),
                                      LocalizedText(en: "folders are nested more than \(maximumDepth) deep",
                                                    da: "mapperne ligger mere end \(maximumDepth) niveauer inde i hinanden",
                                                    nb: "mappene ligger mer enn \(maximumDepth) nivåer inni hverandre"),
                                      hint: LocalizedText(en: "content/ has at most three levels: municipality, document, part",
                                                          da: "content/ har højst tre niveauer: kommune, dokument, del",
                                                          nb: "content/ har høyst tre nivåer: kommune, dokument, del"))
                    continue
                }
                inventory.folders.append(path)
                walk(full, relative: path, depth: depth + 1, into: &inventory, count: &count, diagnostics: &diagnostics)
            } else if type == S_IFREG {
                if name.hasSuffix(".md") {
                    checkName(String(name.dropLast(3)), isFolder: false, sitePath: sitePath, diagnostics: &diagnostics)
                    if Int(info.st_size) > maximumFileSize {
                        let size = Int(info.st_size) / 1_048_576, limit = maximumFileSize / 1_048_576
                        diagnostics.error("file-too-large", at: SourceLocation(file: sitePath),
                                          LocalizedText(en: "the file is \(size) MB; at most \(limit) MB is allowed",
                                                        da: "filen fylder \(size) MB; højst \(limit) MB er tilladt",
                                                        nb: "filen er på \(size) MB; høyst \(limit) MB er tillatt"),
                                          hint: LocalizedText(en: "split the text into several files",
                                                              da: "del teksten op i flere filer",
                                                              nb: "del teksten opp i flere filer"))
                        continue
                    }
                    inventory.markdownFiles.append(path)
                } else if let base = markdownBaseName(name) {
                    // Not read (only '.md' is), and not published as a file of its own either.
                    let slug = Suggestions.slug(base).isEmpty ? "navn" : Suggestions.slug(base)
                    diagnostics.error("markdown-extension", at: SourceLocation(file: sitePath),
                                      LocalizedText(en: "'\(name)' looks like a Markdown file, but sitegen reads only files whose names end in '.md'",
                                                    da: "'\(name)' ligner en Markdown-fil, men sitegen læser kun filer, hvis navn ender på '.md'",
                                                    nb: "'\(name)' ser ut som en Markdown-fil, men sitegen leser bare filer med navn som slutter på '.md'"),
                                      hint: LocalizedText(en: "rename it to '\(slug).md'",
                                                          da: "omdøb den til '\(slug).md'",
                                                          nb: "endre navnet til '\(slug).md'"))
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
        let ext = isFolder ? "" : ".md"
        let message = isFolder
            ? LocalizedText(en: "the folder name '\(name)' is not a slug (lower-case a-z, 0-9 and '-')",
                            da: "mappenavnet '\(name)' må kun indeholde små bogstaver a-z, tallene 0-9 og '-'",
                            nb: "mappenavnet '\(name)' kan bare inneholde små bokstaver a-z, tallene 0-9 og '-'")
            : LocalizedText(en: "the file name '\(name).md' is not a slug (lower-case a-z, 0-9 and '-')",
                            da: "filnavnet '\(name).md' må kun indeholde små bogstaver a-z, tallene 0-9 og '-'",
                            nb: "filnavnet '\(name).md' kan bare inneholde små bokstaver a-z, tallene 0-9 og '-'")
        let hint = slug.isEmpty
            ? LocalizedText(en: "use only a-z, 0-9 and '-' (æ→ae, ø→oe, å→aa, spaces → '-')",
                            da: "brug kun a-z, 0-9 og '-' (æ→ae, ø→oe, å→aa, mellemrum → '-')",
                            nb: "bruk bare a-z, 0-9 og '-' (æ→ae, ø→oe, å→aa, mellomrom → '-')")
            : LocalizedText(en: "rename it to '\(slug)\(ext)' (æ→ae, ø→oe, å→aa, spaces → '-')",
                            da: "omdøb den til '\(slug)\(ext)' (æ→ae, ø→oe, å→aa, mellemrum → '-')",
                            nb: "endre navnet til '\(slug)\(ext)' (æ→ae, ø→oe, å→aa, mellomrom → '-')")
        diagnostics.error("invalid-name", at: SourceLocation(file: sitePath), message, hint: hint)
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
