import Foundation

// The Norwegian catalog: what every problem says in Norwegian bokmål (also for nynorsk and `no`).

extension Problem {
    /// What the problem says in Norwegian bokmål (also for nynorsk and `no`).
    var norwegian: DiagnosticText {
        switch self {
        // MARK: loading

        // end of loading

        // MARK: frontMatter

        // FrontMatter/FieldReader.swift
        case .keyNotAWord:
            return DiagnosticText("en nøkkel må være ett ord",
                                  hint: "skriv nøkler som 'name: value'")
        case .invisibleCharacterInKey(let key, let codePoint):
            return DiagnosticText("nøkkelen '\(key)' inneholder et usynlig tegn (\(codePoint))",
                                  hint: "slett nøkkelen og skriv den på nytt; slike tegn følger med tekst kopiert fra Word eller nettsider")
        case .unknownKey(let key, let suggestion, let allowedKeys, let kindName):
            // Where the keys of `kindName` are written: "en fil med 'kind: approach'", "hver kontakt under 'contacts'".
            let place = Kind(rawValue: kindName) != nil ? "en fil med 'kind: \(kindName)'"
                : kindName == "contact" ? "hver kontakt under 'contacts'"
                : kindName == "sitegen.yml" ? "sitegen.yml" : "'\(kindName)'"
            return DiagnosticText("ukjent nøkkel '\(key)'",
                                  hint: suggestion.map { "mente du '\($0)'?" }
                                    ?? "de tillatte nøklene i \(place) er: \(allowedKeys.joined(separator: ", "))")
        case .missingValue(let key):
            return DiagnosticText("'\(key)' har ingen verdi",
                                  hint: "skriv verdien etter '\(key):'")
        case .emptyValue(let key):
            return DiagnosticText("'\(key)' er tom",
                                  hint: "skriv verdien etter '\(key):'")
        case .missingKey(let key, let kindName):
            // Where the line goes: the file's front matter, sitegen.yml, or the group it is missing from.
            let place = kindName == "sitegen.yml" ? "sitegen.yml"
                : Kind(rawValue: kindName) != nil ? "filens innledning (front matter)"
                : kindName == "contact" ? "hver kontakt under 'contacts'" : "'\(kindName)'"
            return DiagnosticText("den påkrevde nøkkelen '\(key)' mangler",
                                  hint: "legg til en linje '\(key): ...' i \(place)")
        case .multilineValue(let key):
            return DiagnosticText("'\(key)' må stå på én linje",
                                  hint: "slå sammen linjene til én")
        case .valueTooLong(let key, let length, let maxLength):
            return DiagnosticText("'\(key)' er \(length) tegn lang; høyst \(maxLength) tegn er tillatt",
                                  hint: "gjør teksten \(length - maxLength) tegn kortere")
        case .notABoolean(let key, let value):
            return DiagnosticText("'\(key)' må være true eller false, ikke '\(value)'",
                                  hint: "skriv '\(key): true' eller '\(key): false', uten anførselstegn")
        case .notAWebAddress(let key, let value):
            return DiagnosticText("'\(key)' er ikke en nettadresse: '\(value)'",
                                  hint: value.lowercased().hasPrefix("http://") || value.lowercased().hasPrefix("https://")
                                    ? "sjekk adressen: ingen mellomrom, og et domene etter https://, f.eks. https://www.aarhus.dk/skoler"
                                    : "skriv hele adressen, slik at den starter med https://")
        case .notAColor(let key, let value):
            return DiagnosticText("'\(key)' må være en farge skrevet som #rrggbb, ikke '\(value)'",
                                  hint: "for eksempel \(key): \"#00558c\" (i anførselstegn, fordi # starter en kommentar i YAML)")
        case .valueNotAllowed(let key, let value, let suggestion, let allowedValues):
            return DiagnosticText("'\(value)' er ikke en gyldig verdi for '\(key)'",
                                  hint: (suggestion.map { "mente du '\($0)'? " } ?? "") + "skriv en av disse: \(allowedValues.joined(separator: ", "))")
        case .tooFewItems(let key, let minimum):
            return DiagnosticText("'\(key)' må ha minst \(minimum) punkt\(minimum == 1 ? "" : "er")",
                                  hint: "skriv hvert punkt på en egen linje, og start linjen med '- '")
        case .unknownExpectsKey(let key, let suggestion, let allowedKeys):
            return DiagnosticText("ukjent nøkkel '\(key)' i 'expects'",
                                  hint: suggestion.map { "mente du '\($0)'?" } ?? "skriv en av disse: \(allowedKeys.joined(separator: ", "))")
        case .periodEndsBeforeStart(let start, let end):
            return DiagnosticText("perioden slutter (\(end)) før den begynner (\(start))",
                                  hint: "sjekk de to datoene; 'end' kan ikke være før 'start'")
        case .commentAsValue(let key, let comment):
            return DiagnosticText("'\(key)' har ingen verdi: i YAML begynner '#' etter et mellomrom en kommentar, så '\(comment)' blir ikke lest",
                                  hint: "sett verdien i anførselstegn: \(key): \(CommentAfterKey.quoted(comment)); er det en merknad, så skriv den på en egen linje")
        case .controlCharacterInValue(let key, let codePoint):
            return DiagnosticText("'\(key)' inneholder et usynlig kontrolltegn (\(codePoint))",
                                  hint: "skriv verdien på nytt for hånd; slike tegn kommer fra koder som \\0 eller fra tekst kopiert fra andre programmer")
        case .listForSingleValue(let key):
            return DiagnosticText("'\(key)' må være én verdi, ikke en liste",
                                  hint: "skriv verdien på samme linje som '\(key):'")
        case .mapForSingleValue(let key):
            return DiagnosticText("'\(key)' må være én verdi, ikke en gruppe med nøkler",
                                  hint: "skriv verdien på samme linje som '\(key):'; sett tekst med ': ' i anførselstegn")
        case .aliasForValue(let key):
            return DiagnosticText("'\(key)' bruker et YAML-alias, og det støtter ikke sitegen",
                                  hint: "skriv ut hele verdien")
        case .notAList(let key):
            return DiagnosticText("'\(key)' må være en liste",
                                  hint: "skriv hvert punkt på en egen linje under '\(key):', og start linjen med '- '")
        case .notAMap(let key, let example):
            return DiagnosticText("'\(key)' må være en gruppe med nøkler og verdier",
                                  hint: "skriv hver nøkkel på en egen innrykket linje under '\(key):', f.eks. \(example.map { "'\($0)'" }.joined(separator: " og "))")
        case .listItemReadAsKey(let key, let item):
            return DiagnosticText("et punkt i '\(key)' inneholder ': ', som YAML leser som en nøkkel",
                                  hint: "sett punktet i anførselstegn: - \(YAMLMistakes.quoted(item))")
        case .emptyListItem(let key, let comment):
            return DiagnosticText("et punkt i '\(key)' er tomt",
                                  hint: comment.map { "i YAML begynner '#' etter et mellomrom en kommentar; sett punktet i anførselstegn: - \(YAMLMistakes.quoted($0))" }
                                    ?? "skriv teksten til punktet etter '- ', eller slett linjen")
        case .listItemMerged(let key, let indentation):
            return DiagnosticText("denne linjen leses som en del av punktet over den i '\(key)', ikke som et eget punkt",
                                  hint: "sett '-' i samme kolonne som punktene over (\(indentation) mellomrom inn)")
        case .notAWholeNumber(let key, let value, let minimum):
            return DiagnosticText("'\(key)' må være et helt tall, ikke '\(value)'",
                                  hint: "skriv bare sifre, uten anførselstegn, f.eks. '\(key): \(max(minimum ?? 1, 1))'")
        case .numberTooSmall(let key, let value, let minimum):
            return DiagnosticText("'\(key)' må være minst \(minimum), ikke \(value)",
                                  hint: "tallene begynner på \(minimum)")
        case .noSuchDay(let key, let value):
            return DiagnosticText("'\(key)' er ikke en dag i kalenderen: '\(value)'",
                                  hint: "sjekk året, måneden (01-12) og dagen i måneden")
        case .notADate(let key, let value, let meant):
            return DiagnosticText("'\(key)' må være en dato skrevet som YYYY-MM-DD, ikke '\(value)'",
                                  hint: meant.map { "skriv den slik: \(key): \($0)" } ?? "for eksempel \(key): 2026-11-23")
        case .notAnEmailAddress(let key, let value):
            return DiagnosticText("'\(key)' er ikke en gyldig e-postadresse: '\(value)'",
                                  hint: "skriv den som name@example.dk")

        // FrontMatter/YAMLMistakes.swift
        case .quoteInsideQuotedValue(let key, let quote, let mended):
            return DiagnosticText("verdien av '\(key)' begynner med \(quote) og har enda et \(quote) inni, som avslutter den for tidlig",
                                  hint: "skriv den slik: \(mended)")
        case .colonInValue(let key, let mended):
            return DiagnosticText("verdien av '\(key)' inneholder ': ', som YAML leser som begynnelsen på en ny nøkkel",
                                  hint: "sett hele verdien i anførselstegn: \(mended)")

        // FrontMatter/YAMLParser.swift
        case .controlCharacterInYAML(let codePoint):
            return DiagnosticText("her står et usynlig kontrolltegn (\(codePoint))",
                                  hint: "slett det; Shift+Enter i Word lager et: skriv verdien på én linje eller som en liste")
        case .yamlAnchorOrAlias:
            return DiagnosticText("YAML-ankere og -aliaser ('&navn', '*navn') støttes ikke",
                                  hint: "skriv verdien helt ut; sett tekst som begynner med '*' eller '&', i anførselstegn")
        case .yamlTag:
            return DiagnosticText("YAML-merker ('!navn', '!!type') støttes ikke",
                                  hint: "skriv verdien uten '!…' foran; sett tekst som begynner med '!', i anførselstegn")
        case .yamlFailed(let file, let detail):
            return DiagnosticText("\(file ?? "filens innledning (front matter)") er ikke gyldig YAML: \(detail)")
        case .invalidYAML(let file, let problem, let context):
            return DiagnosticText("\(file ?? "filens innledning (front matter)") er ikke gyldig YAML: \(problem)" + (context.map { " (\($0.text) på linje \($0.line))" } ?? ""),
                                  hint: "sjekk innrykket, ':' etter hver nøkkel og anførselstegnene; sett tekst som inneholder ': ' eller starter med et spesialtegn, i anførselstegn")
        case .tabInYAML(let file, let problem, let context):
            return DiagnosticText("\(file ?? "filens innledning (front matter)") er ikke gyldig YAML: \(problem)" + (context.map { " (\($0.text) på linje \($0.line))" } ?? ""),
                                  hint: "rykk inn med mellomrom, ikke tabulatorer, og skriv et mellomrom, ikke en tabulator, etter '-' og ':'")
        case .typographicQuotesInYAML(let file, let problem, let context):
            return DiagnosticText("\(file ?? "filens innledning (front matter)") er ikke gyldig YAML: \(problem)" + (context.map { " (\($0.text) på linje \($0.line))" } ?? ""),
                                  hint: "anførselstegnene på linjen er typografiske (“ ”); skriv verdien i rette anførselstegn, \"slik som dette\"")
        case .duplicateKey(let keys, let firstLine):
            return DiagnosticText("nøkkelen \(keys.map { "'\($0)'" }.joined(separator: ", ")) er skrevet mer enn én gang" + (firstLine.map { " (første gang på linje \($0))" } ?? ""),
                                  hint: "behold én av dem, og slett de andre")
        case .unreadableYAML(let file, let problem):
            return DiagnosticText("\(file ?? "filens innledning (front matter)") kan ikke leses: \(problem)")
        case .yamlFailedWithoutDetail:
            return DiagnosticText("filens innledning (front matter) er ikke gyldig YAML")

        // FrontMatter/FrontMatterDecoder.swift
        case .emptyFrontMatter:
            return DiagnosticText("filens innledning (front matter) er tom",
                                  hint: "skriv minst 'kind: ...' og 'title: ...' mellom '---'-linjene")
        case .frontMatterNotAMap:
            return DiagnosticText("filens innledning (front matter) må bestå av nøkler med verdier, én 'key: value' per linje",
                                  hint: "for eksempel 'kind: approach' på én linje og 'title: ...' på den neste")
        case .unknownKind(let written, let suggestion):
            return DiagnosticText("ukjent type '\(written)' i 'kind'",
                                  hint: (suggestion.map { "mente du '\($0)'? " } ?? "") + "de mulige typene er: " + Kind.allCases.map(\.rawValue).joined(separator: ", "))
        case .missingKind:
            return DiagnosticText("den påkrevde nøkkelen 'kind' mangler",
                                  hint: "legg til 'kind: ...' med en av disse: " + Kind.allCases.map(\.rawValue).joined(separator: ", "))

        // end of frontMatter

        // MARK: siteConfig

        // Model/SiteConfig.swift
        case .siteConfigMissing(let folder, _):
            return DiagnosticText("det finnes ingen sitegen.yml i \(folder)",
                                  hint: "kjør sitegen i mappen til nettstedet, oppgi mappen med --site DIR, eller opprett et nytt nettsted med 'sitegen init'")
        case .siteConfigNotUTF8:
            return DiagnosticText("sitegen.yml er ikke UTF-8-tekst",
                                  hint: "lagre filen som UTF-8")
        case .siteConfigEmpty:
            return DiagnosticText("sitegen.yml er tom",
                                  hint: "skriv minst 'title: ...'")
        case .siteConfigNotAMap:
            return DiagnosticText("sitegen.yml må bestå av linjer med 'key: value'")
        case .markdownOptionsNotAMap:
            return DiagnosticText("'markdown' må være en gruppe med nøkler",
                                  hint: "skriv 'markdown: {unsafe: true}'")
        case .baseURLWithQueryOrFragment:
            return DiagnosticText("'baseURL' kan ikke ha en ?spørring eller et #fragment: alle sidenes adresser begynner med den",
                                  hint: "skriv adressen nettstedet publiseres på, f.eks. https://skoler.aarhus.dk/ledelse/")
        case .baseURLWithCredentials:
            return DiagnosticText("'baseURL' kan ikke inneholde brukernavn eller passord: den publiseres i sitemap.xml",
                                  hint: "skriv adressen nettstedet publiseres på, f.eks. https://skoler.aarhus.dk/ledelse/")
        case .baseURLNeedsEscaping:
            return DiagnosticText("'baseURL' inneholder tegn som en adresse må kode, eller et domene med andre bokstaver enn a-z (skriv det på xn---formen)",
                                  hint: "skriv adressen nettstedet publiseres på, f.eks. https://skoler.aarhus.dk/ledelse/")
        case .themeNameNotAFolder(let theme):
            return DiagnosticText("temanavnet '\(theme)' er ikke navnet på en mappe i themes/",
                                  hint: "bruk navnet på en mappe i themes/, f.eks. 'default'")

        // end of siteConfig

        // MARK: markdown

        // end of markdown

        // MARK: site

        // end of site

        // MARK: theme

        // end of theme

        // MARK: output

        // end of output

        case .uncatalogued(_, let text, let hint): return DiagnosticText(text.nb, hint: hint?.nb)
        }
    }
}

extension FailureCause {
    /// The cause in Norwegian; the system's own English words where there is no translation.
    var norwegian: String {
        switch errorNumber {
        case ENOSPC?: return "disken er full"
        case EACCES?, EPERM?: return "ingen tilgang"
        case EROFS?: return "disken er skrivebeskyttet"
        case ENOENT?: return "filen eller mappen finnes ikke"
        case ENOTDIR?: return "det ligger en fil der det skulle vært en mappe"
        case EISDIR?: return "det ligger en mappe der det skulle vært en fil"
        case ENAMETOOLONG?: return "navnet er for langt"
        default: return detail
        }
    }
}
