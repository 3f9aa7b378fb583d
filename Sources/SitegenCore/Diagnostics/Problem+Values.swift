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
        /// It holds files sitegen did not write.
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
}
