/// Every problem sitegen reports, with what it needs to be told. Each case has a stable code
/// (`code`) and a text in every catalog (Catalog/English.swift, Danish.swift, Norwegian.swift);
/// the stages report cases and never hold message text.
///
/// A new diagnostic is a case here, its code below, and a line in each catalog.
enum Problem: Hashable, Sendable {
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
    case contentFolderUnreadable(cause: FailureCause)
    /// content/ holds more files than sitegen walks (`limit`).
    case tooManyFiles(limit: Int)
    /// A file or folder under content/ is a symbolic link, which sitegen does not follow.
    case symlinkInContent(path: String)
    /// A folder the build reads whole (`content`, `themes`, `themes/NAME`) is itself a symbolic
    /// link, which sitegen does not read through; `folder` is its path in the site folder.
    case symlinkedSiteFolder(folder: String)
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

    // FrontMatter/FieldReader.swift
    /// A key is not a single word (a list or a map written where a key goes).
    case keyNotAWord
    /// A key holds an invisible character (`codePoint`, "U+200B"), so it matches no key; `key` is the key without it.
    case invisibleCharacterInKey(key: String, codePoint: String)
    /// A key that a kind, a group of keys (`contact`, `quote`) or sitegen.yml (`kindName`) does not have.
    case unknownKey(key: String, suggestion: String?, allowedKeys: [String], kindName: String)
    /// A required key is written without a value.
    case missingValue(key: String)
    /// A required key's value is empty text (`title: ""`).
    case emptyValue(key: String)
    /// A required key of a kind, a group of keys or sitegen.yml (`kindName`) is not written.
    case missingKey(key: String, kindName: String)
    /// A value that must be one line spans several.
    case multilineValue(key: String)
    /// A value has more characters than its key allows.
    case valueTooLong(key: String, length: Int, maxLength: Int)
    /// A yes-or-no value is neither true nor false (or is true or false in quotes).
    case notABoolean(key: String, value: String)
    /// A value is not an http or https address.
    case notAWebAddress(key: String, value: String)
    /// A value is not a colour written #rrggbb.
    case notAColor(key: String, value: String)
    /// A value is not one of the words its key allows.
    case valueNotAllowed(key: String, value: String, suggestion: String?, allowedValues: [String])
    /// A list has fewer items than its key needs.
    case tooFewItems(key: String, minimum: Int)
    /// A key under 'expects' names no kind of part.
    case unknownExpectsKey(key: String, suggestion: String?, allowedKeys: [String])
    /// A period ends before it starts.
    case periodEndsBeforeStart(start: CalendarDate, end: CalendarDate)
    /// A value is empty because a '#' after the key's ':' began a YAML comment (`comment`, from the '#' on).
    case commentAsValue(key: String, comment: String)
    /// A value holds an invisible control character (`codePoint`, "U+0000").
    case controlCharacterInValue(key: String, codePoint: String)
    /// A single value is written as a list.
    case listForSingleValue(key: String)
    /// A single value is written as a map.
    case mapForSingleValue(key: String)
    /// A value is a YAML alias.
    case aliasForValue(key: String)
    /// A list is written as something else.
    case notAList(key: String)
    /// A map is written as something else; `example` holds lines it could hold (`start: 2025-08-01`).
    case notAMap(key: String, example: [String])
    /// A list item holds ': ', so YAML read it as a key; `item` is the item as written.
    case listItemReadAsKey(key: String, item: String)
    /// A list item is empty; `comment` is the text a '#' after the '- ' made a comment of, when that emptied it.
    case emptyListItem(key: String, comment: String?)
    /// A line written as a list item, indented deeper than the items (`indentation` spaces before their '-'), continues the item above.
    case listItemMerged(key: String, indentation: Int)
    /// A whole number is not written as one; `minimum` is the smallest number the key allows.
    case notAWholeNumber(key: String, value: String, minimum: Int?)
    /// A number is smaller than its key allows.
    case numberTooSmall(key: String, value: Int, minimum: Int)
    /// A date written YYYY-MM-DD is no day of the calendar (2024-02-30).
    case noSuchDay(key: String, value: String)
    /// A date is not written YYYY-MM-DD; `meant` is the day it names written day first (1/9/2024), if it does.
    case notADate(key: String, value: String, meant: CalendarDate?)
    /// A value is not an e-mail address.
    case notAnEmailAddress(key: String, value: String)

