import Foundation

// The Danish catalog: what every problem says in Danish.

extension Problem {
    /// What the problem says in Danish.
    var danish: DiagnosticText {
        switch self {
        // MARK: loading

        // end of loading

        // MARK: frontMatter

        // FrontMatter/FieldReader.swift
        case .keyNotAWord:
            return DiagnosticText("en nøgle skal være ét ord",
                                  hint: "skriv nøgler som 'name: value'")
        case .invisibleCharacterInKey(let key, let codePoint):
            return DiagnosticText("nøglen '\(key)' indeholder et usynligt tegn (\(codePoint))",
                                  hint: "slet nøglen, og skriv den igen; den slags tegn kommer med tekst kopieret fra Word eller hjemmesider")
        case .unknownKey(let key, let suggestion, let allowedKeys, let kindName):
            // Where the keys of `kindName` are written: "en fil med 'kind: approach'", "hver kontakt under 'contacts'".
            let place = Kind(rawValue: kindName) != nil ? "en fil med 'kind: \(kindName)'"
                : kindName == "contact" ? "hver kontakt under 'contacts'"
                : kindName == "sitegen.yml" ? "sitegen.yml" : "'\(kindName)'"
            return DiagnosticText("ukendt nøgle '\(key)'",
                                  hint: suggestion.map { "mente du '\($0)'?" }
                                    ?? "de tilladte nøgler i \(place) er: \(allowedKeys.joined(separator: ", "))")
        case .missingValue(let key):
            return DiagnosticText("'\(key)' har ingen værdi",
                                  hint: "skriv værdien efter '\(key):'")
        case .emptyValue(let key):
            return DiagnosticText("'\(key)' er tom",
                                  hint: "skriv værdien efter '\(key):'")
        case .missingKey(let key, let kindName):
            // Where the line goes: the file's front matter, sitegen.yml, or the group it is missing from.
            let place = kindName == "sitegen.yml" ? "sitegen.yml"
                : Kind(rawValue: kindName) != nil ? "filens indledning (front matter)"
                : kindName == "contact" ? "hver kontakt under 'contacts'" : "'\(kindName)'"
            return DiagnosticText("den påkrævede nøgle '\(key)' mangler",
                                  hint: "tilføj en linje '\(key): ...' i \(place)")
        case .multilineValue(let key):
            return DiagnosticText("'\(key)' skal stå på én linje",
                                  hint: "saml linjerne til én")
        case .valueTooLong(let key, let length, let maxLength):
            return DiagnosticText("'\(key)' er \(length) tegn lang; højst \(maxLength) tegn er tilladt",
                                  hint: "gør teksten \(length - maxLength) tegn kortere")
        case .notABoolean(let key, let value):
            return DiagnosticText("'\(key)' skal være true eller false, ikke '\(value)'",
                                  hint: "skriv '\(key): true' eller '\(key): false', uden anførselstegn")
        case .notAWebAddress(let key, let value):
            return DiagnosticText("'\(key)' er ikke en webadresse: '\(value)'",
                                  hint: value.lowercased().hasPrefix("http://") || value.lowercased().hasPrefix("https://")
                                    ? "tjek adressen: ingen mellemrum, og et domæne efter https://, fx https://www.aarhus.dk/skoler"
                                    : "skriv hele adressen, så den starter med https://")
        case .notAColor(let key, let value):
            return DiagnosticText("'\(key)' skal være en farve skrevet som #rrggbb, ikke '\(value)'",
                                  hint: "for eksempel \(key): \"#00558c\" (i anførselstegn, fordi # starter en kommentar i YAML)")
        case .valueNotAllowed(let key, let value, let suggestion, let allowedValues):
            return DiagnosticText("'\(value)' er ikke en gyldig værdi for '\(key)'",
                                  hint: (suggestion.map { "mente du '\($0)'? " } ?? "") + "skriv en af disse: \(allowedValues.joined(separator: ", "))")
        case .tooFewItems(let key, let minimum):
            return DiagnosticText("'\(key)' skal have mindst \(minimum) punkt\(minimum == 1 ? "" : "er")",
                                  hint: "skriv hvert punkt på en linje for sig, og start linjen med '- '")
        case .unknownExpectsKey(let key, let suggestion, let allowedKeys):
            return DiagnosticText("ukendt nøgle '\(key)' i 'expects'",
                                  hint: suggestion.map { "mente du '\($0)'?" } ?? "skriv en af disse: \(allowedKeys.joined(separator: ", "))")
        case .periodEndsBeforeStart(let start, let end):
            return DiagnosticText("perioden slutter (\(end)) før den begynder (\(start))",
                                  hint: "tjek de to datoer; 'end' må ikke ligge før 'start'")
        case .commentAsValue(let key, let comment):
            return DiagnosticText("'\(key)' har ingen værdi: i YAML begynder '#' efter et mellemrum en kommentar, så '\(comment)' bliver ikke læst",
                                  hint: "sæt værdien i anførselstegn: \(key): \(CommentAfterKey.quoted(comment)); er det en note, så skriv den på en linje for sig")
        case .controlCharacterInValue(let key, let codePoint):
            return DiagnosticText("'\(key)' indeholder et usynligt kontroltegn (\(codePoint))",
                                  hint: "skriv værdien igen i hånden; sådanne tegn kommer fra koder som \\0 eller fra tekst kopieret fra andre programmer")
        case .listForSingleValue(let key):
            return DiagnosticText("'\(key)' skal være én værdi, ikke en liste",
                                  hint: "skriv værdien på samme linje som '\(key):'")
        case .mapForSingleValue(let key):
            return DiagnosticText("'\(key)' skal være én værdi, ikke en gruppe af nøgler",
                                  hint: "skriv værdien på samme linje som '\(key):'; sæt tekst med ': ' i anførselstegn")
        case .aliasForValue(let key):
            return DiagnosticText("'\(key)' bruger et YAML-alias, og det understøtter sitegen ikke",
                                  hint: "skriv hele værdien ud")
        case .notAList(let key):
            return DiagnosticText("'\(key)' skal være en liste",
                                  hint: "skriv hvert punkt på en linje for sig under '\(key):', og start linjen med '- '")
        case .notAMap(let key, let example):
            return DiagnosticText("'\(key)' skal være en gruppe af nøgler med værdier",
                                  hint: "skriv hver nøgle på en indrykket linje for sig under '\(key):', fx \(example.map { "'\($0)'" }.joined(separator: " og "))")
        case .listItemReadAsKey(let key, let item):
            return DiagnosticText("et punkt i '\(key)' indeholder ': ', som YAML læser som en nøgle",
                                  hint: "sæt punktet i anførselstegn: - \(YAMLMistakes.quoted(item))")
        case .emptyListItem(let key, let comment):
            return DiagnosticText("et punkt i '\(key)' er tomt",
                                  hint: comment.map { "i YAML begynder '#' efter et mellemrum en kommentar; sæt punktet i anførselstegn: - \(YAMLMistakes.quoted($0))" }
                                    ?? "skriv punktets tekst efter '- ', eller slet linjen")
        case .listItemMerged(let key, let indentation):
            return DiagnosticText("denne linje læses som en del af punktet over den i '\(key)', ikke som et punkt for sig",
                                  hint: "sæt '-' i samme kolonne som punkterne over (\(indentation) mellemrum inde)")
        case .notAWholeNumber(let key, let value, let minimum):
            return DiagnosticText("'\(key)' skal være et helt tal, ikke '\(value)'",
                                  hint: "skriv kun cifre, uden anførselstegn, f.eks. '\(key): \(max(minimum ?? 1, 1))'")
        case .numberTooSmall(let key, let value, let minimum):
            return DiagnosticText("'\(key)' skal være mindst \(minimum), ikke \(value)",
                                  hint: "tallene begynder ved \(minimum)")
        case .noSuchDay(let key, let value):
            return DiagnosticText("'\(key)' er ikke en dag i kalenderen: '\(value)'",
                                  hint: "tjek året, måneden (01-12) og dagen i måneden")
        case .notADate(let key, let value, let meant):
            return DiagnosticText("'\(key)' skal være en dato skrevet som YYYY-MM-DD, ikke '\(value)'",
                                  hint: meant.map { "skriv den sådan: \(key): \($0)" } ?? "for eksempel \(key): 2026-11-23")
        case .notAnEmailAddress(let key, let value):
            return DiagnosticText("'\(key)' er ikke en gyldig e-mailadresse: '\(value)'",
                                  hint: "skriv den som name@example.dk")

        // FrontMatter/YAMLMistakes.swift
        case .quoteInsideQuotedValue(let key, let quote, let mended):
            return DiagnosticText("værdien af '\(key)' begynder med \(quote) og har endnu et \(quote) indeni, som afslutter den for tidligt",
                                  hint: "skriv den sådan: \(mended)")
        case .colonInValue(let key, let mended):
            return DiagnosticText("værdien af '\(key)' indeholder ': ', som YAML læser som begyndelsen på en ny nøgle",
                                  hint: "sæt hele værdien i anførselstegn: \(mended)")

        // FrontMatter/YAMLParser.swift
        case .controlCharacterInYAML(let codePoint):
            return DiagnosticText("her står et usynligt kontroltegn (\(codePoint))",
                                  hint: "slet det; Skift+Enter i Word laver et: skriv værdien på én linje eller som en liste")
        case .yamlAnchorOrAlias:
            return DiagnosticText("YAML-ankre og -aliaser ('&navn', '*navn') understøttes ikke",
                                  hint: "skriv værdien helt ud; sæt tekst, der begynder med '*' eller '&', i anførselstegn")
        case .yamlTag:
            return DiagnosticText("YAML-mærker ('!navn', '!!type') understøttes ikke",
                                  hint: "skriv værdien uden '!…' foran; sæt tekst, der begynder med '!', i anførselstegn")
        case .yamlFailed(let file, let detail):
            return DiagnosticText("\(file ?? "filens indledning (front matter)") er ikke gyldig YAML: \(detail)")
        case .invalidYAML(let file, let problem, let context):
            return DiagnosticText("\(file ?? "filens indledning (front matter)") er ikke gyldig YAML: \(problem)" + (context.map { " (\($0.text) på linje \($0.line))" } ?? ""),
                                  hint: "tjek indrykningen, ':' efter hver nøgle og anførselstegnene; sæt tekst, der indeholder ': ' eller starter med et specialtegn, i anførselstegn")
        case .tabInYAML(let file, let problem, let context):
            return DiagnosticText("\(file ?? "filens indledning (front matter)") er ikke gyldig YAML: \(problem)" + (context.map { " (\($0.text) på linje \($0.line))" } ?? ""),
                                  hint: "ryk ind med mellemrum, ikke tabulatorer, og skriv et mellemrum, ikke en tabulator, efter '-' og ':'")
        case .typographicQuotesInYAML(let file, let problem, let context):
            return DiagnosticText("\(file ?? "filens indledning (front matter)") er ikke gyldig YAML: \(problem)" + (context.map { " (\($0.text) på linje \($0.line))" } ?? ""),
                                  hint: "anførselstegnene på linjen er typografiske (“ ”); skriv værdien i lige anførselstegn, \"sådan her\"")
        case .duplicateKey(let keys, let firstLine):
            return DiagnosticText("nøglen \(keys.map { "'\($0)'" }.joined(separator: ", ")) er skrevet mere end én gang" + (firstLine.map { " (første gang på linje \($0))" } ?? ""),
                                  hint: "behold én af dem, og slet de andre")
        case .unreadableYAML(let file, let problem):
            return DiagnosticText("\(file ?? "filens indledning (front matter)") kan ikke læses: \(problem)")
        case .yamlFailedWithoutDetail:
            return DiagnosticText("filens indledning (front matter) er ikke gyldig YAML")

        // FrontMatter/FrontMatterDecoder.swift
        case .emptyFrontMatter:
            return DiagnosticText("filens indledning (front matter) er tom",
                                  hint: "skriv mindst 'kind: ...' og 'title: ...' mellem '---'-linjerne")
        case .frontMatterNotAMap:
            return DiagnosticText("filens indledning (front matter) skal bestå af nøgler med værdier, én 'key: value' pr. linje",
                                  hint: "for eksempel 'kind: approach' på én linje og 'title: ...' på den næste")
        case .unknownKind(let written, let suggestion):
            return DiagnosticText("ukendt type '\(written)' i 'kind'",
                                  hint: (suggestion.map { "mente du '\($0)'? " } ?? "") + "de mulige typer er: " + Kind.allCases.map(\.rawValue).joined(separator: ", "))
        case .missingKind:
            return DiagnosticText("den påkrævede nøgle 'kind' mangler",
                                  hint: "tilføj 'kind: ...' med en af disse: " + Kind.allCases.map(\.rawValue).joined(separator: ", "))

        // end of frontMatter

        // MARK: siteConfig

        // Model/SiteConfig.swift
        case .siteConfigMissing(let folder, _):
            return DiagnosticText("der er ingen sitegen.yml i \(folder)",
                                  hint: "kør sitegen i sitets mappe, angiv mappen med --site DIR, eller opret et nyt site med 'sitegen init'")
        case .siteConfigNotUTF8:
            return DiagnosticText("sitegen.yml er ikke UTF-8-tekst",
                                  hint: "gem filen som UTF-8")
        case .siteConfigEmpty:
            return DiagnosticText("sitegen.yml er tom",
                                  hint: "skriv mindst 'title: ...'")
        case .siteConfigNotAMap:
            return DiagnosticText("sitegen.yml skal bestå af linjer med 'key: value'")
        case .markdownOptionsNotAMap:
            return DiagnosticText("'markdown' skal være en gruppe af nøgler",
                                  hint: "skriv 'markdown: {unsafe: true}'")
        case .baseURLWithQueryOrFragment:
            return DiagnosticText("'baseURL' må ikke have en ?forespørgsel eller et #fragment: alle sidernes adresser begynder med den",
                                  hint: "skriv adressen, sitet udgives på, fx https://skoler.aarhus.dk/ledelse/")
        case .baseURLWithCredentials:
            return DiagnosticText("'baseURL' må ikke indeholde brugernavn eller adgangskode: den offentliggøres i sitemap.xml",
                                  hint: "skriv adressen, sitet udgives på, fx https://skoler.aarhus.dk/ledelse/")
        case .baseURLNeedsEscaping:
            return DiagnosticText("'baseURL' indeholder tegn, som en adresse skal kode, eller et domæne med andre bogstaver end a-z (skriv det på xn---formen)",
                                  hint: "skriv adressen, sitet udgives på, fx https://skoler.aarhus.dk/ledelse/")
        case .themeNameNotAFolder(let theme):
            return DiagnosticText("temanavnet '\(theme)' er ikke navnet på en mappe i themes/",
                                  hint: "brug navnet på en mappe i themes/, f.eks. 'default'")

        // end of siteConfig

        // MARK: markdown

        // end of markdown

        // MARK: site

        // end of site

        // MARK: theme

        // end of theme

        // MARK: output

        // end of output

        case .uncatalogued(_, let text, let hint): return DiagnosticText(text.da, hint: hint?.da)
        }
    }
}

extension FailureCause {
    /// The cause in Danish; the system's own English words where there is no translation.
    var danish: String {
        switch errorNumber {
        case ENOSPC?: return "disken er fuld"
        case EACCES?, EPERM?: return "ingen adgang"
        case EROFS?: return "disken er skrivebeskyttet"
        case ENOENT?: return "filen eller mappen findes ikke"
        case ENOTDIR?: return "der ligger en fil, hvor der skulle være en mappe"
        case EISDIR?: return "der ligger en mappe, hvor der skulle være en fil"
        case ENAMETOOLONG?: return "navnet er for langt"
        default: return detail
        }
    }
}
