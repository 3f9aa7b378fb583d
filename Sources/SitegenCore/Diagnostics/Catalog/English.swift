import Foundation

// The English catalog: what every problem says in English.

extension Problem {
    /// What the problem says in English.
    var english: DiagnosticText {
        switch self {
        // MARK: loading

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
                                    ?? "the keys a \(kindName) may have are: \(allowedKeys.joined(separator: ", "))")
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

        // Model/SiteConfig.swift
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

        // end of siteConfig

        // MARK: markdown

        // end of markdown

        // MARK: site

        // end of site

        // MARK: theme

        // end of theme

        // MARK: output

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