    // FrontMatter/YAMLMistakes.swift
    /// A quoted value has its own quote (`quote`) inside, which ends it early; `mended` is the line as it should be written.
    case quoteInsideQuotedValue(key: String, quote: String, mended: String)
    /// A plain value holds ': ', which YAML reads as another key; `mended` is the line with the value in quotes.
    case colonInValue(key: String, mended: String)

    // FrontMatter/YAMLParser.swift
    /// The YAML holds an invisible control character (`codePoint`, "U+000B").
    case controlCharacterInYAML(codePoint: String)
    /// The YAML uses an anchor or an alias (`&name`, `*name`).
    case yamlAnchorOrAlias
    /// The YAML uses a tag (`!name`, `!!type`).
    case yamlTag
    /// The YAML library failed with an error of its own (`detail`); `file` is the YAML file, nil for a content file's front matter.
    case yamlFailed(file: String?, detail: String)
    /// The YAML is not valid (libyaml's `problem`, in English); `file` is the YAML file, nil for a content file's front matter.
    case invalidYAML(file: String?, problem: String, context: YAMLContext?)
    /// The YAML is not valid, and a tab on the line where it stopped is the likely cause.
    case tabInYAML(file: String?, problem: String, context: YAMLContext?)
    /// The YAML is not valid, and typographic quotation marks (“ ”) on the line where it stopped are the likely cause.
    case typographicQuotesInYAML(file: String?, problem: String, context: YAMLContext?)
    /// A key is written more than once in one map; `firstLine` is where the first of one repeated key is.
    case duplicateKey(keys: [String], firstLine: Int?)
    /// The YAML library cannot read the text (libyaml's `problem`, in English).
    case unreadableYAML(file: String?, problem: String)
    /// The YAML library failed without saying where or why.
    case yamlFailedWithoutDetail

    // FrontMatter/FrontMatterDecoder.swift
    /// The front matter holds no keys.
    case emptyFrontMatter
    /// The front matter is a list or a single value, not keys with values.
    case frontMatterNotAMap
    /// `kind` names no kind of content file (`written`).
    case unknownKind(written: String, suggestion: String?)
    /// The front matter has no `kind`.
    case missingKind

    // end of frontMatter

    // MARK: sitegen.yml (Model/SiteConfig.swift)

    // FrontMatter/SiteConfig+Reading.swift
    /// The site folder has no sitegen.yml that can be read; `cause` is why reading it failed.
    case siteConfigMissing(folder: String, cause: FailureCause)
    /// sitegen.yml is not UTF-8 text.
    case siteConfigNotUTF8
    /// sitegen.yml holds no keys.
    case siteConfigEmpty
    /// sitegen.yml is a list or a single value, not keys with values.
    case siteConfigNotAMap
    /// 'markdown' in sitegen.yml is not a map of options.
    case markdownOptionsNotAMap
    /// 'baseURL' has a ?query or a #fragment.
    case baseURLWithQueryOrFragment
    /// 'baseURL' holds a user name or password.
    case baseURLWithCredentials
    /// 'baseURL' holds characters an address must escape, or a domain in letters outside a-z.
    case baseURLNeedsEscaping
    /// 'theme' is not a name a folder in themes/ can have.
    case themeNameNotAFolder(theme: String)

    // end of siteConfig

    // MARK: Markdown: the body, its links, pictures, footnotes and tables (Markdown/)

    // MarkdownTreeWalker.swift
    /// A table has more cells than a page may hold.
    case tableTooLarge(columns: Int, rows: Int, cells: Int, limit: Int)
    /// A table, within the limit of one, brings the cells of the file's tables to more than a
    /// page may hold: `tables` tables (this one the last) with `cells` cells together.
    case tablesTooLarge(tables: Int, cells: Int, limit: Int)

