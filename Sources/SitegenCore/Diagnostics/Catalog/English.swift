import Foundation

// The English catalog: what every problem says in English.

extension Problem {
    /// What the problem says in English.
    var english: DiagnosticText {
        switch self {
        // MARK: loading

        // Loading/SourceText.swift
        case .notUTF8:
            return DiagnosticText("the file is not UTF-8 text",
                                  hint: "save the file as UTF-8 in your editor (in Word: Save as → Plain text → Unicode (UTF-8))")
        case .emptyFile:
            return DiagnosticText("the file is empty",
                                  hint: "start the file with front matter: a line '---', 'kind: ...', 'title: ...' and another '---'")
        case .noFrontMatter:
            return DiagnosticText("the file does not start with front matter",
                                  hint: "the very first line must be '---', followed by the keys and another '---' line")
        case .unterminatedFrontMatter:
            return DiagnosticText("the front matter has no closing '---' line",
                                  hint: "add a line with '---' after the last key")

        // Loading/ContentScanner.swift
        case .contentFolderUnreadable(let cause):
            return DiagnosticText("the folder cannot be read: \(cause.english)", hint: "check the folder's permissions")
        case .tooManyFiles(let limit):
            return DiagnosticText("content/ holds more than \(limit) files", hint: "split the site into several sites")
        case .symlinkInContent(let path):
            return DiagnosticText("'\(path)' is a symbolic link; sitegen does not follow links",
                                  hint: "copy the file or folder into content/ instead of linking to it")
        case .symlinkedSiteFolder(let folder):
            return DiagnosticText("'\(folder)/' is a symbolic link; sitegen does not follow links, so it reads nothing through it",
                                  hint: "move or copy the folder itself into the site folder, beside sitegen.yml, instead of linking to it")
        case .foldersTooDeep(let limit):
            return DiagnosticText("folders are nested more than \(limit) deep",
                                  hint: "content/ has at most three levels: municipality, document, part")
        case .fileTooLarge(let megabytes, let limit):
            return DiagnosticText("the file is \(megabytes) MB; at most \(limit) MB is allowed",
                                  hint: "split the text into several files")
        case .markdownExtension(let name, let slug):
            return DiagnosticText("'\(name)' looks like a Markdown file, but sitegen reads only files whose names end in '.md'",
                                  hint: "rename it to '\(slug.isEmpty ? "navn" : slug).md'")
        case .folderNameNotSlug(let name, let slug):
            return DiagnosticText("the folder name '\(name)' is not a slug (lower-case a-z, 0-9 and '-')",
                                  hint: slug.isEmpty
                                    ? "use only a-z, 0-9 and '-' (æ→ae, ø→oe, å→aa, spaces → '-')"
                                    : "rename it to '\(slug)' (æ→ae, ø→oe, å→aa, spaces → '-')")
        case .assetNameWithBackslash(let name, let suggestion):
            return DiagnosticText("the path '\(name)' holds a '\\', which a web address cannot hold, so the file is not published",
                                  hint: "rename the file or folder so that the path is, e.g., '\(suggestion)', and change the links to it")
        case .fileNameNotSlug(let name, let slug):
            return DiagnosticText("the file name '\(name).md' is not a slug (lower-case a-z, 0-9 and '-')",
                                  hint: slug.isEmpty
                                    ? "use only a-z, 0-9 and '-' (æ→ae, ø→oe, å→aa, spaces → '-')"
                                    : "rename it to '\(slug).md' (æ→ae, ø→oe, å→aa, spaces → '-')")

        // end of loading

        // MARK: frontMatter

        // FrontMatter/FieldReader.swift
        case .keyNotAWord:
            return DiagnosticText("a key must be a single word",
                                  hint: "write keys as 'name: value'")
        case .invisibleCharacterInKey(let key, let codePoint):
            return DiagnosticText("the key '\(key)' holds an invisible character (\(codePoint))",
                                  hint: "delete the key and type it again; such characters come with text copied from Word or web pages")
        case .unknownKey(let key, let suggestion, let allowedKeys, let kindName):
            return DiagnosticText("unknown key '\(key)'",
                                  hint: suggestion.map { "did you mean '\($0)'?" }
                                    ?? "the keys \(withArticle(kindName)) may have are: \(allowedKeys.joined(separator: ", "))")
        case .missingValue(let key):
            return DiagnosticText("'\(key)' has no value",
                                  hint: "write the value after '\(key):'")
        case .emptyValue(let key):
            return DiagnosticText("'\(key)' is empty",
                                  hint: "write the value after '\(key):'")
        case .missingKey(let key, let kindName):
            // Where the line goes: the file's front matter, sitegen.yml, or the group it is missing from.
            let place = kindName == "sitegen.yml" ? "sitegen.yml"
                : Kind(rawValue: kindName) != nil ? "the front matter"
                : kindName == "contact" ? "each contact under 'contacts'" : "'\(kindName)'"
            return DiagnosticText("the required key '\(key)' is missing",
                                  hint: "add a line '\(key): ...' to \(place)")
        case .multilineValue(let key):
            return DiagnosticText("'\(key)' must be one line",
                                  hint: "join the lines into one")
        case .valueTooLong(let key, let length, let maxLength):
            return DiagnosticText("'\(key)' is \(length) characters long; at most \(maxLength) are allowed",
                                  hint: "shorten it by \(length - maxLength) characters")
        case .notABoolean(let key, let value):
            return DiagnosticText("'\(key)' must be true or false, not '\(value)'",
                                  hint: "write '\(key): true' or '\(key): false', without quotes")
        case .notAWebAddress(let key, let value):
            return DiagnosticText("'\(key)' is not a web address: '\(value)'",
                                  hint: value.lowercased().hasPrefix("http://") || value.lowercased().hasPrefix("https://")
                                    ? "check the address: no spaces, and a domain after https://, e.g. https://www.aarhus.dk/skoler"
                                    : "write the whole address, starting with https://")
        case .notAColor(let key, let value):
            return DiagnosticText("'\(key)' must be a colour written #rrggbb, not '\(value)'",
                                  hint: "for example \(key): \"#00558c\" (in quotes, since # starts a comment in YAML)")
        case .valueNotAllowed(let key, let value, let suggestion, let allowedValues):
            return DiagnosticText("'\(value)' is not a valid value for '\(key)'",
                                  hint: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "write one of: \(allowedValues.joined(separator: ", "))")
        case .tooFewItems(let key, let minimum):
            return DiagnosticText("'\(key)' needs at least \(minimum) item\(minimum == 1 ? "" : "s")",
                                  hint: "write each item on its own line, starting with '- '")
        case .unknownExpectsKey(let key, let suggestion, let allowedKeys):
            return DiagnosticText("unknown key '\(key)' in 'expects'",
                                  hint: suggestion.map { "did you mean '\($0)'?" } ?? "write one of: \(allowedKeys.joined(separator: ", "))")
        case .periodEndsBeforeStart(let start, let end):
            return DiagnosticText("the period ends (\(end)) before it starts (\(start))",
                                  hint: "check the two dates; 'end' must not be before 'start'")
        case .commentAsValue(let key, let comment):
            return DiagnosticText("'\(key)' has no value: in YAML '#' after a blank starts a comment, so '\(comment)' is not read",
                                  hint: "put the value in quotes: \(key): \(CommentAfterKey.quoted(comment)); if it is a note, write it on a line of its own")
        case .controlCharacterInValue(let key, let codePoint):
            return DiagnosticText("'\(key)' holds an invisible control character (\(codePoint))",
                                  hint: "write the value again by hand; such characters come from escapes like \\0 or from text copied out of other programs")
        case .listForSingleValue(let key):
            return DiagnosticText("'\(key)' must be a single value, not a list",
                                  hint: "write the value on the same line as '\(key):'")
        case .mapForSingleValue(let key):
            return DiagnosticText("'\(key)' must be a single value, not a map",
                                  hint: "write the value on the same line as '\(key):'; put text with ': ' in quotes")
        case .aliasForValue(let key):
            return DiagnosticText("'\(key)' uses a YAML alias, which sitegen does not support",
                                  hint: "write the value out in full")
        case .notAList(let key):
            return DiagnosticText("'\(key)' must be a list",
                                  hint: "write each item on its own line below '\(key):', starting with '- '")
        case .notAMap(let key, let example):
            return DiagnosticText("'\(key)' must be a map of keys and values",
                                  hint: "write each key on its own indented line below '\(key):', e.g. \(example.map { "'\($0)'" }.joined(separator: " and "))")
        case .listItemReadAsKey(let key, let item):
            return DiagnosticText("an item of '\(key)' contains ': ', which YAML reads as a key",
                                  hint: "put the item in quotes: - \(YAMLMistakes.quoted(item))")
        case .emptyListItem(let key, let comment):
            return DiagnosticText("an item of '\(key)' is empty",
                                  hint: comment.map { "'#' after a blank starts a comment in YAML; put the item in quotes: - \(YAMLMistakes.quoted($0))" }
                                    ?? "write the item's text after '- ', or delete the line")
        case .listItemMerged(let key, let indentation):
            return DiagnosticText("this line is read as part of the item above it in '\(key)', not as an item of its own",
                                  hint: "start the '-' in the same column as the items above (\(indentation) spaces in)")
        case .notAWholeNumber(let key, let value, let minimum):
            return DiagnosticText("'\(key)' must be a whole number, not '\(value)'",
                                  hint: "write digits only, without quotes, e.g. '\(key): \(max(minimum ?? 1, 1))'")
        case .numberTooSmall(let key, let value, let minimum):
            return DiagnosticText("'\(key)' must be at least \(minimum), not \(value)",
                                  hint: "numbers start at \(minimum)")
        case .noSuchDay(let key, let value):
            return DiagnosticText("'\(key)' is not a day of the calendar: '\(value)'",
                                  hint: "check the year, the month (01-12) and the day of the month")
        case .notADate(let key, let value, let meant):
            return DiagnosticText("'\(key)' must be a date written YYYY-MM-DD, not '\(value)'",
                                  hint: meant.map { "write it as \(key): \($0)" } ?? "for example \(key): 2026-11-23")
        case .notAnEmailAddress(let key, let value):
            return DiagnosticText("'\(key)' is not a valid e-mail address: '\(value)'",
                                  hint: "write it as name@example.dk")

        // FrontMatter/YAMLMistakes.swift
        case .quoteInsideQuotedValue(let key, let quote, let mended):
            return DiagnosticText("the value of '\(key)' starts with \(quote) and has another \(quote) inside, which ends it early",
                                  hint: "write it as: \(mended)")
        case .colonInValue(let key, let mended):
            return DiagnosticText("the value of '\(key)' contains ': ', which YAML reads as the start of another key",
                                  hint: "put the whole value in quotes: \(mended)")

        // FrontMatter/YAMLParser.swift
        case .controlCharacterInYAML(let codePoint):
            return DiagnosticText("an invisible control character (\(codePoint)) stands here",
                                  hint: "delete it; Shift+Enter in Word makes one: write the value on one line, or as a list")
        case .yamlAnchorOrAlias:
            return DiagnosticText("YAML anchors and aliases ('&name', '*name') are not supported",
                                  hint: "write the value out in full; put text that starts with '*' or '&' in quotes")
        case .yamlTag:
            return DiagnosticText("YAML tags ('!name', '!!type') are not supported",
                                  hint: "write the value without the '!…' in front; put text that starts with '!' in quotes")
        case .yamlFailed(let file, let detail):
            return DiagnosticText("\(file ?? "the front matter") is not valid YAML: \(detail)")
        case .invalidYAML(let file, let problem, let context):
            return DiagnosticText("\(file ?? "the front matter") is not valid YAML: \(problem)" + (context.map { " (\($0.text) on line \($0.line))" } ?? ""),
                                  hint: "check the indentation, the ':' after each key and the quotes; put text that contains ': ' or starts with a special character in quotes")
        case .tabInYAML(let file, let problem, let context):
            return DiagnosticText("\(file ?? "the front matter") is not valid YAML: \(problem)" + (context.map { " (\($0.text) on line \($0.line))" } ?? ""),
                                  hint: "indent with spaces, not tabs, and write a space, not a tab, after '-' and ':'")
        case .typographicQuotesInYAML(let file, let problem, let context):
            return DiagnosticText("\(file ?? "the front matter") is not valid YAML: \(problem)" + (context.map { " (\($0.text) on line \($0.line))" } ?? ""),
                                  hint: "the quotation marks on this line are typographic (“ ”); write the value in straight quotes, \"like this\"")
        case .duplicateKey(let keys, let firstLine):
            return DiagnosticText("the key \(keys.map { "'\($0)'" }.joined(separator: ", ")) is written more than once" + (firstLine.map { " (first on line \($0))" } ?? ""),
                                  hint: "keep one of them and delete the others")
        case .unreadableYAML(let file, let problem):
            return DiagnosticText("\(file ?? "the front matter") cannot be read: \(problem)")
        case .yamlFailedWithoutDetail:
            return DiagnosticText("the front matter is not valid YAML")

        // FrontMatter/FrontMatterDecoder.swift
        case .emptyFrontMatter:
            return DiagnosticText("the front matter is empty",
                                  hint: "write at least 'kind: ...' and 'title: ...' between the '---' lines")
        case .frontMatterNotAMap:
            return DiagnosticText("the front matter must be keys with values, one 'key: value' per line",
                                  hint: "for example 'kind: approach' on one line and 'title: ...' on the next")
        case .unknownKind(let written, let suggestion):
            return DiagnosticText("unknown kind '\(written)'",
                                  hint: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "the kinds are: " + Kind.allCases.map(\.rawValue).joined(separator: ", "))
        case .missingKind:
            return DiagnosticText("the required key 'kind' is missing",
                                  hint: "add 'kind: ...' with one of: " + Kind.allCases.map(\.rawValue).joined(separator: ", "))

        // end of frontMatter

        // MARK: siteConfig

        // FrontMatter/SiteConfig+Reading.swift
        case .siteConfigMissing(let folder, _):
            return DiagnosticText("there is no sitegen.yml in \(folder)",
                                  hint: "run sitegen in the site's folder, name it with --site DIR, or create one with 'sitegen init'")
        case .siteConfigNotUTF8:
            return DiagnosticText("sitegen.yml is not UTF-8 text",
                                  hint: "save the file as UTF-8")
        case .siteConfigEmpty:
            return DiagnosticText("sitegen.yml is empty",
                                  hint: "write at least 'title: ...'")
        case .siteConfigNotAMap:
            return DiagnosticText("sitegen.yml must hold 'key: value' lines")
        case .markdownOptionsNotAMap:
            return DiagnosticText("'markdown' must be a map",
                                  hint: "write 'markdown: {unsafe: true}'")
        case .baseURLWithQueryOrFragment:
            return DiagnosticText("'baseURL' may not have a ?query or a #fragment: every page's address starts with it",
                                  hint: "write the address the site is published at, e.g. https://skoler.aarhus.dk/ledelse/")
        case .baseURLWithCredentials:
            return DiagnosticText("'baseURL' may not hold a user name or password: it is published in sitemap.xml",
                                  hint: "write the address the site is published at, e.g. https://skoler.aarhus.dk/ledelse/")
        case .baseURLNeedsEscaping:
            return DiagnosticText("'baseURL' holds characters an address must escape, or a domain in letters outside a-z (write it in its xn-- form)",
                                  hint: "write the address the site is published at, e.g. https://skoler.aarhus.dk/ledelse/")
        case .themeNameNotAFolder(let theme):
            return DiagnosticText("the theme name '\(theme)' is not a folder name in themes/",
                                  hint: "use the name of a folder in themes/, e.g. 'default'")

        // Validation/PublishableFiles.swift
        case .unsafeFile(let name, let reason):
            switch reason {
            case .webPage(let ext):
                return DiagnosticText("'\(name)' is a web page (.\(ext)), which can run script on the site, so it is not published",
                                      hint: "remove the file, or write the page in Markdown as a .md file")
            case .script(let ext):
                return DiagnosticText("'\(name)' is a script or a program (.\(ext)), which cannot be published",
                                      hint: "remove the file from content/")
            case .svg(let risk):
                let what = switch risk {
                case .script: "holds a <script>"
                case .eventHandler(let attribute): "has an event handler (\(attribute)=)"
                case .foreignContent(let element): "holds a <\(element)> element"
                case .externalReference(let reference): "refers to another file or address (\(reference))"
                case .animatedAddress(let attribute): "animates an address (attributeName=\"\(attribute)\")"
                case .entityDeclaration: "declares an entity with markup, or one that would grow the picture too much (<!ENTITY>)"
                case .nestedUse: "draws its parts again and again (<use>, markers, masks, clip paths or filters, over 300,000 elements in all), which can make the picture huge"
                case .attributeDeclaration: "declares default attributes (<!ATTLIST>), which can set an event handler"
                case .notWellFormed: "is not well-formed XML (a tag not closed, a prefix without its xmlns declaration …), so a browser shows an error page"
                case .notUTF8: "is not saved as UTF-8 and cannot be checked"
                case .tooLarge(let megabytes): "is too large to check (over \(megabytes) MB)"
                }
                                return DiagnosticText("the SVG picture '\(name)' \(what), so it is not published",
                                      hint: risk.isUncheckable ? "save the picture as PNG (or as UTF-8), or remove the file"
                                                       : "remove that from the picture (or save the picture as PNG), or remove the file")
            case .noExtension:
                return DiagnosticText("'\(name)' has no extension, so sitegen cannot tell what it is and does not publish it",
                                      hint: "give the file the extension of its type (.pdf, .png, .docx ...), or remove it")
            case .otherType(let ext):
                return DiagnosticText("sitegen does not publish .\(ext) files, only pictures, documents, sound and video",
                                      hint: "remove the file, or save it in another format: png, jpg, svg, pdf, docx, xlsx, pptx, odt, csv, txt, zip, mp3, mp4 ...")
            }

        // end of siteConfig

        // MARK: markdown
        case .tableTooLarge(let columns, let rows, let cells, let limit):
            return DiagnosticText("the table has \(columns) columns and \(rows) rows, \(cells) cells; at most \(limit) are allowed",
                                  hint: "split the table into smaller tables, with a blank line between them; every row gets as many cells as the header row has")
        case .tablesTooLarge(let tables, let cells, let limit):
            return DiagnosticText("with this table the file's \(tables) tables have \(cells) cells together; at most \(limit) are allowed in one file",
                                  hint: "move some of the tables to a page of their own, or make them smaller; every row gets as many cells as the header row has")
        case .lineWithTooManyPipes(let pipes, let limit):
            return DiagnosticText("the line has \(pipes) '|'; at most \(limit) are allowed on one line, as more take the build a very long time to read",
                                  hint: "split the table into smaller tables, or remove the extra '|': a table needs one '|' between two columns")
        case .unclosedHTMLOpenings(let opening, let count, let limit):
            let words: (start: String, end: String, plain: String, escaped: String) = switch opening {
            case .processingInstruction: ("'<?'", "'?>'", "'<?'", "'&lt;?'")
            case .cdata: ("'<![CDATA['", "']]>'", "'<![CDATA['", "'&lt;![CDATA['")
            case .declaration: ("'<!' followed by a letter", "'>'", "'<!'", "'&lt;!'")
            }
            return DiagnosticText("\(words.start) is in the file \(count) times without a closing \(words.end) after it on the same line (this is the first); at most \(limit) are allowed, as more take the build a very long time to read",
                                  hint: "write \(words.plain) as \(words.escaped) in the text, or close it on the same line with \(words.end); in code it counts too")
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
        case .mailtoLinkNotAnAddress(let url):
            return DiagnosticText("the link '\(url)' must be one e-mail address with nothing after it",
                                  hint: "write it as mailto:name@example.dk; '?', '&', '=', '%' and '#' would add headers such as cc or bcc to the mail")
        case .externalImage(let url):
            return DiagnosticText("the image '\(url)' is on another website",
                                  hint: "save the image beside the content file and link to it by its file name")
        case .imageIsPage(let url):
            return DiagnosticText("the image '\(url)' is a content file, not a picture",
                                  hint: "an image must be a picture file (.png, .jpg, .svg ...) beside the content; to link to the page, leave out the '!': [text](\(url))")
        case .unsafeRawHTML(let scheme):
            return DiagnosticText("raw HTML with a '\(scheme):' address is not allowed",
                                  hint: "link to a web page (https://...) or a content file instead")
        case .rawHTMLEndsInsideTag:
            return DiagnosticText("raw HTML stops inside a tag, before its '>': the text after it would become part of the tag",
                                  hint: "end the tag with '>' before the blank line, or write the HTML on one line: <a href=\"https://example.org\">text</a>")
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
        case .footnoteUndefined(let label, let writtenLabels, let moreLabels):
            let note = "[^\(label)]"
            let more: String = moreLabels > 0 ? " and \(moreLabels) more" : ""
            let written = writtenLabels.map { "[^\($0)]" }.joined(separator: ", ") + more
            return DiagnosticText("the footnote \(note) has no note, so the page shows '\(note)' as text",
                                  hint: writtenLabels.isEmpty
                                      ? "write the note on a line of its own below the paragraph: \(note): the note's text"
                                      : "use the label of a note that is written (\(written)), or write the note on a line of its own: \(note): the note's text")
        case .footnoteUnused(let label, let undefinedLabels, let moreLabels):
            let note = "[^\(label)]"
            let more: String = moreLabels > 0 ? " and \(moreLabels) more" : ""
            let referred = undefinedLabels.map { "[^\($0)]" }.joined(separator: ", ") + more
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

        // Validation/SiteValidator+*.swift
        case .lowContrast(let color, let ratio):
            let shown = String((ratio * 100).rounded(.down) / 100)
            return DiagnosticText("the colour \(color) has a contrast of \(shown):1 against white; at least 4.5:1 is needed",
                                  hint: "choose a darker shade of the colour, so text and links in it stay readable")
        case .logoNotPicture(let logo):
            return DiagnosticText("the logo '\(logo)' is not a picture file",
                                  hint: "use a PNG, JPEG, SVG, WebP or GIF image, e.g. logo: logo.png")
        case .logoMissing(let logo, let folder):
            return DiagnosticText("the logo '\(logo)' does not exist",
                                  hint: "put the image in content/\(folder)/ and write its file name")
        case .revisedBeforeAdopted(let revised, let adopted):
            return DiagnosticText("'revised' (\(revised)) is before 'adopted' (\(adopted))",
                                  hint: "check the two dates; a document is revised after it is adopted")
        case .duplicatePartNumber(let kind, let number, let firstPath):
            return DiagnosticText("\(kind.rawValue) number \(number) is used twice in this document (also in \(firstPath))",
                                  hint: "give each \(kind.rawValue) its own number: 1, 2, 3 ...")
        case .partNumberingGap(let kind, let missing, let total):
            return DiagnosticText("the \(kind.rawValue) numbers of this document skip \(SiteValidator.describe(missing))",
                                  hint: "number the \(total) \(kind.rawValue) files 1 to \(total) with no gap")
        case .expectsPartsDocumentCannotHold(let documentKind, let key, _):
            return DiagnosticText("a \(documentKind.rawValue) has no \(key)",
                                  hint: "remove '\(key)' from 'expects'")
        case .expectedCountDiffers(let key, _, let expected, let actual):
            return DiagnosticText("the document expects \(expected) \(key) but has \(actual)",
                                  hint: actual < expected
                                    ? "add the missing \(key) or change 'expects' to \(actual)"
                                    : "remove the extra \(key) or change 'expects' to \(actual)")
        case .relatedNamesItself:
            return DiagnosticText("'related' names this page itself", hint: "delete this line")
        case .relatedNamesTwice(let id):
            return DiagnosticText("'related' names '\(id)' more than once", hint: "delete this line")
        case .relatedNamesLeftOutDraft(let id):
            return DiagnosticText("'related' names '\(id)', a draft, which is left out of the build",
                                  hint: "remove it from 'related' until the draft is published, or build with --drafts to see both")
        case .relatedNamesUnknownPage(let id, let suggestions):
            let quoted = suggestions.map { "'\($0)'" }.joined(separator: ", ")
            return DiagnosticText("'related' names '\(id)', which is not a page of this site",
                                  hint: suggestions.isEmpty
                                    ? "write the id: the path under content/ without .md and /index"
                                    : "did you mean \(quoted)?")
        case .invisibleCharacterInAddress(let address, let character, _):
            return DiagnosticText("the address '\(address)' holds an invisible character (\(character)), so it matches no file",
                                  hint: "delete the address between the parentheses and type it again")
        case .linkToLeftOutDraft(let link):
            return DiagnosticText("the link '\(link)' points to a draft, which is left out of the build",
                                  hint: "remove the link until the draft is published ('draft: false'), or build with --drafts to see both")
        case .linkToMisnamedFile(let link, let fileName):
            return DiagnosticText("the link '\(link)' points to a file that does not exist yet",
                                  hint: "the file is called '\(fileName)'; rename it as its own error says, and this link works")
        case .linkToMissingFile(let link, let suggestion):
            return DiagnosticText("the link '\(link)' points to a file that does not exist",
                                  hint: suggestion.map { "did you mean '\($0)'?" } ?? "check the file name and the folders in the path")
        case .fragmentNotAHeading(let fragment, let page, let nearestHeadings):
            let list = nearestHeadings.map { "#\($0)" }.joined(separator: ", ")
            return DiagnosticText(page.map { "'#\(fragment)' is not a heading of \($0)" } ?? "'#\(fragment)' is not a heading of this file",
                                  hint: nearestHeadings.isEmpty
                                    ? "the page has no headings; remove '#\(fragment)'"
                                    : "the headings' ids are: " + list)
        case .missingAsset(let written, let isImage, let fix):
            let what = isImage ? "image" : "file"
            let hint = switch fix {
            case .matchCapitals(let name): "the file is called '\(name)': capital and small letters must match"
            case .linkPageFile(let file): "link to the page by its file, '\(file)'"
            case .linkMarkdownFile(let folder): "link to a page by its .md file, e.g. '\(folder)index.md'"
            case .placeFile(let path): "put the \(what) in content/\(path) or correct the path"
            }
            return DiagnosticText("the \(what) '\(written)' does not exist", hint: hint)

        // Validation/OutputClashes.swift
        case .pdfInPlaceOfFile(let path):
            return DiagnosticText("sitegen writes this document's PDF at output/\(path), in the place of this file",
                                  hint: "rename the file or move it to another folder, and link to its new name")
        case .fileInPlaceOfOutput(let path):
            return DiagnosticText("this file would take the place of output/\(path), which sitegen writes itself",
                                  hint: "rename the file or move it to another folder, and link to its new name")

        // Pipeline/AssembleStage.swift
        case .pageInSubfolder(let name):
            return DiagnosticText("pages live directly in content/pages/, not in a subfolder",
                                  hint: "move the file to content/pages/\(name)")
        case .notPageInPagesFolder(let kind):
            return DiagnosticText("a file in content/pages/ must have 'kind: page', not '\(kind.rawValue)'",
                                  hint: "write 'kind: page', or move the file to where \(withArticle(kind.rawValue)) belongs")
        case .pageNamedIndex:
            return DiagnosticText("a page cannot be called index.md; sitegen makes the front page itself",
                                  hint: "give the page a name of its own, e.g. content/pages/om.md")
        case .pageNameReserved(let name):
            return DiagnosticText("the page name '\(name)' is used by sitegen itself", hint: "rename the file")
        case .pageClashesWithMunicipality(let name):
            return DiagnosticText("the page '\(name)' would have the same address as the municipality folder content/\(name)/",
                                  hint: "rename the page")
        case .notMunicipalityInMunicipalityIndex(let kind, let municipality):
            return DiagnosticText("content/<municipality>/index.md must have 'kind: municipality', not '\(kind.rawValue)'",
                                  hint: kind.isDocument
                                    ? "\(withArticle(kind.rawValue)) lives in its own folder: content/\(municipality)/<document>/index.md"
                                    : "write 'kind: municipality'")
        case .folderNameReserved(let name):
            return DiagnosticText("the folder name '\(name)' is used by sitegen itself", hint: "rename the folder")
        case .notDocumentInDocumentIndex(let kind, let municipality, let document):
            return DiagnosticText("a document's index.md must have 'kind: framework' or 'kind: programme', not '\(kind.rawValue)'",
                                  hint: kind.isPart
                                    ? "\(withArticle(kind.rawValue)) is a file of its own beside index.md: content/\(municipality)/\(document)/<name>.md"
                                    : "write 'kind: framework' or 'kind: programme'")
        case .notPartBesideDocument(let kind):
            return DiagnosticText("a file beside a document's index.md is a part of it and must have kind approach, role, initiative, course or section, not '\(kind.rawValue)'",
                                  hint: kind == .page
                                    ? "move site-wide pages to content/pages/"
                                    : "move the file to where \(withArticle(kind.rawValue)) belongs")
        case .partNamedPrint:
            return DiagnosticText("the part name 'print' is taken by the document's print page",
                                  hint: "rename the file, e.g. 'udskrift.md'")
        case .misplacedContentFile(let sitePath, let kind, let level):
            let hint = switch level {
            case .contentRoot:
                "\(withArticle(kind.rawValue)) belongs in content/<municipality>/...; site-wide pages go in content/pages/"
            case .municipalityFolder(let municipality):
                "a file in a municipality's folder must be its index.md; documents go in their own folder: content/\(municipality)/<document>/index.md"
            case .belowParts:
                "content/ has three levels: <municipality>/<document>/<part>.md"
            }
            return DiagnosticText("a content file cannot live at '\(sitePath)'", hint: hint)
        case .folderWithoutIndex(let folder, let isMunicipality):
            return DiagnosticText("the folder content/\(folder)/ has no index.md, so it is not a \(isMunicipality ? "municipality" : "document")",
                                  hint: "add content/\(folder)/index.md with 'kind: \(isMunicipality ? "municipality" : "framework")'")
        case .partKindNotAllowed(let documentKind, let partKind):
            let allowed = documentKind.allowedParts.map(\.rawValue).joined(separator: ", ")
            return DiagnosticText("a \(documentKind.rawValue) cannot hold a part of kind '\(partKind.rawValue)'",
                                  hint: "a \(documentKind.rawValue) holds: \(allowed)")

        // Pipeline/ParseStage.swift
        case .contentFileUnreadable(let cause):
            return DiagnosticText("the file cannot be read: \(cause.english)", hint: "check the file's permissions")

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
        case .templateSyntax(let syntax):
            let reason = syntax.english
            return DiagnosticText("the template cannot be read: \(reason)",
                                  hint: "check that every {{#section}} is closed with {{/section}}")
        case .templateUnreadable(let reason):
            return DiagnosticText("the template cannot be read: \(reason)")
        case .themeFileUnreadable(let cause):
            return DiagnosticText("the theme file cannot be read: \(cause.english)")
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
        case .cannotCopyFile(let path, let cause):
            return DiagnosticText("cannot read \(path): \(cause.english)")
        case .unusableOutputFolder(let path, let reason):
            let message: String
            switch reason {
            case .holdsSite: message = "the output folder \(path) holds the site itself, and a build replaces the whole output folder"
            case .insideSiteFolder(let folder): message = "the output folder \(path) lies inside the site's \(folder)/ folder, which a build would overwrite"
            case .isFile: message = "the output folder \(path) is a file"
            case .holdsOtherFiles: message = "the folder \(path) holds files that sitegen did not write (it has no \(OutputLocation.markerName) file), and a build would delete them"
            }
            if reason == .holdsOtherFiles {
                return DiagnosticText(message, hint: "write the site to a new or empty folder, or build into output/ and copy it from there with 'rsync -a --delete --exclude .git output/ \(path)/'")
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
            case .notStarted(let cause): words = cause.english
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
            return DiagnosticText("\(withArticle(kind.rawValue)) cannot live at '\(path)': it belongs at \(place)")
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
        case .newFileThroughSymlink(let path):
            return DiagnosticText("content/\(path) is a symbolic link; sitegen new does not write through links (the build does not follow them either)")
        case .newSiteFolderNotEmpty(let path):
            return DiagnosticText("\(path) is not empty; choose a new folder")
        case .newFileWriteFailed(let cause):
            return DiagnosticText(cause.english)
        case .weasyprintWithoutPython(let path):
            return DiagnosticText("sitegen cannot find the Python that runs the WeasyPrint at \(path): name the weasyprint that pip installed with WEASYPRINT=/path/to/bin/weasyprint, or install it with 'python3 -m pip install weasyprint'")
        // end of output

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

/// `word` with "a" or "an" before it, as English says it: "an approach", "a role".
private func withArticle(_ word: String) -> String {
    guard let first = word.first?.lowercased(), "aeiou".contains(first) else { return "a " + word }
    return "an " + word
}

extension ConsoleMessage {
    /// The message in English.
    var english: String {
        switch self {
        case .cannotListen(let host, let port, let reason):
            let why: String
            switch reason {
            case .notIPv4: why = "--host takes an IPv4 address such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network), not '\(host)'"
            case .portInUse: why = "port \(port) on \(host) is in use (is another sitegen serve running?); choose another with --port"
            case .needsRights: why = "port \(port) needs administrator rights; choose one above 1023 with --port"
            case .notLocalAddress: why = "\(host) is not an address of this machine; use 127.0.0.1 or 0.0.0.0"
            case .other(let detail): why = detail
            }
            return "sitegen serve: cannot listen on \(host):\(port): \(why)"
        case .listeningFailed(let host, let port, let detail):
            return "sitegen serve: cannot listen on \(host):\(port): \(detail). Is the port taken? Choose another with --port."
        case .serving(let url): return "sitegen serves \(url) (Ctrl-C stops)"
        case .stopped: return "sitegen serve stopped"
        case .rebuilt(let milliseconds, let count): return "rebuilt in \(milliseconds) ms: \(count) file\(count == 1 ? "" : "s") changed"
        case .notRebuilt: return "not rebuilt: the browser shows the problems until they are fixed"
        case .built(let pages, let folder): return "built \(pages) pages into \(folder)"
        case .checked: return "checked: no errors"
        case .initialised(let folder): return "\nNext: cd \(folder) && sitegen build"
        case .summary(let errors, let warnings):
            return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        }
    }
}

extension DiagnosticWords {
    /// The text format's words in English.
    static let english = DiagnosticWords(error: "error", warning: "warning", hint: "hint")
}

extension Problem.TemplateSyntaxError {
    /// What is wrong, in English.
    var english: String {
        switch self {
        case .sectionCloseNameIncorrect: return "a section is closed with another name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is not closed"
        case .invalidSetDelimiter: return "a delimiter tag {{= =}} is badly formed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "an inherited partial holds something other than blocks"
        case .textInsideInheritSection: return "an inherited partial holds text outside its blocks"
        case .invalidConfigVariableSyntax: return "a {{% setting }} is badly formed"
        case .unrecognisedConfigVariable: return "a {{% setting }} is not one Mustache knows"
        case .other(let words): return words
        }
    }
}
