import Foundation

// The English catalog: what every problem says in English.

extension Problem {
    /// What the problem says in English.
    var english: DiagnosticText {
        switch self {
        // MARK: loading

        // Loading/SourceText.swift
        case .notUTF8:
            return DiagnosticText("the file is not UTF-8 text",
                                  hint: "save the file as UTF-8 in your editor (in Word: Save as → Plain text → Unicode (UTF-8))")
        case .emptyFile:
            return DiagnosticText("the file is empty",
                                  hint: "start the file with front matter: a line '---', 'kind: ...', 'title: ...' and another '---'")
        case .noFrontMatter:
            return DiagnosticText("the file does not start with front matter",
                                  hint: "the very first line must be '---', followed by the keys and another '---' line")
        case .unterminatedFrontMatter:
            return DiagnosticText("the front matter has no closing '---' line",
                                  hint: "add a line with '---' after the last key")

        // Loading/ContentScanner.swift
        case .contentFolderUnreadable:
            return DiagnosticText("the folder cannot be read", hint: "check the folder's permissions")
        case .tooManyFiles(let limit):
            return DiagnosticText("content/ holds more than \(limit) files", hint: "split the site into several sites")
        case .symlinkInContent(let path):
            return DiagnosticText("'\(path)' is a symbolic link; sitegen does not follow links",
                                  hint: "copy the file or folder into content/ instead of linking to it")
        case .foldersTooDeep(let limit):
            return DiagnosticText("folders are nested more than \(limit) deep",
                                  hint: "content/ has at most three levels: municipality, document, part")
        case .fileTooLarge(let megabytes, let limit):
            return DiagnosticText("the file is \(megabytes) MB; at most \(limit) MB is allowed",
                                  hint: "split the text into several files")
        case .markdownExtension(let name, let slug):
            return DiagnosticText("'\(name)' looks like a Markdown file, but sitegen reads only files whose names end in '.md'",
                                  hint: "rename it to '\(slug.isEmpty ? "navn" : slug).md'")
        case .folderNameNotSlug(let name, let slug):
            return DiagnosticText("the folder name '\(name)' is not a slug (lower-case a-z, 0-9 and '-')",
                                  hint: slug.isEmpty
                                    ? "use only a-z, 0-9 and '-' (æ→ae, ø→oe, å→aa, spaces → '-')"
                                    : "rename it to '\(slug)' (æ→ae, ø→oe, å→aa, spaces → '-')")
        case .fileNameNotSlug(let name, let slug):
            return DiagnosticText("the file name '\(name).md' is not a slug (lower-case a-z, 0-9 and '-')",
                                  hint: slug.isEmpty
                                    ? "use only a-z, 0-9 and '-' (æ→ae, ø→oe, å→aa, spaces → '-')"
                                    : "rename it to '\(slug).md' (æ→ae, ø→oe, å→aa, spaces → '-')")

        // end of loading

        // MARK: frontMatter

        // end of frontMatter

        // MARK: siteConfig

        // end of siteConfig

        // MARK: markdown

        // end of markdown

        // MARK: site

        // end of site

        // MARK: theme

        // end of theme

        // MARK: output

        // end of output

        case .uncatalogued(_, let text, let hint): return DiagnosticText(text.en, hint: hint?.en)
        }
    }
}

extension FailureCause {
    /// The cause in English.
    var english: String {
        switch errorNumber {
        case ENOSPC?: return "the disk is full"
        case EACCES?, EPERM?: return "permission denied"
        case EROFS?: return "the disk is read-only"
        case ENOENT?: return "no such file or folder"
        case ENOTDIR?: return "a file stands where a folder should be"
        case EISDIR?: return "a folder stands where a file should be"
        case ENAMETOOLONG?: return "the name is too long"
        default: return detail
        }
    }
}