    // MarkupLimit.swift
    /// A line has `pipes` '|', more than `limit`: Debian's libcmark-gfm would take minutes to read it.
    case lineWithTooManyPipes(pipes: Int, limit: Int)
    /// The body has `count` openings of raw HTML of one kind without their end after them on the
    /// same line, more than `limit` (the location is the first): Debian's libcmark-gfm would take
    /// minutes to read them.
    case unclosedHTMLOpenings(opening: HTMLOpening, count: Int, limit: Int)
    /// The body has a '#' heading, which only the title may be.
    case h1InBody(text: String)
    /// A heading skips a level.
    case headingSkip(from: Int, to: Int)
    /// An image has no alt text.
    case missingAlt(url: String)
    /// A link goes to a 'javascript:', 'vbscript:', 'data:' or 'file:' address.
    case unsafeLinkAddress(scheme: String)
    /// A 'mailto:' link is not one plain e-mail address: it has more after the address
    /// ('?cc=', '?subject=', '&', '%', '#'), which a mail program reads as more headers.
    case mailtoLinkNotAnAddress(url: String)
    /// An image is on another website.
    case externalImage(url: String)
    /// An image is a content file, not a picture.
    case imageIsPage(url: String)
    /// Raw HTML has a 'javascript:', 'vbscript:' or 'data:' address.
    case unsafeRawHTML(scheme: String)
    /// Raw HTML stops inside a tag (before its '>'), so the text after it would become the tag's attributes.
    case rawHTMLEndsInsideTag

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
    /// A footnote reference has no note; `writtenLabels` are (the first few of) the labels of the
    /// notes there are, and `moreLabels` how many more there are.
    case footnoteUndefined(label: String, writtenLabels: [String], moreLabels: Int)
    /// A footnote's note is referred to by nothing; `undefinedLabels` are (the first few of) the
    /// references without a note, sorted, and `moreLabels` how many more there are.
    case footnoteUnused(label: String, undefinedLabels: [String], moreLabels: Int)
    /// A footnote's note is written twice.
    case footnoteDuplicate(label: String)
    /// A footnote's label has a blank, so it is no note; `withoutBlanks` is the label without them.
    case footnoteBlankInLabel(label: String, withoutBlanks: String)

    // LinkSyntaxDiagnostics.swift
    /// A link's address has a blank, so it is no link; `fix` is how the address reads without it.
    case linkWithSpace(text: String, address: String, fix: LinkAddressFix)
    /// A link's title is not closed, so it is no link.
    case unclosedLinkTitle(text: String, address: String, quote: String, title: String)

    // end of markdown

    // MARK: The site: where files live, documents and their parts, links between pages (Validation/, Pipeline/AssembleStage, ParseStage)

    // Validation/SiteValidator+*.swift
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

    // Pipeline/ParseStage.swift
    /// A Markdown file under content/ cannot be read.
    case contentFileUnreadable(cause: FailureCause)

    // Validation/PublishableFiles.swift
    /// A file beside the content is of a kind a browser can run (a web page, a script, an SVG with script), so it is not published.
    case unsafeFile(name: String, reason: UnsafeFileReason)
    /// A file beside the content has a backslash in its path under content/ (its name or a
    /// folder's), which no web address can hold as it is; `suggestion` is the path with '-' for
    /// each backslash.
    case assetNameWithBackslash(name: String, suggestion: String)

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
    case templateSyntax(reason: TemplateSyntaxError)
    /// A template cannot be compiled for another reason, in swift-mustache's words.
    case templateUnreadable(reason: String)
    /// A theme file (a template, a strings file, an asset) cannot be read.
    case themeFileUnreadable(cause: FailureCause)
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
    case cannotCopyFile(path: String, cause: FailureCause)

    // OutputLocation.swift
    /// The folder cannot be the output folder: a build replaces it whole, and `reason` is what that would destroy.
    case unusableOutputFolder(path: String, reason: OutputFolderReason)

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
    /// A folder on the new file's way (or the file's own name), at `path` under content/, is a
    /// symbolic link, which `sitegen new` does not write through.
    case newFileThroughSymlink(path: String)
    /// The folder for a new site is not empty.
    case newSiteFolderNotEmpty(path: String)
    /// A new file or site cannot be written.
    case newFileWriteFailed(cause: FailureCause)
    /// The `weasyprint` command at `path` is not a Python script whose interpreter sitegen can find.
    case weasyprintWithoutPython(path: String)

    // end of output

}
