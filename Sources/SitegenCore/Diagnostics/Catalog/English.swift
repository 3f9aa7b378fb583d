import Foundation

// The English catalog: what every problem says in English.

extension Problem {
    /// What the problem says in English.
    var english: DiagnosticText {
        switch self {
        // MARK: loading

        // end of loading

        // MARK: frontMatter

        // end of frontMatter

        // MARK: siteConfig

        // end of siteConfig

        // MARK: markdown
        case .tableTooLarge(let columns, let rows, let cells, let limit):
            return DiagnosticText("the table has \(columns) columns and \(rows) rows, \(cells) cells; at most \(limit) are allowed",
                                  hint: "split the table into smaller tables, with a blank line between them; every row gets as many cells as the header row has")
        case .h1InBody(let text):
            return DiagnosticText("a '#' heading is not allowed in the body: the title is the page's only top heading",
                                  hint: "use '## \(text)' instead")
        case .headingSkip(let from, let to):
            let marks = String(repeating: "#", count: from + 1)
            return DiagnosticText("the heading jumps from level \(from) to level \(to)",
                                  hint: "use \(marks) for this heading, or add the level in between")
        case .missingAlt(let url):
            return DiagnosticText("the image '\(url)' has no alt text",
                                  hint: "describe the image between the brackets: ![what the image shows](\(url))")
        case .unsafeLinkAddress(let scheme):
            return DiagnosticText("links to '\(scheme):' addresses are not allowed",
                                  hint: "link to a web page (https://...) or a content file instead")
        case .externalImage(let url):
            return DiagnosticText("the image '\(url)' is on another website",
                                  hint: "save the image beside the content file and link to it by its file name")
        case .imageIsPage(let url):
            return DiagnosticText("the image '\(url)' is a content file, not a picture",
                                  hint: "an image must be a picture file (.png, .jpg, .svg ...) beside the content; to link to the page, leave out the '!': [text](\(url))")
        case .unsafeRawHTML(let scheme):
            return DiagnosticText("raw HTML with a '\(scheme):' address is not allowed",
                                  hint: "link to a web page (https://...) or a content file instead")
        case .emptyLink:
            return DiagnosticText("the link has no target",
                                  hint: "write the file or address between the parentheses: [text](faglig-ledelse.md)")
        case .emptyLinkFragment:
            return DiagnosticText("the link has no target")
        case .absoluteLink(let url, let fromSubfolder):
            return DiagnosticText("the link '\(url)' starts with '/'",
                                  hint: fromSubfolder ? "write the path relative to this file, e.g. ../faglig-ledelse.md"
                                                      : "write the path from content/, e.g. pages/om.md")
        case .linkOutsideContent(let url):
            return DiagnosticText("the link '\(url)' points outside content/",
                                  hint: "link only to files inside the content folder")
        case .footnoteUndefined(let label, let writtenLabels):
            let note = "[^\(label)]"
            let written = writtenLabels.map { "[^\($0)]" }.joined(separator: ", ")
            return DiagnosticText("the footnote \(note) has no note, so the page shows '\(note)' as text",
                                  hint: writtenLabels.isEmpty
                                      ? "write the note on a line of its own below the paragraph: \(note): the note's text"
                                      : "use the label of a note that is written (\(written)), or write the note on a line of its own: \(note): the note's text")
        case .footnoteUnused(let label, let undefinedLabels):
            let note = "[^\(label)]"
            let referred = undefinedLabels.map { "[^\($0)]" }.joined(separator: ", ")
            return DiagnosticText("nothing in the text refers to the footnote \(note), so the note is not shown",
                                  hint: undefinedLabels.isEmpty
                                      ? "refer to it in the text with \(note) where the note belongs, or delete it"
                                      : "the text refers to \(referred), which has no note: give this note that label, or refer to it with \(note)")
        case .footnoteDuplicate(let label):
            return DiagnosticText("the footnote [^\(label)] is written twice; only the first is shown",
                                  hint: "give this note a label of its own and refer to it with that, or delete it")
        case .footnoteBlankInLabel(let label, let withoutBlanks):
            return DiagnosticText("the footnote [^\(label)] has a blank in its label, so it is not read as a note and is not shown",
                                  hint: "write the label without blanks: [^\(withoutBlanks)]:")
        case .linkWithSpace(let text, let address, let fix):
            let hint: String
            switch fix {
            case .headingID(let fixed):
                hint = "after '#' write the heading's id, not its text: \(text)(\(fixed)); an id is the text in small letters with '-' for blanks"
            case .withoutBlanks(let joined):
                hint = "write the file's name as it is, without blanks (such as \(joined)); if the name has a blank, put the address in angle brackets: \(text)(<\(address)>)"
            }
            return DiagnosticText("the address of the link \(text)(\(address)) has a blank, so it is no link: the page shows the Markdown as text",
                                  hint: hint)
        case .unclosedLinkTitle(let text, let address, let quote, let title):
            let fixed = "\(text)(\(address) \(quote)\(title)\(quote))"
            return DiagnosticText("the title of the link \(text)(\(address) … starts with \(quote) and is not closed, so it is no link: the page shows the Markdown as text",
                                  hint: "close the title with \(quote): \(fixed), or delete the \(quote)")
        // end of markdown

        // MARK: site

        // end of site

        // MARK: theme
        case .missingTheme(let name):
            return DiagnosticText("the theme '\(name)' does not exist: there is no folder themes/\(name)/",
                                  hint: "create themes/\(name)/ or write 'theme: default'")
        case .templateNotUTF8:
            return DiagnosticText("the template cannot be read as UTF-8 text")
        case .dynamicPartial:
            return DiagnosticText("the template uses a dynamic partial name ({{>*name}}), which sitegen does not support",
                                  hint: "name the partial itself, e.g. {{#isApproach}}{{> partials/approach}}{{/isApproach}}")
        case .templateSyntax(let reason):
            return DiagnosticText("the template cannot be read: \(reason)",
                                  hint: "check that every {{#section}} is closed with {{/section}}")
        case .templateUnreadable(let reason):
            return DiagnosticText("the template cannot be read: \(reason)")
        case .unknownStringsLanguage(let language):
            return DiagnosticText("sitegen has no language '\(language)', so this file is not used",
                                  hint: "the strings files are da.yml, nb.yml, nn.yml and en.yml (no uses nb.yml)")
        case .missingTemplate(let name):
            return DiagnosticText("the theme has no template '\(name).mustache'",
                                  hint: "copy it from the default theme")
        case .themeSymlink(let path):
            return DiagnosticText("'\(path)' is a symbolic link; sitegen does not follow links, so the theme leaves it out",
                                  hint: "copy the file into the theme instead of linking to it")
        case .missingPartial(let name):
            return DiagnosticText("the template includes the partial '\(name)', which the theme does not have",
                                  hint: "create templates/\(name).mustache, or correct the name")
        case .unusedString(let key, let suggestion):
            return DiagnosticText("the text '\(key)' is used by no template",
                                  hint: suggestion.map { "did you mean '\($0)'?" })
        case .stringsNotTable:
            return DiagnosticText("the string table must be 'key: text' lines")
        case .stringNotText(let key):
            return DiagnosticText("the text '\(key)' must be one piece of text, not a list or keys",
                                  hint: "write it as '\(key): text'")
        case .emptyString(let key):
            return DiagnosticText("the text '\(key)' is empty",
                                  hint: "write the text, or delete the line to keep the default")
        // end of theme

        // MARK: output
        case .writeOutsideOutput(let path):
            return DiagnosticText("refused to write outside output/: \(path)")
        case .cannotWriteFile(let path, let cause):
            return DiagnosticText("cannot write \(path): \(cause.english)")
        case .cannotCopyFile(let path):
            return DiagnosticText("cannot read \(path)")
        case .unusableOutputFolder(let path, let reason):
            let message: String
            switch reason {
            case .holdsSite: message = "the output folder \(path) holds the site itself, and a build replaces the whole output folder"
            case .insideSiteFolder(let folder): message = "the output folder \(path) lies inside the site's \(folder)/ folder, which a build would overwrite"
            case .isFile: message = "the output folder \(path) is a file"
            case .holdsOtherFiles: message = "the folder \(path) holds files that sitegen did not write, and a build would delete them"
            }
            return DiagnosticText(message, hint: "write the site to an empty folder of its own, such as output/ beside sitegen.yml (the default)")
        case .weasyprintMissing:
            return DiagnosticText("PDFs need WeasyPrint, which is not installed: install it with 'python3 -m pip install weasyprint' (or name it with WEASYPRINT=/path/to/weasyprint)")
        case .weasyprintWithoutPDFUA(let path):
            return DiagnosticText("the WeasyPrint at \(path) cannot write PDF/UA: install a newer one with 'python3 -m pip install --upgrade weasyprint'")
        case .missingContent:
            return DiagnosticText("the site has no content/ folder",
                                  hint: "create content/ beside sitegen.yml and put the municipalities' folders in it")
        case .pdfFailed(let failure):
            let words: String
            switch failure {
            case .notStarted(let cause): words = cause.detail
            case .timedOut(let limit):
                let time = limit >= 60 ? "\(Int(limit / 60)) min" : "\(Int(limit)) s"
                words = "WeasyPrint did not finish within \(time) and was stopped"
            case .exited(let status): words = "weasyprint exited with status \(status)"
            case .said(let text): words = text
            }
            return DiagnosticText("WeasyPrint could not make the PDF of this document: \(words)")
        case .siteWriteFailed(let path, let cause):
            return DiagnosticText("cannot write the site to \(path): \(cause.english)",
                                  hint: "check that the folder is writable")
        case .newFileInvalidName(let name, let suggestion):
            return DiagnosticText("'\(name)' is not a valid name: use lower-case a-z, 0-9 and '-', e.g. '\(suggestion ?? "faglig-ledelse")'")
        case .newFileMisplaced(let kind, let path):
            let place: String
            switch kind {
            case .municipality: place = "content/<kommune>/index.md"
            case .framework, .programme: place = "content/<kommune>/<dokument>/index.md"
            case .page: place = "content/pages/<side>.md"
            default: place = "content/<kommune>/<dokument>/<del>.md"
            }
            return DiagnosticText("a \(kind.rawValue) cannot live at '\(path)': it belongs at \(place)")
        case .newFileMissingParent(let index, let kind):
            return DiagnosticText("content/\(index) does not exist yet; make it first with 'sitegen new \(kind.rawValue) content/\(index)'")
        case .newFileNameTaken(let name, let owner):
            let what: String
            switch owner {
            case .sitegen: what = "sitegen's own pages and files"
            case .page: what = "the page content/pages/\(name).md"
            case .municipality: what = "the municipality content/\(name)/"
            case .printPage: what = "the document's print page"
            }
            return DiagnosticText("the name '\(name)' is taken by \(what); choose another")
        case .newFileExists(let path):
            return DiagnosticText("content/\(path) already exists")
        case .newSiteFolderNotEmpty(let path):
            return DiagnosticText("\(path) is not empty; choose a new folder")
        case .newFileWriteFailed(let cause):
            return DiagnosticText(cause.english)
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
