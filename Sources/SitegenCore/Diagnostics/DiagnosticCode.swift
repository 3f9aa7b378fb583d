/// The stable identifier of every diagnostic sitegen reports: the `[code]` a writer sees, the
/// `code` field of the JSON and GitHub formats, and a heading in docs/fejlkoder.md. A raw value
/// never changes once released.
public enum DiagnosticCode: String, Sendable, CaseIterable, Codable {
    // Filen og filens indledning (front matter)
    case invalidUTF8 = "invalid-utf8"
    case emptyFile = "empty-file"
    case missingFrontMatter = "missing-front-matter"
    case unterminatedFrontMatter = "unterminated-front-matter"
    case yamlSyntax = "yaml-syntax"
    case yamlAlias = "yaml-alias"
    case duplicateKey = "duplicate-key"
    case invalidKey = "invalid-key"
    case unknownKey = "unknown-key"
    case unknownKind = "unknown-kind"
    case missingKey = "missing-key"
    case missingValue = "missing-value"
    case commentAsValue = "comment-as-value"
    case controlCharacter = "control-character"
    case typeMismatch = "type-mismatch"
    case invalidNumber = "invalid-number"
    case invalidBoolean = "invalid-boolean"
    case invalidDate = "invalid-date"
    case dateOrder = "date-order"
    case invalidURL = "invalid-url"
    case invalidEmail = "invalid-email"
    case invalidColor = "invalid-color"
    case lowContrast = "low-contrast"
    case invalidValue = "invalid-value"
    case tooLong = "too-long"
    case multilineValue = "multiline-value"
    case emptyList = "empty-list"
    case emptyItem = "empty-item"
    case mergedItem = "merged-item"

    // Filer og mapper
    case invalidName = "invalid-name"
    case markdownExtension = "markdown-extension"
    case misplacedFile = "misplaced-file"
    case kindMismatch = "kind-mismatch"
    case missingIndex = "missing-index"
    case reservedName = "reserved-name"
    case nameClash = "name-clash"
    case outputClash = "output-clash"
    case symlink = "symlink"
    case unreadable = "unreadable"
    case fileTooLarge = "file-too-large"
    case tooDeep = "too-deep"
    case tooManyFiles = "too-many-files"
    case unsafeFile = "unsafe-file"

    // Dokumenter og dele
    case numberingGap = "numbering-gap"
    case duplicateNumber = "duplicate-number"
    case expectsCount = "expects-count"
    case unknownId = "unknown-id"

    // Teksten (Markdown)
    case relatedDuplicate = "related-duplicate"
    case h1InBody = "h1-in-body"
    case headingSkip = "heading-skip"
    case brokenLink = "broken-link"
    case missingFragment = "missing-fragment"
    case linkWithSpace = "link-with-space"
    case unclosedLinkTitle = "unclosed-link-title"
    case emptyLink = "empty-link"
    case absoluteLink = "absolute-link"
    case linkOutsideContent = "link-outside-content"
    case unsafeLink = "unsafe-link"
    case footnoteUndefined = "footnote-undefined"
    case footnoteUnused = "footnote-unused"
    case missingAlt = "missing-alt"
    case missingImage = "missing-image"
    case tableTooLarge = "table-too-large"
    case imageIsPage = "image-is-page"
    case externalImage = "external-image"
    case missingFile = "missing-file"

    // sitegen.yml og temaet (exit-status 2)
    case missingConfig = "missing-config"
    case missingContent = "missing-content"
    case outputFolder = "output-folder"
    case missingTheme = "missing-theme"
    case themeError = "theme-error"
    case missingWeasyprint = "missing-weasyprint"
    case pdfFailed = "pdf-failed"
    case writeFailed = "write-failed"
}

extension DiagnosticCode: CustomStringConvertible {
    /// The code as writers see it, e.g. `unknown-key`.
    public var description: String { rawValue }

    /// The part of docs/fejlkoder.md that explains the code.
    var section: ReferenceSection {
        switch self {
        case .invalidUTF8, .emptyFile, .missingFrontMatter, .unterminatedFrontMatter, .yamlSyntax, .yamlAlias, .duplicateKey, .invalidKey, .unknownKey, .unknownKind, .missingKey, .missingValue, .commentAsValue, .controlCharacter, .typeMismatch, .invalidNumber, .invalidBoolean, .invalidDate, .dateOrder, .invalidURL, .invalidEmail, .invalidColor, .lowContrast, .invalidValue, .tooLong, .multilineValue, .emptyList, .emptyItem, .mergedItem:
            return .frontMatter
        case .invalidName, .markdownExtension, .misplacedFile, .kindMismatch, .missingIndex, .reservedName, .nameClash, .outputClash, .symlink, .unreadable, .fileTooLarge, .tooDeep, .tooManyFiles, .unsafeFile:
            return .files
        case .numberingGap, .duplicateNumber, .expectsCount, .unknownId:
            return .documents
        case .relatedDuplicate, .h1InBody, .headingSkip, .brokenLink, .missingFragment, .linkWithSpace, .unclosedLinkTitle, .emptyLink, .absoluteLink, .linkOutsideContent, .unsafeLink, .footnoteUndefined, .footnoteUnused, .missingAlt, .missingImage, .tableTooLarge, .imageIsPage, .externalImage, .missingFile:
            return .markdown
        case .missingConfig, .missingContent, .outputFolder, .missingTheme, .themeError, .missingWeasyprint, .pdfFailed, .writeFailed:
            return .configuration
        }
    }
}

/// The parts of docs/fejlkoder.md, in their order.
enum ReferenceSection: CaseIterable {
    case frontMatter
    case files
    case documents
    case markdown
    case configuration
}
