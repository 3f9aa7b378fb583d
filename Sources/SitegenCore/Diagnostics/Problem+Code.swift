// Each problem's stable code: several problems may share one (three kinds of kind-mismatch).

extension Problem {
    /// The stable code of the problem.
    var code: DiagnosticCode {
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
        case .symlinkedSiteFolder: return .symlink
        case .foldersTooDeep: return .tooDeep
        case .fileTooLarge: return .fileTooLarge
        case .markdownExtension: return .markdownExtension
        case .folderNameNotSlug: return .invalidName
        case .fileNameNotSlug: return .invalidName
        case .assetNameWithBackslash: return .invalidName

        // end of loading

        // MARK: frontMatter

        // FrontMatter/FieldReader.swift
        case .keyNotAWord: return .invalidKey
        case .invisibleCharacterInKey: return .unknownKey
        case .unknownKey: return .unknownKey
        case .missingValue: return .missingValue
        case .emptyValue: return .missingValue
        case .missingKey: return .missingKey
        case .multilineValue: return .multilineValue
        case .valueTooLong: return .tooLong
        case .notABoolean: return .invalidBoolean
        case .notAWebAddress: return .invalidURL
        case .notAColor: return .invalidColor
        case .valueNotAllowed: return .invalidValue
        case .tooFewItems: return .emptyList
        case .unknownExpectsKey: return .unknownKey
        case .periodEndsBeforeStart: return .dateOrder
        case .commentAsValue: return .commentAsValue
        case .controlCharacterInValue: return .controlCharacter
        case .listForSingleValue: return .typeMismatch
        case .mapForSingleValue: return .typeMismatch
        case .aliasForValue: return .typeMismatch
        case .notAList: return .typeMismatch
        case .notAMap: return .typeMismatch
        case .listItemReadAsKey: return .typeMismatch
        case .emptyListItem: return .emptyItem
        case .listItemMerged: return .mergedItem
        case .notAWholeNumber: return .typeMismatch
        case .numberTooSmall: return .invalidNumber
        case .noSuchDay: return .invalidDate
        case .notADate: return .invalidDate
        case .notAnEmailAddress: return .invalidEmail

        // FrontMatter/YAMLMistakes.swift
        case .quoteInsideQuotedValue: return .yamlSyntax
        case .colonInValue: return .yamlSyntax

        // FrontMatter/YAMLParser.swift
        case .controlCharacterInYAML: return .controlCharacter
        case .yamlAnchorOrAlias: return .yamlAlias
        case .yamlTag: return .yamlSyntax
        case .yamlFailed: return .yamlSyntax
        case .invalidYAML: return .yamlSyntax
        case .tabInYAML: return .yamlSyntax
        case .typographicQuotesInYAML: return .yamlSyntax
        case .duplicateKey: return .duplicateKey
        case .unreadableYAML: return .yamlSyntax
        case .yamlFailedWithoutDetail: return .yamlSyntax

        // FrontMatter/FrontMatterDecoder.swift
        case .emptyFrontMatter: return .missingKey
        case .frontMatterNotAMap: return .yamlSyntax
        case .unknownKind: return .unknownKind
        case .missingKind: return .missingKey

        // end of frontMatter

        // MARK: siteConfig

        // FrontMatter/SiteConfig+Reading.swift
        case .siteConfigMissing: return .missingConfig
        case .siteConfigNotUTF8: return .invalidUTF8
        case .siteConfigEmpty: return .missingKey
        case .siteConfigNotAMap: return .yamlSyntax
        case .markdownOptionsNotAMap: return .typeMismatch
        case .baseURLWithQueryOrFragment: return .invalidURL
        case .baseURLWithCredentials: return .invalidURL
        case .baseURLNeedsEscaping: return .invalidURL
        case .themeNameNotAFolder: return .invalidValue

        // end of siteConfig

        // MARK: markdown
        case .tableTooLarge: return .tableTooLarge
        case .tablesTooLarge: return .tableTooLarge
        case .lineWithTooManyPipes: return .tableTooLarge
        case .unclosedHTMLOpenings: return .fileTooLarge
        case .h1InBody: return .h1InBody
        case .headingSkip: return .headingSkip
        case .missingAlt: return .missingAlt
        case .unsafeLinkAddress: return .unsafeLink
        case .mailtoLinkNotAnAddress: return .invalidEmail
        case .externalImage: return .externalImage
        case .imageIsPage: return .imageIsPage
        case .unsafeRawHTML: return .unsafeLink
        case .rawHTMLEndsInsideTag: return .unsafeLink
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

        // Validation/SiteValidator+*.swift
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

        // Validation/PublishableFiles.swift
        case .unsafeFile: return .unsafeFile

        // end of site

        // MARK: theme
        case .missingTheme: return .missingTheme
        case .templateNotUTF8: return .themeError
        case .dynamicPartial: return .themeError
        case .templateSyntax: return .themeError
        case .templateUnreadable: return .themeError
        case .themeFileUnreadable: return .themeError
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
        case .newFileThroughSymlink: return .symlink
        case .newSiteFolderNotEmpty: return .outputFolder
        case .newFileWriteFailed: return .writeFailed
        case .weasyprintWithoutPython: return .missingWeasyprint
        // end of output

        }
    }
}
