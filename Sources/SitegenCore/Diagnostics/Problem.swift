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

    // Validation/SiteValidator.swift
    /// A municipality's colour is too light against white (`ratio`:1) for text and links in it.
    case lowContrast(color: String, ratio: Double)
    /// A municipality's logo is not a picture file.
    case logoNotPicture(logo: String)
    /// A municipality's logo names no file; `folder` is the municipality's folder under content/.
    case logoMissing(logo: String, folder: String)
    /// A document's 'revised' date is before its 'adopted' date.
    case revisedBeforeAdopted(revised: CalendarDate, adopted: CalendarDate)
    /// Two parts of one kind in a document have the same number; `firstPath` is the other one's file.
    case duplicatePartNumber(kind: Kind, number: Int, firstPath: String)
    /// The numbers of a document's parts of one kind skip `missing`; `total` of them have a number.
    case partNumberingGap(kind: Kind, missing: [ClosedRange<Int>], total: Int)
    /// 'expects' counts parts (`key`, of kind `partKind`) that a document of `documentKind` cannot hold.
    case expectsPartsDocumentCannotHold(documentKind: Kind, key: String, partKind: Kind)
    /// A document has another number of parts (`key`, of kind `partKind` if it names one) than 'expects' says.
    case expectedCountDiffers(key: String, partKind: Kind?, expected: Int, actual: Int)
    /// A page's 'related' list names the page itself.
    case relatedNamesItself
    /// A page's 'related' list names a page more than once.
    case relatedNamesTwice(id: ContentID)
    /// A page's 'related' list names a draft that is left out of the build.
    case relatedNamesLeftOutDraft(id: ContentID)
    /// A page's 'related' list names an id that is no page; `suggestions` are the ids it may mean.
    case relatedNamesUnknownPage(id: ContentID, suggestions: [String])
    /// A link's or picture's address holds an invisible `character` ("U+200B"); `address` is shown without it.
    case invisibleCharacterInAddress(address: String, character: String, isImage: Bool)
    /// A link points to a draft that is left out of the build.
    case linkToLeftOutDraft(link: String)
    /// A link points to the name that a misnamed file (`fileName`) should have.
    case linkToMisnamedFile(link: String, fileName: String)
    /// A link points to a content file that does not exist; `suggestion` is the path to the nearest one.
    case linkToMissingFile(link: String, suggestion: String?)
    /// A link's '#fragment' is no heading of `page` (nil: of the link's own file); `nearestHeadings` is empty when it has none.
    case fragmentNotAHeading(fragment: String, page: String?, nearestHeadings: [String])
    /// A link or picture points to a file beside the content that does not exist.
    case missingAsset(written: String, isImage: Bool, fix: MissingAssetFix)

    /// How to mend a link or picture whose file does not exist.
    public enum MissingAssetFix: Hashable, Sendable {
        /// A file of that name exists with other capitals: `name`, as a path from the link's file.
        case matchCapitals(name: String)
        /// The link names a page without its .md: `file` is the way to write it.
        case linkPageFile(file: String)
        /// The link names a folder or a path without an extension (`folder`, ending in '/').
        case linkMarkdownFile(folder: String)
        /// Nothing of the name exists: put the file at content/`path` or correct the path.
        case placeFile(path: String)
    }

    // Validation/OutputClashes.swift
    /// A file beside the content lies where sitegen writes a document's PDF (output/`path`).
    case pdfInPlaceOfFile(path: String)
    /// A file beside the content would take the place of a file sitegen writes (output/`path`).
    case fileInPlaceOfOutput(path: String)

    // Pipeline/AssembleStage.swift
    /// A page lies in a subfolder of content/pages/; `name` is its file name.
    case pageInSubfolder(name: String)
    /// A file in content/pages/ has another kind than page.
    case notPageInPagesFolder(kind: Kind)
    /// A page is called index.md, which would be the front page.
    case pageNamedIndex
    /// A page's name is one that sitegen uses itself.
    case pageNameReserved(name: String)
    /// A page would have the same address as the municipality folder of its name.
    case pageClashesWithMunicipality(name: String)
    /// A municipality's index.md has another kind than municipality; `municipality` is its folder.
    case notMunicipalityInMunicipalityIndex(kind: Kind, municipality: String)
    /// A municipality's folder has a name that sitegen uses itself.
    case folderNameReserved(name: String)
    /// A document's index.md has a kind that is no document; `municipality` and `document` are its folders.
    case notDocumentInDocumentIndex(kind: Kind, municipality: String, document: String)
    /// A file beside a document's index.md has a kind that is no part.
    case notPartBesideDocument(kind: Kind)
    /// A part is called print.md, the name of its document's print page.
    case partNamedPrint
    /// A content file (`sitePath`) of `kind` lies where no content file may, at `level`.
    case misplacedContentFile(sitePath: String, kind: Kind, level: ContentLevel)
    /// A folder that holds content has no index.md: a municipality's (`isMunicipality`) or a document's.
    case folderWithoutIndex(folder: String, isMunicipality: Bool)
    /// A document holds a part of a kind that a document of its kind cannot hold.
    case partKindNotAllowed(documentKind: Kind, partKind: Kind)

    /// Where a misplaced content file lies.
    public enum ContentLevel: Hashable, Sendable {
        /// Directly in content/.
        case contentRoot
        /// In a municipality's folder (`municipality`), beside its index.md.
        case municipalityFolder(municipality: String)
        /// Deeper than the parts of a document.
        case belowParts
    }

    // Pipeline/ParseStage.swift
    /// A Markdown file under content/ cannot be read.
    case contentFileUnreadable

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

        // Validation/SiteValidator.swift
        case .lowContrast: return .lowContrast
        case .logoNotPicture: return .missingFile
        case .logoMissing: return .missingFile
        case .revisedBeforeAdopted: return .dateOrder
        case .duplicatePartNumber: return .duplicateNumber
        case .partNumberingGap: return .numberingGap
        case .expectsPartsDocumentCannotHold: return .expectsCount
        case .expectedCountDiffers: return .expectsCount
        case .relatedNamesItself: return .relatedDuplicate
        case .relatedNamesTwice: return .relatedDuplicate
        case .relatedNamesLeftOutDraft: return .unknownId
        case .relatedNamesUnknownPage: return .unknownId
        case .invisibleCharacterInAddress(_, _, let isImage): return isImage ? .missingImage : .brokenLink
        case .linkToLeftOutDraft: return .brokenLink
        case .linkToMisnamedFile: return .brokenLink
        case .linkToMissingFile: return .brokenLink
        case .fragmentNotAHeading: return .missingFragment
        case .missingAsset(_, let isImage, _): return isImage ? .missingImage : .brokenLink

        // Validation/OutputClashes.swift
        case .pdfInPlaceOfFile: return .outputClash
        case .fileInPlaceOfOutput: return .outputClash

        // Pipeline/AssembleStage.swift
        case .pageInSubfolder: return .misplacedFile
        case .notPageInPagesFolder: return .kindMismatch
        case .pageNamedIndex: return .reservedName
        case .pageNameReserved: return .reservedName
        case .pageClashesWithMunicipality: return .nameClash
        case .notMunicipalityInMunicipalityIndex: return .kindMismatch
        case .folderNameReserved: return .reservedName
        case .notDocumentInDocumentIndex: return .kindMismatch
        case .notPartBesideDocument: return .kindMismatch
        case .partNamedPrint: return .reservedName
        case .misplacedContentFile: return .misplacedFile
        case .folderWithoutIndex: return .missingIndex
        case .partKindNotAllowed: return .kindMismatch

        // Pipeline/ParseStage.swift
        case .contentFileUnreadable: return .unreadable

        // end of site

        // MARK: theme

        // end of theme

        // MARK: output

        // end of output

        case .uncatalogued(let code, _, _): return code
        }
    }
}
