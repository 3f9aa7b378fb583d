// The small value types some problems carry: which fix a hint gives, where a file lies, why a
// folder or a PDF failed. Kept apart from the list of problems so that it reads as a list.

extension Problem {
    /// Where libyaml was when it stopped: what it was reading ("while scanning a quoted scalar") and the file line it began on.
    struct YAMLContext: Hashable, Sendable {
        /// libyaml's words, in English.
        let text: String
        /// The line of the content file or YAML file.
        let line: Int
    }

    /// An opening of raw HTML that the Markdown reader looks for the end of (`unclosedHTMLOpenings`).
    enum HTMLOpening: Hashable, Sendable, CaseIterable {
        /// `<?`, ended by `?>`.
        case processingInstruction
        /// `<![CDATA[`, ended by `]]>`.
        case cdata
        /// `<!` and a letter (`<!DOCTYPE`), ended by `>`.
        case declaration
    }

    /// How to write the address of a link with a blank (`linkWithSpace`).
    enum LinkAddressFix: Hashable, Sendable {
        /// The heading's text is typed after '#': the address with the heading's id instead.
        case headingID(String)
        /// A file name with blanks: the address with '-' for them.
        case withoutBlanks(String)
    }

    /// How to mend a link or picture whose file does not exist.
    enum MissingAssetFix: Hashable, Sendable {
        /// A file of that name exists with other capitals: `name`, as a path from the link's file.
        case matchCapitals(name: String)
        /// The link names a page without its .md: `file` is the way to write it.
        case linkPageFile(file: String)
        /// The link names a folder or a path without an extension (`folder`, ending in '/').
        case linkMarkdownFile(folder: String)
        /// Nothing of the name exists: put the file at content/`path` or correct the path.
        case placeFile(path: String)
    }

    /// Where a misplaced content file lies.
    enum ContentLevel: Hashable, Sendable {
        /// Directly in content/.
        case contentRoot
        /// In a municipality's folder (`municipality`), beside its index.md.
        case municipalityFolder(municipality: String)
        /// Deeper than the parts of a document.
        case belowParts
    }

    /// Why a folder cannot be the output folder (`unusableOutputFolder`).
    enum OutputFolderReason: Hashable, Sendable {
        /// It holds the site itself.
        case holdsSite
        /// It lies inside the site's folder of this name (`content`, `themes`).
        case insideSiteFolder(String)
        /// It is a file.
        case isFile
        /// It holds files (hidden ones too) and no marker that sitegen wrote it.
        case holdsOtherFiles
    }

    /// Why WeasyPrint made no PDF (`pdfFailed`).
    enum PDFFailure: Hashable, Sendable {
        /// It could not be started.
        case notStarted(FailureCause)
        /// It did not finish within `limit` seconds and was stopped.
        case timedOut(limit: Double)
        /// It failed without a word, with this exit status.
        case exited(status: Int32)
        /// Its last lines on what went wrong.
        case said(String)
    }

    /// What has the name a new file would take (`newFileNameTaken`).
    enum NameOwner: Hashable, Sendable {
        /// sitegen's own pages and files (`assets`, `search` ...).
        case sitegen
        /// The page content/pages/NAME.md.
        case page
        /// The municipality content/NAME/.
        case municipality
        /// The document's print page.
        case printPage
    }

    /// What is wrong in a template's syntax, as swift-mustache's parser tells it.
    enum TemplateSyntaxError: Hashable, Sendable {
        case sectionCloseNameIncorrect, unfinishedName, expectedSectionEnd, invalidSetDelimiter
        case transformAppliedToInheritanceSection, illegalTokenInsideInheritSection, textInsideInheritSection
        case invalidConfigVariableSyntax, unrecognisedConfigVariable
        /// Another error, in the parser's words.
        case other(String)
    }

    /// Why a file beside the content is not published (`unsafeFile`).
    enum UnsafeFileReason: Hashable, Sendable {
        /// A web page (`html`, `htm` ...): its extension.
        case webPage(extension: String)
        /// A script or a program (`js`, `mjs` ...): its extension.
        case script(extension: String)
        /// An SVG picture that can run script or load something from elsewhere.
        case svg(SVGRisk)
        /// The name has no extension, so what the file is cannot be told.
        case noExtension
        /// Any other kind of file: its extension.
        case otherType(extension: String)
    }

    /// What an SVG picture holds that a browser could run or load (`UnsafeFileReason.svg`).
    enum SVGRisk: Hashable, Sendable {
        /// A `<script>` element (or `<handler>`).
        case script
        /// An event handler attribute, by its name (`onload`).
        case eventHandler(String)
        /// An element that holds another document (`foreignobject`, `iframe`).
        case foreignContent(element: String)
        /// A reference to another file or address, as written (`href="https://…"`, `url(…)`).
        case externalReference(String)
        /// An animation that changes an address or a handler (`attributeName="href"`).
        case animatedAddress(attribute: String)
        /// An `<!ENTITY>` declaration that holds markup, which can build a script out of pieces.
        case entityDeclaration
        /// More copies than `SVGSafety.maximumCopies` (`<use>`, markers, masks, clip paths inside each other).
        case nestedUse
        /// An `<!ATTLIST>` declaration, which sets attributes (`onload`) where no element shows them.
        case attributeDeclaration
        /// The XML parser reports an error in it (a tag not closed, a prefix not declared):
        /// a browser shows an error page, with what it read before the error.
        case notWellFormed
        /// The file is in UTF-16 (or holds NUL bytes), which the check cannot read.
        case notUTF8
        /// The file is larger than content files may be (`megabytes`).
        case tooLarge(megabytes: Int)

        /// True when the picture could not be checked at all (not UTF-8, too large).
        var isUncheckable: Bool {
            switch self {
            case .notUTF8, .tooLarge: true
            default: false
            }
        }
    }
}
