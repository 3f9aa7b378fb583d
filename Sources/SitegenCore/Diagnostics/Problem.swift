/// Every problem sitegen reports, with what it needs to be told. Each case has a stable code
/// (`code`) and a text in every catalog (Catalog/English.swift, Danish.swift, Norwegian.swift);
/// the stages report cases and never hold message text.
///
/// A new diagnostic is a case here, its code below, and a line in each catalog.
public enum Problem: Hashable, Sendable {
    // MARK: Loading: reading the content folder and its files (Loading/)

    // end of loading

    // MARK: Front matter: YAML and the keys of each kind (FrontMatter/)

    // end of frontMatter

    // MARK: sitegen.yml (Model/SiteConfig.swift)

    // end of siteConfig

    // MARK: Markdown: the body, its links, pictures, footnotes and tables (Markdown/)

    // MarkdownRenderer.swift
    /// A table has more cells than a page may hold.
    case tableTooLarge(columns: Int, rows: Int, cells: Int, limit: Int)
    /// The body has a '#' heading, which only the title may be.
    case h1InBody(text: String)
    /// A heading skips a level.
    case headingSkip(from: Int, to: Int)
    /// An image has no alt text.
    case missingAlt(url: String)
    /// A link goes to a 'javascript:', 'vbscript:' or 'data:' address.
    case unsafeLinkAddress(scheme: String)
    /// An image is on another website.
    case externalImage(url: String)
    /// An image is a content file, not a picture.
    case imageIsPage(url: String)
    /// Raw HTML has a 'javascript:', 'vbscript:' or 'data:' address.
    case unsafeRawHTML(scheme: String)

    // LinkResolver.swift
    /// A link has nothing between its parentheses.
    case emptyLink
    /// A link has only a '#' (or a '?') and no heading after it.
    case emptyLinkFragment
    /// A link starts with '/'; `fromSubfolder` when the file linking lies in a folder under content/.
    case absoluteLink(url: String, fromSubfolder: Bool)
    /// A link goes outside content/.
    case linkOutsideContent(url: String)

    // FootnoteDiagnostics.swift
    /// A footnote reference has no note; `writtenLabels` are the labels of the notes there are.
    case footnoteUndefined(label: String, writtenLabels: [String])
    /// A footnote's note is referred to by nothing; `undefinedLabels` are the references without a note, sorted.
    case footnoteUnused(label: String, undefinedLabels: [String])
    /// A footnote's note is written twice.
    case footnoteDuplicate(label: String)
    /// A footnote's label has a blank, so it is no note; `withoutBlanks` is the label without them.
    case footnoteBlankInLabel(label: String, withoutBlanks: String)

    // LinkSyntaxDiagnostics.swift
    /// A link's address has a blank, so it is no link; `fix` is how the address reads without it.
    case linkWithSpace(text: String, address: String, fix: LinkAddressFix)
    /// A link's title is not closed, so it is no link.
    case unclosedLinkTitle(text: String, address: String, quote: String, title: String)

    /// How to write the address of a link with a blank (`linkWithSpace`).
    public enum LinkAddressFix: Hashable, Sendable {
        /// The heading's text is typed after '#': the address with the heading's id instead.
        case headingID(String)
        /// A file name with blanks: the address with '-' for them.
        case withoutBlanks(String)
    }

    // end of markdown

    // MARK: The site: where files live, documents and their parts, links between pages (Validation/, Pipeline/AssembleStage, ParseStage)

    // end of site

    // MARK: The theme (Rendering/)

    // Theme.swift
    /// The theme sitegen.yml names has no folder in themes/.
    case missingTheme(name: String)
    /// A template is not UTF-8 text.
    case templateNotUTF8
    /// A template names a partial dynamically ({{>*name}}), which sitegen does not support.
    case dynamicPartial
    /// A template has a syntax error; `reason` is swift-mustache's words for it.
    case templateSyntax(reason: String)
    /// A template cannot be compiled for another reason, in swift-mustache's words.
    case templateUnreadable(reason: String)
    /// A strings file is named for a language sitegen does not have.
    case unknownStringsLanguage(language: String)
    /// The theme has no template of a page sitegen writes.
    case missingTemplate(name: String)
    /// A file in the theme is a symbolic link, which sitegen does not follow.
    case themeSymlink(path: String)
    /// A template includes a partial the theme does not have.
    case missingPartial(name: String)
    /// A theme's string is used by no template; `suggestion` is the default theme's closest key.
    case unusedString(key: String, suggestion: String?)
    /// A strings file is not 'key: text' lines.
    case stringsNotTable
    /// A string is a list or keys, not one piece of text.
    case stringNotText(key: String)
    /// A string is empty.
    case emptyString(key: String)

    // end of theme

    // MARK: The output folder, the PDF and new files (Output/, Pipeline/SiteBuilder, Scaffolding/)

    // OutputWriter.swift
    /// A path to write would leave the output folder, so it is not written.
    case writeOutsideOutput(path: String)
    /// A file of the build cannot be written.
    case cannotWriteFile(path: String, cause: FailureCause)
    /// A file beside the content cannot be read to be copied into the output folder.
    case cannotCopyFile(path: String)

    // OutputLocation.swift
    /// The folder cannot be the output folder: a build replaces it whole, and `reason` is what that would destroy.
    case unusableOutputFolder(path: String, reason: OutputFolderReason)

