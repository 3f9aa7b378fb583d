/// Every problem sitegen reports, with what it needs to be told. Each case has a stable code
/// (`code`) and a text in every catalog (Catalog/English.swift, Danish.swift, Norwegian.swift);
/// the stages report cases and never hold message text.
///
/// A new diagnostic is a case here, its code below, and a line in each catalog.
public enum Problem: Hashable, Sendable {
    // MARK: Loading: reading the content folder and its files (Loading/)

    // Loading/SourceText.swift
    /// The file's bytes are not UTF-8.
    case notUTF8
    /// The file holds nothing but blanks.
    case emptyFile
    /// The file's first line is not the '---' that opens the front matter.
    case noFrontMatter
    /// The front matter has no '---' line that closes it.
    case unterminatedFrontMatter

    // Loading/ContentScanner.swift
    /// A folder under content/ cannot be listed.
    case contentFolderUnreadable
    /// content/ holds more files than sitegen walks (`limit`).
    case tooManyFiles(limit: Int)
    /// A file or folder under content/ is a symbolic link, which sitegen does not follow.
    case symlinkInContent(path: String)
    /// Folders are nested deeper than sitegen walks (`limit`).
    case foldersTooDeep(limit: Int)
    /// A Markdown file is larger than sitegen reads.
    case fileTooLarge(megabytes: Int, limitMegabytes: Int)
    /// A Markdown file's name ends in another extension than '.md'; `slug` is its base name as a slug, or empty.
    case markdownExtension(name: String, slug: String)
    /// A folder's name is not a slug; `slug` is the name made one, or empty when nothing is left of it.
    case folderNameNotSlug(name: String, slug: String)
    /// A Markdown file's name (`name`, without '.md') is not a slug; `slug` is the name made one, or empty.
    case fileNameNotSlug(name: String, slug: String)

    // end of loading

    // MARK: Front matter: YAML and the keys of each kind (FrontMatter/)

    // end of frontMatter

    // MARK: sitegen.yml (Model/SiteConfig.swift)

    // end of siteConfig

    // MARK: Markdown: the body, its links, pictures, footnotes and tables (Markdown/)

    // end of markdown

    // MARK: The site: where files live, documents and their parts, links between pages (Validation/, Pipeline/AssembleStage, ParseStage)

    // end of site

    // MARK: The theme (Rendering/)

    // end of theme

    // MARK: The output folder, the PDF and new files (Output/, Pipeline/SiteBuilder, Scaffolding/)

    // end of output

    /// A text that has not moved to the catalogs yet.
    case uncatalogued(DiagnosticCode, LocalizedText, hint: LocalizedText?)
}

extension Problem {
    /// The stable code of the problem.
    public var code: DiagnosticCode {
        switch self {
        // MARK: loading

        // Loading/SourceText.swift
        case .notUTF8: return .invalidUTF8
        case .emptyFile: return .emptyFile
        case .noFrontMatter: return .missingFrontMatter
        case .unterminatedFrontMatter: return .unterminatedFrontMatter

        // Loading/ContentScanner.swift
        case .contentFolderUnreadable: return .unreadable
        case .tooManyFiles: return .tooManyFiles
        case .symlinkInContent: return .symlink
        case .foldersTooDeep: return .tooDeep
        case .fileTooLarge: return .fileTooLarge
        case .markdownExtension: return .markdownExtension
        case .folderNameNotSlug: return .invalidName
        case .fileNameNotSlug: return .invalidName

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

        case .uncatalogued(let code, _, _): return code
        }
    }
}
