import Foundation

// The Norwegian catalog: what every problem says in Norwegian bokmål (also for nynorsk and `no`).

extension Problem {
    /// What the problem says in Norwegian bokmål (also for nynorsk and `no`).
    var norwegian: DiagnosticText {
        switch self {
        // MARK: loading

        // Loading/SourceText.swift
        case .notUTF8:
            return DiagnosticText("filen er ikke UTF-8-tekst",
                                  hint: "lagre filen som UTF-8 i redigeringsprogrammet (i Word: Lagre som → Ren tekst → Unicode (UTF-8))")
        case .emptyFile:
            return DiagnosticText("filen er tom",
                                  hint: "begynn filen med en innledning (front matter): en linje med '---', deretter 'kind: ...', 'title: ...' og til slutt en ny linje med '---'")
        case .noFrontMatter:
            return DiagnosticText("filen begynner ikke med en innledning (front matter)",
                                  hint: "aller første linje skal være '---', deretter nøklene og til slutt en ny linje med '---'")
        case .unterminatedFrontMatter:
            return DiagnosticText("innledningen (front matter) mangler den avsluttende linjen med '---'",
                                  hint: "legg til en linje med '---' etter den siste nøkkelen")

        // Loading/ContentScanner.swift
        case .contentFolderUnreadable(let cause):
            return DiagnosticText("mappen kan ikke leses: \(cause.norwegian)", hint: "sjekk tilgangsrettighetene til mappen")
        case .tooManyFiles(let limit):
            return DiagnosticText("content/ inneholder mer enn \(limit) filer", hint: "del nettstedet opp i flere nettsteder")
        case .symlinkInContent(let path):
            return DiagnosticText("'\(path)' er en symbolsk lenke; sitegen følger ikke lenker",
                                  hint: "kopier filen eller mappen inn i content/ i stedet for å lenke til den")
        case .symlinkedSiteFolder(let folder):
            return DiagnosticText("'\(folder)/' er en symbolsk lenke; sitegen følger ikke lenker og leser ingenting gjennom den",
                                  hint: "flytt eller kopier selve mappen inn i nettstedets mappe ved siden av sitegen.yml i stedet for å lenke til den")
        case .foldersTooDeep(let limit):
            return DiagnosticText("mappene ligger mer enn \(limit) nivåer inni hverandre",
                                  hint: "content/ har høyst tre nivåer: kommune, dokument, del")
        case .fileTooLarge(let megabytes, let limit):
            return DiagnosticText("filen er på \(megabytes) MB; høyst \(limit) MB er tillatt",
                                  hint: "del teksten opp i flere filer")
        case .markdownExtension(let name, let slug):
            return DiagnosticText("'\(name)' ser ut som en Markdown-fil, men sitegen leser bare filer med navn som slutter på '.md'",
                                  hint: "endre navnet til '\(slug.isEmpty ? "navn" : slug).md'")
        case .folderNameNotSlug(let name, let slug):
            return DiagnosticText("mappenavnet '\(name)' kan bare inneholde små bokstaver a-z, tallene 0-9 og '-'",
                                  hint: slug.isEmpty
                                    ? "bruk bare a-z, 0-9 og '-' (æ→ae, ø→oe, å→aa, mellomrom → '-')"
                                    : "endre navnet til '\(slug)' (æ→ae, ø→oe, å→aa, mellomrom → '-')")
        case .assetNameWithBackslash(let name, let suggestion):
            return DiagnosticText("stien '\(name)' inneholder '\\', som en nettadresse ikke kan romme, så filen publiseres ikke",
                                  hint: "gi filen eller mappen nytt navn, så stien blir f.eks. '\(suggestion)', og rett lenkene til den")
        case .fileNameNotSlug(let name, let slug):
            return DiagnosticText("filnavnet '\(name).md' kan bare inneholde små bokstaver a-z, tallene 0-9 og '-'",
                                  hint: slug.isEmpty
                                    ? "bruk bare a-z, 0-9 og '-' (æ→ae, ø→oe, å→aa, mellomrom → '-')"
                                    : "endre navnet til '\(slug).md' (æ→ae, ø→oe, å→aa, mellomrom → '-')")

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

        // FrontMatter/SiteConfig+Reading.swift
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

        // Validation/PublishableFiles.swift
        case .unsafeFile(let name, let reason):
            switch reason {
            case .webPage(let ext):
                return DiagnosticText("'\(name)' er en nettside (.\(ext)), som kan kjøre skript på nettstedet, så den publiseres ikke",
                                      hint: "fjern filen, eller skriv siden i Markdown som en .md-fil")
            case .script(let ext):
                return DiagnosticText("'\(name)' er et skript eller et program (.\(ext)), som ikke kan publiseres",
                                      hint: "fjern filen fra content/")
            case .svg(let risk):
                let what = switch risk {
                case .script: "inneholder et <script>"
                case .eventHandler(let attribute): "har en hendelsesbehandler (\(attribute)=)"
                case .foreignContent(let element): "inneholder et <\(element)>-element"
                case .externalReference(let reference): "viser til en annen fil eller adresse (\(reference))"
                case .animatedAddress(let attribute): "animerer en adresse (attributeName=\"\(attribute)\")"
                case .entityDeclaration: "erklærer en entitet med markup, eller en som ville gjort bildet for stort (<!ENTITY>)"
                case .nestedUse: "tegner delene sine igjen og igjen (<use>, markører, masker, beskjæringer eller filtre, over 300 000 elementer i alt), noe som kan gjøre bildet enormt"
                case .attributeDeclaration: "erklærer standardattributter (<!ATTLIST>), som kan sette en hendelseshåndtering"
                case .notWellFormed: "er ikke gyldig XML (en tagg som ikke er lukket, et prefiks uten xmlns-erklæring …), så en nettleser viser en feilside"
                case .notUTF8: "er ikke lagret som UTF-8 og kan ikke sjekkes"
                case .tooLarge(let megabytes): "er for stort til å sjekkes (over \(megabytes) MB)"
                }
                                return DiagnosticText("SVG-bildet '\(name)' \(what), så det publiseres ikke",
                                      hint: risk.isUncheckable ? "lagre bildet som PNG (eller som UTF-8), eller fjern filen"
                                                       : "fjern det fra bildet (eller lagre bildet som PNG), eller fjern filen")
            case .noExtension:
                return DiagnosticText("'\(name)' har ingen filendelse, så sitegen kan ikke se hva den er, og publiserer den ikke",
                                      hint: "gi filen endelsen for typen sin (.pdf, .png, .docx …), eller fjern den")
            case .otherType(let ext):
                return DiagnosticText("sitegen publiserer ikke .\(ext)-filer, bare bilder, dokumenter, lyd og video",
                                      hint: "fjern filen, eller lagre den i et annet format: png, jpg, svg, pdf, docx, xlsx, pptx, odt, csv, txt, zip, mp3, mp4 …")
            }

        // end of siteConfig

        // MARK: markdown
        case .tableTooLarge(let columns, let rows, let cells, let limit):
            return DiagnosticText("tabellen har \(columns) kolonner og \(rows) rader, \(cells) celler; høyst \(limit) er tillatt",
                                  hint: "del tabellen opp i mindre tabeller med en tom linje imellom; hver rad får like mange celler som overskriftsraden")
        case .tablesTooLarge(let tables, let cells, let limit):
            return DiagnosticText("med denne tabellen har filens \(tables) tabeller \(cells) celler til sammen; høyst \(limit) er tillatt i én fil",
                                  hint: "flytt noen av tabellene til en egen side, eller gjør dem mindre; hver rad får like mange celler som overskriftsraden")
        case .lineWithTooManyPipes(let pipes, let limit):
            return DiagnosticText("linjen har \(pipes) '|'; høyst \(limit) er tillatt på én linje, for flere tar svært lang tid å lese",
                                  hint: "del tabellen opp i mindre tabeller, eller fjern de overflødige '|': en tabell trenger én '|' mellom to kolonner")
        case .unclosedHTMLOpenings(let opening, let count, let limit):
            let words: (start: String, end: String, plain: String, escaped: String) = switch opening {
            case .processingInstruction: ("'<?'", "'?>'", "'<?'", "'&lt;?'")
            case .cdata: ("'<![CDATA['", "']]>'", "'<![CDATA['", "'&lt;![CDATA['")
            case .declaration: ("'<!' etterfulgt av en bokstav", "'>'", "'<!'", "'&lt;!'")
            }
            return DiagnosticText("\(words.start) står \(count) ganger i filen uten en avsluttende \(words.end) etter seg på samme linje (her er den første); høyst \(limit) er tillatt, for flere tar svært lang tid å lese",
                                  hint: "skriv \(words.plain) som \(words.escaped) i teksten, eller avslutt den på samme linje med \(words.end); i kode teller den også")
        case .h1InBody(let text):
            return DiagnosticText("en '#'-overskrift er ikke tillatt i teksten: tittelen er sidens eneste hovedoverskrift",
                                  hint: "skriv '## \(text)' i stedet")
        case .headingSkip(let from, let to):
            let marks = String(repeating: "#", count: from + 1)
            return DiagnosticText("overskriften hopper fra nivå \(from) til nivå \(to)",
                                  hint: "bruk \(marks) for denne overskriften, eller legg til nivået som mangler imellom")
        case .missingAlt(let url):
            return DiagnosticText("bildet '\(url)' har ingen alternativ tekst",
                                  hint: "beskriv bildet mellom hakeparentesene: ![hva bildet viser](\(url))")
        case .unsafeLinkAddress(let scheme):
            return DiagnosticText("lenker til '\(scheme):'-adresser er ikke tillatt",
                                  hint: "lenk heller til en nettside (https://...) eller en innholdsfil")
        case .mailtoLinkNotAnAddress(let url):
            return DiagnosticText("lenken '\(url)' må være én e-postadresse uten noe etter",
                                  hint: "skriv den som mailto:navn@example.no; '?', '&', '=', '%' og '#' ville legge felt som cc eller bcc til e-posten")
        case .externalImage(let url):
            return DiagnosticText("bildet '\(url)' ligger på et annet nettsted",
                                  hint: "lagre bildet i samme mappe som innholdsfilen, og lenk til det med filnavnet")
        case .imageIsPage(let url):
            return DiagnosticText("bildet '\(url)' er en innholdsfil, ikke et bilde",
                                  hint: "et bilde må være en bildefil (.png, .jpg, .svg ...) ved siden av innholdet; vil du lenke til siden, så fjern '!': [tekst](\(url))")
        case .unsafeRawHTML(let scheme):
            return DiagnosticText("rå HTML med en '\(scheme):'-adresse er ikke tillatt",
                                  hint: "lenk heller til en nettside (https://...) eller en innholdsfil")
        case .rawHTMLEndsInsideTag:
            return DiagnosticText("rå HTML slutter inne i en tagg, før dens '>': teksten etter den ville blitt en del av taggen",
                                  hint: "avslutt taggen med '>' før den tomme linjen, eller skriv HTML-en på én linje: <a href=\"https://example.org\">tekst</a>")
        case .emptyLink:
            return DiagnosticText("lenken peker ikke til noe",
                                  hint: "skriv filen eller adressen mellom parentesene: [tekst](faglig-ledelse.md)")
        case .emptyLinkFragment:
            return DiagnosticText("lenken peker ikke til noe")
        case .absoluteLink(let url, let fromSubfolder):
            return DiagnosticText("lenken '\(url)' begynner med '/'",
                                  hint: fromSubfolder ? "skriv stien ut fra denne filen, f.eks. ../faglig-ledelse.md"
                                                      : "skriv stien fra content/, f.eks. pages/om.md")
        case .linkOutsideContent(let url):
            return DiagnosticText("lenken '\(url)' peker utenfor content/",
                                  hint: "lenk bare til filer i mappen content")
        case .footnoteUndefined(let label, let writtenLabels, let moreLabels):
            let note = "[^\(label)]"
            let more: String = moreLabels > 0 ? " og \(moreLabels) til" : ""
            let written = writtenLabels.map { "[^\($0)]" }.joined(separator: ", ") + more
            return DiagnosticText("fotnoten \(note) har ingen note, så siden viser '\(note)' som tekst",
                                  hint: writtenLabels.isEmpty
                                      ? "skriv noten på en egen linje under avsnittet: \(note): teksten i noten"
                                      : "bruk merket til en note som finnes (\(written)), eller skriv noten på en egen linje: \(note): teksten i noten")
        case .footnoteUnused(let label, let undefinedLabels, let moreLabels):
            let note = "[^\(label)]"
            let more: String = moreLabels > 0 ? " og \(moreLabels) til" : ""
            let referred = undefinedLabels.map { "[^\($0)]" }.joined(separator: ", ") + more
            return DiagnosticText("ingenting i teksten viser til fotnoten \(note), så noten blir ikke vist",
                                  hint: undefinedLabels.isEmpty
                                      ? "vis til den i teksten med \(note) der noten hører hjemme, eller slett den"
                                      : "teksten viser til \(referred), som ikke har noen note: gi denne noten det merket, eller vis til den med \(note)")
        case .footnoteDuplicate(let label):
            return DiagnosticText("fotnoten [^\(label)] er skrevet to ganger; bare den første blir vist",
                                  hint: "gi denne noten sitt eget merke, og vis til den med det, eller slett den")
        case .footnoteBlankInLabel(let label, let withoutBlanks):
            return DiagnosticText("fotnoten [^\(label)] har et mellomrom i merket, så den blir ikke lest som en note og blir ikke vist",
                                  hint: "skriv merket uten mellomrom: [^\(withoutBlanks)]:")
        case .linkWithSpace(let text, let address, let fix):
            let hint: String
            switch fix {
            case .headingID(let fixed):
                hint = "skriv overskriftens id etter '#', ikke teksten: \(text)(\(fixed)); en id er teksten med små bokstaver og '-' for mellomrom"
            case .withoutBlanks(let joined):
                hint = "skriv filnavnet slik det er, uten mellomrom (f.eks. \(joined)); har navnet et mellomrom, så sett adressen i vinkelparenteser: \(text)(<\(address)>)"
            }
            return DiagnosticText("adressen i lenken \(text)(\(address)) har et mellomrom, så det er ikke en lenke: siden viser Markdown-koden som tekst",
                                  hint: hint)
        case .unclosedLinkTitle(let text, let address, let quote, let title):
            let fixed = "\(text)(\(address) \(quote)\(title)\(quote))"
            return DiagnosticText("tittelen i lenken \(text)(\(address) … begynner med \(quote) og blir ikke avsluttet, så det er ikke en lenke: siden viser Markdown-koden som tekst",
                                  hint: "avslutt tittelen med \(quote): \(fixed), eller slett \(quote)")
        // end of markdown

        // MARK: site

        // Validation/SiteValidator+*.swift
        case .lowContrast(let color, let ratio):
            let shown = String((ratio * 100).rounded(.down) / 100).replacingOccurrences(of: ".", with: ",")
            return DiagnosticText("fargen \(color) har en kontrast på \(shown):1 mot hvitt; den må være minst 4,5:1",
                                  hint: "velg en mørkere nyanse av fargen, så tekst og lenker i den er lette å lese")
        case .logoNotPicture(let logo):
            return DiagnosticText("logoen '\(logo)' er ikke en bildefil",
                                  hint: "bruk et PNG-, JPEG-, SVG-, WebP- eller GIF-bilde, f.eks. logo: logo.png")
        case .logoMissing(let logo, let folder):
            return DiagnosticText("logoen '\(logo)' finnes ikke",
                                  hint: "legg bildet i content/\(folder)/, og skriv filnavnet")
        case .revisedBeforeAdopted(let revised, let adopted):
            return DiagnosticText("'revised' (\(revised)) er før 'adopted' (\(adopted))",
                                  hint: "sjekk de to datoene; et dokument blir revidert etter at det er vedtatt")
        case .duplicatePartNumber(let kind, let number, let firstPath):
            return DiagnosticText("\(kind.norwegian.singular) nummer \(number) er brukt to ganger i dette dokumentet (også i \(firstPath))",
                                  hint: "gi \(kind.norwegian.each) sitt eget nummer: 1, 2, 3 ...")
        case .partNumberingGap(let kind, let missing, let total):
            return DiagnosticText("nummereringen av dokumentets \(kind.norwegian.plural) hopper over \(SiteValidator.describe(missing))",
                                  hint: "nummerer de \(total) \(kind.norwegian.definitePlural) fra 1 til \(total) uten hull")
        case .expectsPartsDocumentCannotHold(let documentKind, let key, let partKind):
            return DiagnosticText("\(documentKind.norwegian.withArticle) har ingen \(partKind.norwegian.definitePlural)",
                                  hint: "fjern '\(key)' fra 'expects'")
        case .expectedCountDiffers(let key, let partKind, let expected, let actual):
            // The key itself where it names no kind of part.
            let words = partKind?.norwegian ?? KindWords(singular: key, plural: key, definitePlural: key, neuter: false)
            return DiagnosticText("ifølge 'expects' skal dokumentet ha \(expected) \(words.counted(expected)), men det har \(actual)",
                                  hint: actual < expected
                                    ? "legg til \(words.definitePlural) som mangler, eller endre 'expects' til \(actual)"
                                    : "fjern de overflødige \(words.definitePlural), eller endre 'expects' til \(actual)")
        case .relatedNamesItself:
            return DiagnosticText("'related' nevner siden selv", hint: "slett denne linjen")
        case .relatedNamesTwice(let id):
            return DiagnosticText("'related' nevner '\(id)' mer enn én gang", hint: "slett denne linjen")
        case .relatedNamesLeftOutDraft(let id):
            return DiagnosticText("'related' nevner '\(id)', et utkast, som ikke kommer med på nettstedet",
                                  hint: "fjern den fra 'related' til utkastet publiseres, eller bygg med --drafts for å se begge")
        case .relatedNamesUnknownPage(let id, let suggestions):
            let quoted = suggestions.map { "'\($0)'" }.joined(separator: ", ")
            return DiagnosticText("'related' nevner '\(id)', som ikke er en side på dette nettstedet",
                                  hint: suggestions.isEmpty
                                    ? "skriv id-en: stien under content/ uten .md og /index"
                                    : "mente du \(quoted)?")
        case .invisibleCharacterInAddress(let address, let character, _):
            return DiagnosticText("adressen '\(address)' inneholder et usynlig tegn (\(character)), så den passer ikke til noen fil",
                                  hint: "slett adressen mellom parentesene og skriv den på nytt")
        case .linkToLeftOutDraft(let link):
            return DiagnosticText("lenken '\(link)' peker til et utkast, som ikke kommer med på nettstedet",
                                  hint: "fjern lenken til utkastet publiseres ('draft: false'), eller bygg med --drafts for å se begge")
        case .linkToMisnamedFile(let link, let fileName):
            return DiagnosticText("lenken '\(link)' peker til en fil som ikke finnes ennå",
                                  hint: "filen heter '\(fileName)'; endre navnet som feilen ved filen sier, så virker lenken")
        case .linkToMissingFile(let link, let suggestion):
            return DiagnosticText("lenken '\(link)' peker til en fil som ikke finnes",
                                  hint: suggestion.map { "mente du '\($0)'?" } ?? "sjekk filnavnet og mappene i stien")
        case .fragmentNotAHeading(let fragment, let page, let nearestHeadings):
            let list = nearestHeadings.map { "#\($0)" }.joined(separator: ", ")
            return DiagnosticText(page.map { "'#\(fragment)' er ikke en overskrift i \($0)" } ?? "'#\(fragment)' er ikke en overskrift i denne filen",
                                  hint: nearestHeadings.isEmpty
                                    ? "siden har ingen overskrifter; fjern '#\(fragment)'"
                                    : "overskriftenes id-er er: " + list)
        case .missingAsset(let written, let isImage, let fix):
            let what = isImage ? "bildet" : "filen"
            let hint = switch fix {
            case .matchCapitals(let name): "filen heter '\(name)': store og små bokstaver må stemme"
            case .linkPageFile(let file): "lenk til siden via filen, '\(file)'"
            case .linkMarkdownFile(let folder): "lenk til en side via .md-filen, f.eks. '\(folder)index.md'"
            case .placeFile(let path): "legg \(what) i content/\(path), eller rett stien"
            }
            return DiagnosticText("\(what) '\(written)' finnes ikke", hint: hint)

        // Validation/OutputClashes.swift
        case .pdfInPlaceOfFile(let path):
            return DiagnosticText("sitegen skriver dokumentets PDF til output/\(path), der denne filen skulle ligge",
                                  hint: "gi filen et nytt navn eller flytt den til en annen mappe, og lenk til det nye navnet")
        case .fileInPlaceOfOutput(let path):
            return DiagnosticText("filen ville ta plassen til output/\(path), som sitegen skriver selv",
                                  hint: "gi filen et nytt navn eller flytt den til en annen mappe, og lenk til det nye navnet")

        // Pipeline/AssembleStage.swift
        case .pageInSubfolder(let name):
            return DiagnosticText("sider skal ligge rett i content/pages/, ikke i en undermappe",
                                  hint: "flytt filen til content/pages/\(name)")
        case .notPageInPagesFolder(let kind):
            return DiagnosticText("en fil i content/pages/ må ha 'kind: page', ikke '\(kind.rawValue)'",
                                  hint: "skriv 'kind: page', eller flytt filen dit \(kind.norwegian.withArticle) hører hjemme")
        case .pageNamedIndex:
            return DiagnosticText("en side kan ikke hete index.md; sitegen lager forsiden selv",
                                  hint: "gi siden et eget navn, f.eks. content/pages/om.md")
        case .pageNameReserved(let name):
            return DiagnosticText("sidenavnet '\(name)' brukes av sitegen selv", hint: "gi filen et annet navn")
        case .pageClashesWithMunicipality(let name):
            return DiagnosticText("siden '\(name)' ville fått samme adresse som kommunens mappe content/\(name)/",
                                  hint: "gi siden et annet navn")
        case .notMunicipalityInMunicipalityIndex(let kind, let municipality):
            return DiagnosticText("content/<kommune>/index.md må ha 'kind: municipality', ikke '\(kind.rawValue)'",
                                  hint: kind.isDocument
                                    ? "\(kind.norwegian.withArticle) ligger i sin egen mappe: content/\(municipality)/<dokument>/index.md"
                                    : "skriv 'kind: municipality'")
        case .folderNameReserved(let name):
            return DiagnosticText("mappenavnet '\(name)' brukes av sitegen selv", hint: "gi mappen et annet navn")
        case .notDocumentInDocumentIndex(let kind, let municipality, let document):
            return DiagnosticText("index.md i et dokument må ha 'kind: framework' eller 'kind: programme', ikke '\(kind.rawValue)'",
                                  hint: kind.isPart
                                    ? "\(kind.norwegian.withArticle) er en egen fil ved siden av index.md: content/\(municipality)/\(document)/<navn>.md"
                                    : "skriv 'kind: framework' eller 'kind: programme'")
        case .notPartBesideDocument(let kind):
            return DiagnosticText("en fil ved siden av index.md i et dokument er en del av dokumentet og må ha kind approach, role, initiative, course eller section, ikke '\(kind.rawValue)'",
                                  hint: kind == .page
                                    ? "flytt sider som gjelder hele nettstedet, til content/pages/"
                                    : "flytt filen dit \(kind.norwegian.withArticle) hører hjemme")
        case .partNamedPrint:
            return DiagnosticText("delnavnet 'print' er opptatt av dokumentets utskriftsside",
                                  hint: "gi filen et annet navn, f.eks. 'udskrift.md'")
        case .misplacedContentFile(let sitePath, let kind, let level):
            let hint = switch level {
            case .contentRoot:
                "\(kind.norwegian.withArticle) hører hjemme i content/<kommune>/...; sider som gjelder hele nettstedet, skal ligge i content/pages/"
            case .municipalityFolder(let municipality):
                "en fil i mappen til en kommune må være mappens index.md; dokumenter skal ligge i en egen mappe: content/\(municipality)/<dokument>/index.md"
            case .belowParts:
                "content/ har tre nivåer: <kommune>/<dokument>/<del>.md"
            }
            return DiagnosticText("en innholdsfil kan ikke ligge i '\(sitePath)'", hint: hint)
        case .folderWithoutIndex(let folder, let isMunicipality):
            return DiagnosticText("mappen content/\(folder)/ har ingen index.md, så den er ikke \(isMunicipality ? "en kommune" : "et dokument")",
                                  hint: "legg til content/\(folder)/index.md med 'kind: \(isMunicipality ? "municipality" : "framework")'")
        case .partKindNotAllowed(let documentKind, let partKind):
            let allowed = documentKind.allowedParts.map(\.rawValue).joined(separator: ", ")
            return DiagnosticText("\(documentKind.norwegian.withArticle) kan ikke inneholde en del med kind '\(partKind.rawValue)'",
                                  hint: "\(documentKind.norwegian.withArticle) kan inneholde disse delene: \(allowed)")

        // Pipeline/ParseStage.swift
        case .contentFileUnreadable(let cause):
            return DiagnosticText("filen kan ikke leses: \(cause.norwegian)", hint: "sjekk rettighetene til filen")

        // end of site

        // MARK: theme
        case .missingTheme(let name):
            return DiagnosticText("temaet '\(name)' finnes ikke: det er ingen mappe themes/\(name)/",
                                  hint: "opprett themes/\(name)/, eller skriv 'theme: default'")
        case .templateNotUTF8:
            return DiagnosticText("malen kan ikke leses som UTF-8-tekst")
        case .dynamicPartial:
            return DiagnosticText("malen bruker et dynamisk partial-navn ({{>*navn}}), som sitegen ikke støtter",
                                  hint: "skriv partialens navn, f.eks. {{#isApproach}}{{> partials/approach}}{{/isApproach}}")
        case .templateSyntax(let syntax):
            let reason = syntax.norwegian
            return DiagnosticText("malen kan ikke leses: \(reason)",
                                  hint: "sjekk at hver {{#section}} blir lukket med {{/section}}")
        case .templateUnreadable(let reason):
            return DiagnosticText("malen kan ikke leses: \(reason)")
        case .themeFileUnreadable(let cause):
            return DiagnosticText("temaets fil kan ikke leses: \(cause.norwegian)")
        case .unknownStringsLanguage(let language):
            return DiagnosticText("sitegen har ikke språket '\(language)', så filen brukes ikke",
                                  hint: "tekstfilene heter da.yml, nb.yml, nn.yml og en.yml (no bruker nb.yml)")
        case .missingTemplate(let name):
            return DiagnosticText("temaet har ingen mal '\(name).mustache'",
                                  hint: "kopier den fra standardtemaet")
        case .themeSymlink(let path):
            return DiagnosticText("'\(path)' er en symbolsk lenke; sitegen følger ikke lenker, så temaet utelater den",
                                  hint: "kopier filen inn i temaet i stedet for å lenke til den")
        case .missingPartial(let name):
            return DiagnosticText("malen setter inn partialen '\(name)', som temaet ikke har",
                                  hint: "opprett templates/\(name).mustache, eller rett navnet")
        case .unusedString(let key, let suggestion):
            return DiagnosticText("teksten '\(key)' brukes ikke av noen mal",
                                  hint: suggestion.map { "mente du '\($0)'?" })
        case .stringsNotTable:
            return DiagnosticText("filen med tekster må bestå av linjer på formen 'key: text'")
        case .stringNotText(let key):
            return DiagnosticText("teksten '\(key)' må være én tekst, ikke en liste eller nøkler",
                                  hint: "skriv den som '\(key): tekst'")
        case .emptyString(let key):
            return DiagnosticText("teksten '\(key)' er tom",
                                  hint: "skriv teksten, eller slett linjen for å beholde standardteksten")
        // end of theme

        // MARK: output
        case .writeOutsideOutput(let path):
            return DiagnosticText("nektet å skrive utenfor output/: \(path)")
        case .cannotWriteFile(let path, let cause):
            return DiagnosticText("kan ikke skrive \(path): \(cause.norwegian)")
        case .cannotCopyFile(let path, let cause):
            return DiagnosticText("kan ikke lese \(path): \(cause.norwegian)")
        case .unusableOutputFolder(let path, let reason):
            let message: String
            switch reason {
            case .holdsSite: message = "utdatamappen \(path) inneholder selve nettstedet, og en bygging erstatter hele utdatamappen"
            case .insideSiteFolder(let folder): message = "utdatamappen \(path) ligger inne i nettstedets \(folder)/-mappe, som en bygging ville overskrive"
            case .isFile: message = "utdatamappen \(path) er en fil"
            case .holdsOtherFiles: message = "mappen \(path) inneholder filer som sitegen ikke har skrevet (den har ingen \(OutputLocation.markerName)-fil), og en bygging ville slette dem"
            }
            if reason == .holdsOtherFiles {
                return DiagnosticText(message, hint: "skriv nettstedet til en ny eller tom mappe, eller bygg til output/ og kopier derfra med 'rsync -a --delete --exclude .git output/ \(path)/'")
            }
            return DiagnosticText(message, hint: "skriv nettstedet til en tom mappe for seg selv, for eksempel output/ ved siden av sitegen.yml (standard)")
        case .weasyprintMissing:
            return DiagnosticText("PDF-er krever WeasyPrint, som ikke er installert: installer det med 'python3 -m pip install weasyprint' (eller oppgi det med WEASYPRINT=/sti/til/weasyprint)")
        case .weasyprintWithoutPDFUA(let path):
            return DiagnosticText("WeasyPrint i \(path) kan ikke skrive PDF/UA: installer en nyere med 'python3 -m pip install --upgrade weasyprint'")
        case .missingContent:
            return DiagnosticText("nettstedet har ingen content/-mappe",
                                  hint: "opprett content/ ved siden av sitegen.yml, og legg kommunenes mapper i den")
        case .pdfFailed(let failure):
            // What went wrong is told in English, as WeasyPrint tells it.
            let words: String
            switch failure {
            case .notStarted(let cause): words = cause.norwegian
            case .timedOut(let limit):
                let time = limit >= 60 ? "\(Int(limit / 60)) min" : "\(Int(limit)) s"
                words = "WeasyPrint did not finish within \(time) and was stopped"
            case .exited(let status): words = "weasyprint exited with status \(status)"
            case .said(let text): words = text
            }
            return DiagnosticText("WeasyPrint kunne ikke lage PDF-en av dette dokumentet: \(words)")
        case .siteWriteFailed(let path, let cause):
            return DiagnosticText("nettstedet kan ikke skrives til \(path): \(cause.norwegian)",
                                  hint: "sjekk at det er skrivetilgang til mappen")
        case .newFileInvalidName(let name, let suggestion):
            return DiagnosticText("'\(name)' er ikke et gyldig navn: bruk små bokstaver a-z, 0-9 og '-', f.eks. '\(suggestion ?? "faglig-ledelse")'")
        case .newFileMisplaced(let kind, let path):
            let place: String
            switch kind {
            case .municipality: place = "content/<kommune>/index.md"
            case .framework, .programme: place = "content/<kommune>/<dokument>/index.md"
            case .page: place = "content/pages/<side>.md"
            default: place = "content/<kommune>/<dokument>/<del>.md"
            }
            return DiagnosticText("en fil med 'kind: \(kind.rawValue)' kan ikke ligge i '\(path)': den hører til i \(place)")
        case .newFileMissingParent(let index, let kind):
            return DiagnosticText("content/\(index) finnes ikke ennå; lag den først med 'sitegen new \(kind.rawValue) content/\(index)'")
        case .newFileNameTaken(let name, let owner):
            let what: String
            switch owner {
            case .sitegen: what = "sitegens egne sider og filer"
            case .page: what = "siden content/pages/\(name).md"
            case .municipality: what = "kommunen content/\(name)/"
            case .printPage: what = "dokumentets utskriftsside"
            }
            return DiagnosticText("navnet '\(name)' er opptatt av \(what); velg et annet")
        case .newFileExists(let path):
            return DiagnosticText("content/\(path) finnes allerede")
        case .newFileThroughSymlink(let path):
            return DiagnosticText("content/\(path) er en symbolsk lenke; sitegen new skriver ikke gjennom lenker (byggingen følger dem heller ikke)")
        case .newSiteFolderNotEmpty(let path):
            return DiagnosticText("\(path) er ikke tom; velg en ny mappe")
        case .newFileWriteFailed(let cause):
            return DiagnosticText(cause.norwegian)
        case .weasyprintWithoutPython(let path):
            return DiagnosticText("sitegen finner ikke den Python som kjører WeasyPrint i \(path): oppgi den weasyprint som pip installerte, med WEASYPRINT=/sti/til/bin/weasyprint, eller installer den med 'python3 -m pip install weasyprint'")
        // end of output

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

extension ConsoleMessage {
    /// The message in Norwegian.
    var norwegian: String {
        switch self {
        case .cannotListen(let host, let port, let reason):
            let why: String
            switch reason {
            case .notIPv4: why = "--host må være en IPv4-adresse som 127.0.0.1 (bare denne maskinen) eller 0.0.0.0 (alle nettverk), ikke '\(host)'"
            case .portInUse: why = "port \(port) på \(host) er i bruk (kjører en annen sitegen serve?); velg en annen med --port"
            case .needsRights: why = "port \(port) krever administratorrettigheter; velg en over 1023 med --port"
            case .notLocalAddress: why = "\(host) er ikke en adresse på denne maskinen; bruk 127.0.0.1 eller 0.0.0.0"
            case .other(let detail): why = detail
            }
            return "sitegen serve: kan ikke lytte på \(host):\(port): \(why)"
        case .listeningFailed(let host, let port, let detail):
            return "sitegen serve: kan ikke lytte på \(host):\(port): \(detail). Er porten i bruk? Velg en annen med --port."
        case .serving(let url): return "sitegen serve viser \(url) (Ctrl-C stopper)"
        case .stopped: return "sitegen serve er stoppet"
        case .rebuilt(let milliseconds, let count): return "bygget på nytt på \(milliseconds) ms: \(count) \(count == 1 ? "fil" : "filer") endret"
        case .notRebuilt: return "ikke bygget på nytt: nettleseren viser problemene til de er rettet"
        case .built(let pages, let folder): return "bygde \(pages) sider i \(folder)"
        case .checked: return "kontrollert: ingen feil"
        case .initialised(let folder): return "\nNeste steg: cd \(folder) && sitegen build"
        case .summary(let errors, let warnings): return "\(errors) feil, \(warnings) \(warnings == 1 ? "advarsel" : "advarsler")"
        }
    }
}

extension DiagnosticWords {
    /// The text format's words in Norwegian.
    static let norwegian = DiagnosticWords(error: "feil", warning: "advarsel", hint: "tips")
}

extension Problem.TemplateSyntaxError {
    /// What is wrong, in Norwegian.
    var norwegian: String {
        switch self {
        case .sectionCloseNameIncorrect: return "en seksjon lukkes med et annet navn enn den ble åpnet med"
        case .unfinishedName: return "et merke er ikke lukket med }}"
        case .expectedSectionEnd: return "en seksjon er ikke lukket"
        case .invalidSetDelimiter: return "et skilletegnmerke {{= =}} er feil skrevet"
        case .transformAppliedToInheritanceSection: return "en transformasjon brukes på en arvet seksjon"
        case .illegalTokenInsideInheritSection: return "en arvet delmal inneholder annet enn blokker"
        case .textInsideInheritSection: return "en arvet delmal inneholder tekst utenfor blokkene sine"
        case .invalidConfigVariableSyntax: return "en {{% innstilling }} er feil skrevet"
        case .unrecognisedConfigVariable: return "en {{% innstilling }} er ikke en Mustache kjenner"
        case .other(let words): return words
        }
    }
}