    /// Why a folder cannot be the output folder (`unusableOutputFolder`).
    public enum OutputFolderReason: Hashable, Sendable {
        /// It holds the site itself.
        case holdsSite
        /// It lies inside the site's folder of this name (`content`, `themes`).
        case insideSiteFolder(String)
        /// It is a file.
        case isFile
        /// It holds files sitegen did not write.
        case holdsOtherFiles
    }

    // PDFRenderer.swift
    /// PDFs are asked for, and WeasyPrint is not installed.
    case weasyprintMissing
    /// The WeasyPrint at `path` cannot write PDF/UA.
    case weasyprintWithoutPDFUA(path: String)

    // SiteBuilder.swift
    /// The site has no content/ folder.
    case missingContent
    /// WeasyPrint could not make a document's PDF.
    case pdfFailed(PDFFailure)
    /// The site cannot be written to the output folder at `path`.
    case siteWriteFailed(path: String, cause: FailureCause)

    /// Why WeasyPrint made no PDF (`pdfFailed`).
    public enum PDFFailure: Hashable, Sendable {
        /// It could not be started.
        case notStarted(FailureCause)
        /// It did not finish within `limit` seconds and was stopped.
        case timedOut(limit: Double)
        /// It failed without a word, with this exit status.
        case exited(status: Int32)
        /// Its last lines on what went wrong.
        case said(String)
    }

    // Scaffold.swift
    /// A name in the new file's path is not a slug; `suggestion` is the slug of it, nil when it has none.
    case newFileInvalidName(name: String, suggestion: String?)
    /// The new file's path is no place for a file of `kind`.
    case newFileMisplaced(kind: Kind, path: String)
    /// The municipality or document the new file belongs in does not exist yet: its `index` (under content/) of `kind`.
    case newFileMissingParent(index: String, kind: Kind)
    /// The new file's name is taken by sitegen's own files, a page, a municipality or the print page.
    case newFileNameTaken(name: String, by: NameOwner)
    /// The new file exists already, at `path` under content/.
    case newFileExists(path: String)
    /// The folder for a new site is not empty.
    case newSiteFolderNotEmpty(path: String)
    /// A new file or site cannot be written.
    case newFileWriteFailed(cause: FailureCause)

    /// What has the name a new file would take (`newFileNameTaken`).
    public enum NameOwner: Hashable, Sendable {
        /// sitegen's own pages and files (`assets`, `search` ...).
        case sitegen
        /// The page content/pages/NAME.md.
        case page
        /// The municipality content/NAME/.
        case municipality
        /// The document's print page.
        case printPage
    }

    // end of output

    /// A text that has not moved to the catalogs yet.
    case uncatalogued(DiagnosticCode, LocalizedText, hint: LocalizedText?)
}

extension Problem {
    /// The stable code of the problem.
    public var code: DiagnosticCode {
        switch self {
        // MARK: loading

        // end of loading

        // MARK: frontMatter

        // end of frontMatter

        // MARK: siteConfig

        // end of siteConfig

        // MARK: markdown
        case .tableTooLarge: return .tableTooLarge
        case .h1InBody: return .h1InBody
        case .headingSkip: return .headingSkip
        case .missingAlt: return .missingAlt
        case .unsafeLinkAddress: return .unsafeLink
        case .externalImage: return .externalImage
        case .imageIsPage: return .imageIsPage
        case .unsafeRawHTML: return .unsafeLink
        case .emptyLink: return .emptyLink
        case .emptyLinkFragment: return .emptyLink
        case .absoluteLink: return .absoluteLink
        case .linkOutsideContent: return .linkOutsideContent
        case .footnoteUndefined: return .footnoteUndefined
        case .footnoteUnused: return .footnoteUnused
        case .footnoteDuplicate: return .footnoteUnused
        case .footnoteBlankInLabel: return .footnoteUnused
        case .linkWithSpace: return .linkWithSpace
        case .unclosedLinkTitle: return .unclosedLinkTitle
        // end of markdown

        // MARK: site

        // end of site

        // MARK: theme
        case .missingTheme: return .missingTheme
        case .templateNotUTF8: return .themeError
        case .dynamicPartial: return .themeError
        case .templateSyntax: return .themeError
        case .templateUnreadable: return .themeError
        case .unknownStringsLanguage: return .themeError
        case .missingTemplate: return .themeError
        case .themeSymlink: return .symlink
        case .missingPartial: return .themeError
        case .unusedString: return .themeError
        case .stringsNotTable: return .themeError
        case .stringNotText: return .themeError
        case .emptyString: return .themeError
        // end of theme

        // MARK: output
        case .writeOutsideOutput: return .writeFailed
        case .cannotWriteFile: return .writeFailed
        case .cannotCopyFile: return .writeFailed
        case .unusableOutputFolder: return .outputFolder
        case .weasyprintMissing: return .missingWeasyprint
        case .weasyprintWithoutPDFUA: return .missingWeasyprint
        case .missingContent: return .missingContent
        case .pdfFailed: return .pdfFailed
        case .siteWriteFailed: return .writeFailed
        case .newFileInvalidName: return .invalidName
        case .newFileMisplaced: return .misplacedFile
        case .newFileMissingParent: return .missingIndex
        case .newFileNameTaken: return .reservedName
        case .newFileExists: return .nameClash
        case .newSiteFolderNotEmpty: return .outputFolder
        case .newFileWriteFailed: return .writeFailed
        // end of output

        case .uncatalogued(let code, _, _): return code
        }
    }
}
