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
