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
