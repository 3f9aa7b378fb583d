import Foundation

// The Danish catalog: what every problem says in Danish.

extension Problem {
    /// What the problem says in Danish.
    var danish: DiagnosticText {
        switch self {
        // MARK: loading

        // Loading/SourceText.swift
        case .notUTF8:
            return DiagnosticText("filen er ikke UTF-8-tekst",
                                  hint: "gem filen som UTF-8 i dit redigeringsprogram (i Word: Gem som → Almindelig tekst → Unicode (UTF-8))")
        case .emptyFile:
            return DiagnosticText("filen er tom",
                                  hint: "begynd filen med en indledning (front matter): en linje med '---', derefter 'kind: ...', 'title: ...' og til sidst endnu en linje med '---'")
        case .noFrontMatter:
            return DiagnosticText("filen begynder ikke med en indledning (front matter)",
                                  hint: "allerførste linje skal være '---', derefter nøglerne og til sidst endnu en linje med '---'")
        case .unterminatedFrontMatter:
            return DiagnosticText("indledningen (front matter) mangler den afsluttende linje med '---'",
                                  hint: "tilføj en linje med '---' efter den sidste nøgle")

        // Loading/ContentScanner.swift
        case .contentFolderUnreadable(let cause):
            return DiagnosticText("mappen kan ikke læses: \(cause.danish)", hint: "tjek mappens rettigheder")
        case .tooManyFiles(let limit):
            return DiagnosticText("content/ indeholder mere end \(limit) filer", hint: "del sitet op i flere sites")
        case .symlinkInContent(let path):
            return DiagnosticText("'\(path)' er et symbolsk link; sitegen følger ikke links",
                                  hint: "kopiér filen eller mappen ind i content/ i stedet for at linke til den")
        case .symlinkedSiteFolder(let folder):
            return DiagnosticText("'\(folder)/' er et symbolsk link; sitegen følger ikke links og læser intet gennem det",
                                  hint: "flyt eller kopiér selve mappen ind i sitets mappe ved siden af sitegen.yml i stedet for at linke til den")
        case .foldersTooDeep(let limit):
            return DiagnosticText("mapperne ligger mere end \(limit) niveauer inde i hinanden",
                                  hint: "content/ har højst tre niveauer: kommune, dokument, del")
        case .fileTooLarge(let megabytes, let limit):
            return DiagnosticText("filen fylder \(megabytes) MB; højst \(limit) MB er tilladt",
                                  hint: "del teksten op i flere filer")
        case .markdownExtension(let name, let slug):
            return DiagnosticText("'\(name)' ligner en Markdown-fil, men sitegen læser kun filer, hvis navn ender på '.md'",
                                  hint: "omdøb den til '\(slug.isEmpty ? "navn" : slug).md'")
        case .folderNameNotSlug(let name, let slug):
            return DiagnosticText("mappenavnet '\(name)' må kun indeholde små bogstaver a-z, tallene 0-9 og '-'",
                                  hint: slug.isEmpty
                                    ? "brug kun a-z, 0-9 og '-' (æ→ae, ø→oe, å→aa, mellemrum → '-')"
                                    : "omdøb den til '\(slug)' (æ→ae, ø→oe, å→aa, mellemrum → '-')")
        case .assetNameWithBackslash(let name, let suggestion):
            return DiagnosticText("stien '\(name)' indeholder '\\', som en webadresse ikke kan rumme, så filen udgives ikke",
                                  hint: "omdøb filen eller mappen, så stien bliver f.eks. '\(suggestion)', og ret linkene til den")
        case .fileNameNotSlug(let name, let slug):
            return DiagnosticText("filnavnet '\(name).md' må kun indeholde små bogstaver a-z, tallene 0-9 og '-'",
                                  hint: slug.isEmpty
                                    ? "brug kun a-z, 0-9 og '-' (æ→ae, ø→oe, å→aa, mellemrum → '-')"
                                    : "omdøb den til '\(slug).md' (æ→ae, ø→oe, å→aa, mellemrum → '-')")

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

        // FrontMatter/SiteConfig+Reading.swift
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

        // Validation/PublishableFiles.swift
        case .unsafeFile(let name, let reason):
            switch reason {
            case .webPage(let ext):
                return DiagnosticText("'\(name)' er en webside (.\(ext)), som kan køre script på sitet, så den udgives ikke",
                                      hint: "fjern filen, eller skriv siden i Markdown som en .md-fil")
            case .script(let ext):
                return DiagnosticText("'\(name)' er et script eller et program (.\(ext)), som ikke kan udgives",
                                      hint: "fjern filen fra content/")
            case .svg(let risk):
                let what = switch risk {
                case .script: "indeholder et <script>"
                case .eventHandler(let attribute): "har en hændelseshåndtering (\(attribute)=)"
                case .foreignContent(let element): "indeholder et <\(element)>-element"
                case .externalReference(let reference): "henviser til en anden fil eller adresse (\(reference))"
                case .animatedAddress(let attribute): "animerer en adresse (attributeName=\"\(attribute)\")"
                case .entityDeclaration: "erklærer en entitet med markup, eller en, der ville gøre billedet for stort (<!ENTITY>)"
                case .nestedUse: "tegner sine dele igen og igen (<use>, markører, masker, beskæringer eller filtre, over 300.000 elementer i alt), hvilket kan gøre billedet enormt"
                case .attributeDeclaration: "erklærer standardattributter (<!ATTLIST>), som kan sætte en hændelseshåndtering"
                case .notWellFormed: "er ikke gyldig XML (et tag, der ikke er lukket, et præfiks uden xmlns-erklæring …), så en browser viser en fejlside"
                case .notUTF8: "er ikke gemt som UTF-8 og kan ikke tjekkes"
                case .tooLarge(let megabytes): "er for stort til at blive tjekket (over \(megabytes) MB)"
                }
                                return DiagnosticText("SVG-billedet '\(name)' \(what), så det udgives ikke",
                                      hint: risk.isUncheckable ? "gem billedet som PNG (eller som UTF-8), eller fjern filen"
                                                       : "fjern det fra billedet (eller gem billedet som PNG), eller fjern filen")
            case .noExtension:
                return DiagnosticText("'\(name)' har ingen filendelse, så sitegen kan ikke se, hvad den er, og udgiver den ikke",
                                      hint: "giv filen endelsen for dens type (.pdf, .png, .docx …), eller fjern den")
            case .otherType(let ext):
                return DiagnosticText("sitegen udgiver ikke .\(ext)-filer, kun billeder, dokumenter, lyd og video",
                                      hint: "fjern filen, eller gem den i et andet format: png, jpg, svg, pdf, docx, xlsx, pptx, odt, csv, txt, zip, mp3, mp4 …")
            }

        // end of siteConfig

        // MARK: markdown
        case .tableTooLarge(let columns, let rows, let cells, let limit):
            return DiagnosticText("tabellen har \(columns) kolonner og \(rows) rækker, \(cells) celler; højst \(limit) er tilladt",
                                  hint: "del tabellen op i mindre tabeller med en tom linje imellem; hver række får lige så mange celler som overskriftsrækken")
        case .tablesTooLarge(let tables, let cells, let limit):
            return DiagnosticText("med denne tabel har filens \(tables) tabeller \(cells) celler tilsammen; højst \(limit) er tilladt i én fil",
                                  hint: "flyt nogle af tabellerne til en side for sig, eller gør dem mindre; hver række får lige så mange celler som overskriftsrækken")
        case .lineWithTooManyPipes(let pipes, let limit):
            return DiagnosticText("linjen har \(pipes) '|'; højst \(limit) er tilladt på én linje, for flere tager meget lang tid at læse",
                                  hint: "del tabellen op i mindre tabeller, eller fjern de overflødige '|': en tabel skal have én '|' mellem to kolonner")
        case .unclosedHTMLOpenings(let opening, let count, let limit):
            let words: (start: String, end: String, plain: String, escaped: String) = switch opening {
            case .processingInstruction: ("'<?'", "'?>'", "'<?'", "'&lt;?'")
            case .cdata: ("'<![CDATA['", "']]>'", "'<![CDATA['", "'&lt;![CDATA['")
            case .declaration: ("'<!' efterfulgt af et bogstav", "'>'", "'<!'", "'&lt;!'")
            }
            return DiagnosticText("\(words.start) står \(count) gange i filen uden et afsluttende \(words.end) efter sig på samme linje (her er den første); højst \(limit) er tilladt, for flere tager meget lang tid at læse",
                                  hint: "skriv \(words.plain) som \(words.escaped) i teksten, eller afslut den på samme linje med \(words.end); i kode tæller den også")
        case .h1InBody(let text):
            return DiagnosticText("en '#'-overskrift må ikke stå i teksten: titlen er sidens eneste hovedoverskrift",
                                  hint: "skriv '## \(text)' i stedet")
        case .headingSkip(let from, let to):
            let marks = String(repeating: "#", count: from + 1)
            return DiagnosticText("overskriften springer fra niveau \(from) til niveau \(to)",
                                  hint: "brug \(marks) til denne overskrift, eller tilføj det mellemliggende niveau")
        case .missingAlt(let url):
            return DiagnosticText("billedet '\(url)' har ingen alternativ tekst",
                                  hint: "beskriv billedet mellem de firkantede parenteser: ![hvad billedet viser](\(url))")
        case .unsafeLinkAddress(let scheme):
            return DiagnosticText("links til '\(scheme):'-adresser er ikke tilladt",
                                  hint: "link i stedet til en hjemmeside (https://...) eller en indholdsfil")
        case .mailtoLinkNotAnAddress(let url):
            return DiagnosticText("linket '\(url)' skal være én e-mailadresse uden noget efter",
                                  hint: "skriv det som mailto:navn@example.dk; '?', '&', '=', '%' og '#' ville tilføje felter som cc eller bcc til mailen")
        case .externalImage(let url):
            return DiagnosticText("billedet '\(url)' ligger på en anden hjemmeside",
                                  hint: "gem billedet i samme mappe som indholdsfilen, og link til det med filnavnet")
        case .imageIsPage(let url):
            return DiagnosticText("billedet '\(url)' er en indholdsfil, ikke et billede",
                                  hint: "et billede skal være en billedfil (.png, .jpg, .svg ...) ved siden af indholdet; vil du linke til siden, så udelad '!': [tekst](\(url))")
        case .unsafeRawHTML(let scheme):
            return DiagnosticText("rå HTML med en '\(scheme):'-adresse er ikke tilladt",
                                  hint: "link i stedet til en hjemmeside (https://...) eller en indholdsfil")
        case .rawHTMLEndsInsideTag:
            return DiagnosticText("rå HTML slutter inde i et tag, før dets '>': teksten efter den ville blive en del af tagget",
                                  hint: "afslut tagget med '>' før den tomme linje, eller skriv HTML'en på én linje: <a href=\"https://example.org\">tekst</a>")
        case .emptyLink:
            return DiagnosticText("linket peger ikke på noget",
                                  hint: "skriv filen eller adressen mellem parenteserne: [tekst](faglig-ledelse.md)")
        case .emptyLinkFragment:
            return DiagnosticText("linket peger ikke på noget")
        case .absoluteLink(let url, let fromSubfolder):
            return DiagnosticText("linket '\(url)' begynder med '/'",
                                  hint: fromSubfolder ? "skriv stien ud fra denne fil, fx ../faglig-ledelse.md"
                                                      : "skriv stien fra content/, fx pages/om.md")
        case .linkOutsideContent(let url):
            return DiagnosticText("linket '\(url)' peger uden for content/",
                                  hint: "link kun til filer i mappen content")
        case .footnoteUndefined(let label, let writtenLabels, let moreLabels):
            let note = "[^\(label)]"
            let more: String = moreLabels > 0 ? " og \(moreLabels) flere" : ""
            let written = writtenLabels.map { "[^\($0)]" }.joined(separator: ", ") + more
            return DiagnosticText("fodnoten \(note) har ingen note, så siden viser '\(note)' som tekst",
                                  hint: writtenLabels.isEmpty
                                      ? "skriv noten på en linje for sig under afsnittet: \(note): notens tekst"
                                      : "brug mærket på en note, der findes (\(written)), eller skriv noten på en linje for sig: \(note): notens tekst")
        case .footnoteUnused(let label, let undefinedLabels, let moreLabels):
            let note = "[^\(label)]"
            let more: String = moreLabels > 0 ? " og \(moreLabels) flere" : ""
            let referred = undefinedLabels.map { "[^\($0)]" }.joined(separator: ", ") + more
            return DiagnosticText("intet i teksten henviser til fodnoten \(note), så noten bliver ikke vist",
                                  hint: undefinedLabels.isEmpty
                                      ? "henvis til den i teksten med \(note), hvor noten hører til, eller slet den"
                                      : "teksten henviser til \(referred), som ikke har nogen note: giv denne note det mærke, eller henvis til den med \(note)")
        case .footnoteDuplicate(let label):
            return DiagnosticText("fodnoten [^\(label)] er skrevet to gange; kun den første bliver vist",
                                  hint: "giv denne note sit eget mærke, og henvis til den med det, eller slet den")
        case .footnoteBlankInLabel(let label, let withoutBlanks):
            return DiagnosticText("fodnoten [^\(label)] har et mellemrum i mærket, så den bliver ikke læst som en note og bliver ikke vist",
                                  hint: "skriv mærket uden mellemrum: [^\(withoutBlanks)]:")
        case .linkWithSpace(let text, let address, let fix):
            let hint: String
            switch fix {
            case .headingID(let fixed):
                hint = "skriv overskriftens id efter '#', ikke dens tekst: \(text)(\(fixed)); et id er teksten med små bogstaver og '-' for mellemrum"
            case .withoutBlanks(let joined):
                hint = "skriv filens navn, som det er, uden mellemrum (fx \(joined)); har navnet et mellemrum, så sæt adressen i vinkelparenteser: \(text)(<\(address)>)"
            }
            return DiagnosticText("adressen i linket \(text)(\(address)) har et mellemrum, så det er ikke et link: siden viser Markdown-koden som tekst",
                                  hint: hint)
        case .unclosedLinkTitle(let text, let address, let quote, let title):
            let fixed = "\(text)(\(address) \(quote)\(title)\(quote))"
            return DiagnosticText("titlen i linket \(text)(\(address) … begynder med \(quote) og bliver ikke afsluttet, så det er ikke et link: siden viser Markdown-koden som tekst",
                                  hint: "afslut titlen med \(quote): \(fixed), eller slet \(quote)")
        // end of markdown

        // MARK: site

        // Validation/SiteValidator+*.swift
        case .lowContrast(let color, let ratio):
            let shown = String((ratio * 100).rounded(.down) / 100).replacingOccurrences(of: ".", with: ",")
            return DiagnosticText("farven \(color) har en kontrast på \(shown):1 mod hvid; den skal være mindst 4,5:1",
                                  hint: "vælg en mørkere nuance af farven, så tekst og links i den er lette at læse")
        case .logoNotPicture(let logo):
            return DiagnosticText("logoet '\(logo)' er ikke en billedfil",
                                  hint: "brug et PNG-, JPEG-, SVG-, WebP- eller GIF-billede, fx logo: logo.png")
        case .logoMissing(let logo, let folder):
            return DiagnosticText("logoet '\(logo)' findes ikke",
                                  hint: "læg billedet i content/\(folder)/, og skriv filnavnet")
        case .revisedBeforeAdopted(let revised, let adopted):
            return DiagnosticText("'revised' (\(revised)) ligger før 'adopted' (\(adopted))",
                                  hint: "tjek de to datoer; et dokument bliver revideret, efter at det er vedtaget")
        case .duplicatePartNumber(let kind, let number, let firstPath):
            return DiagnosticText("\(kind.danish.singular) nummer \(number) bruges to gange i dette dokument (også i \(firstPath))",
                                  hint: "giv \(kind.danish.each) sit eget nummer: 1, 2, 3 ...")
        case .partNumberingGap(let kind, let missing, let total):
            return DiagnosticText("nummereringen af dokumentets \(kind.danish.plural) springer \(SiteValidator.describe(missing)) over",
                                  hint: "nummerér de \(total) \(kind.danish.plural) fra 1 til \(total) uden huller")
        case .expectsPartsDocumentCannotHold(let documentKind, let key, let partKind):
            return DiagnosticText("\(documentKind.danish.withArticle) har ingen \(partKind.danish.plural)",
                                  hint: "fjern '\(key)' fra 'expects'")
        case .expectedCountDiffers(let key, let partKind, let expected, let actual):
            // The key itself where it names no kind of part.
            let words = partKind?.danish ?? KindWords(singular: key, plural: key, definitePlural: key, neuter: false)
            return DiagnosticText("ifølge 'expects' skal dokumentet have \(expected) \(words.counted(expected)), men det har \(actual)",
                                  hint: actual < expected
                                    ? "tilføj de manglende \(words.plural), eller ret 'expects' til \(actual)"
                                    : "fjern de overskydende \(words.plural), eller ret 'expects' til \(actual)")
        case .relatedNamesItself:
            return DiagnosticText("'related' nævner siden selv", hint: "slet denne linje")
        case .relatedNamesTwice(let id):
            return DiagnosticText("'related' nævner '\(id)' mere end én gang", hint: "slet denne linje")
        case .relatedNamesLeftOutDraft(let id):
            return DiagnosticText("'related' nævner '\(id)', en kladde, som ikke kommer med på hjemmesiden",
                                  hint: "fjern den fra 'related', indtil kladden offentliggøres, eller byg med --drafts for at se begge")
        case .relatedNamesUnknownPage(let id, let suggestions):
            let quoted = suggestions.map { "'\($0)'" }.joined(separator: ", ")
            return DiagnosticText("'related' nævner '\(id)', som ikke er en side på denne hjemmeside",
                                  hint: suggestions.isEmpty
                                    ? "skriv id'et: stien under content/ uden .md og /index"
                                    : "mente du \(quoted)?")
        case .invisibleCharacterInAddress(let address, let character, _):
            return DiagnosticText("adressen '\(address)' indeholder et usynligt tegn (\(character)), så den passer ikke til nogen fil",
                                  hint: "slet adressen mellem parenteserne, og skriv den igen")
        case .linkToLeftOutDraft(let link):
            return DiagnosticText("linket '\(link)' peger på en kladde, som ikke kommer med på hjemmesiden",
                                  hint: "fjern linket, indtil kladden offentliggøres ('draft: false'), eller byg med --drafts for at se begge")
        case .linkToMisnamedFile(let link, let fileName):
            return DiagnosticText("linket '\(link)' peger på en fil, der ikke findes endnu",
                                  hint: "filen hedder '\(fileName)'; omdøb den, som fejlen ved filen siger, så virker linket")
        case .linkToMissingFile(let link, let suggestion):
            return DiagnosticText("linket '\(link)' peger på en fil, der ikke findes",
                                  hint: suggestion.map { "mente du '\($0)'?" } ?? "tjek filnavnet og mapperne i stien")
        case .fragmentNotAHeading(let fragment, let page, let nearestHeadings):
            let list = nearestHeadings.map { "#\($0)" }.joined(separator: ", ")
            return DiagnosticText(page.map { "'#\(fragment)' er ikke en overskrift i \($0)" } ?? "'#\(fragment)' er ikke en overskrift i denne fil",
                                  hint: nearestHeadings.isEmpty
                                    ? "siden har ingen overskrifter; fjern '#\(fragment)'"
                                    : "overskrifternes id'er er: " + list)
        case .missingAsset(let written, let isImage, let fix):
            let what = isImage ? "billedet" : "filen"
            let hint = switch fix {
            case .matchCapitals(let name): "filen hedder '\(name)': store og små bogstaver skal passe"
            case .linkPageFile(let file): "link til siden via dens fil, '\(file)'"
            case .linkMarkdownFile(let folder): "link til en side via dens .md-fil, fx '\(folder)index.md'"
            case .placeFile(let path): "læg \(what) i content/\(path), eller ret stien"
            }
            return DiagnosticText("\(what) '\(written)' findes ikke", hint: hint)

        // Validation/OutputClashes.swift
        case .pdfInPlaceOfFile(let path):
            return DiagnosticText("sitegen skriver dokumentets PDF til output/\(path), hvor denne fil skulle ligge",
                                  hint: "omdøb filen, eller flyt den til en anden mappe, og link til dens nye navn")
        case .fileInPlaceOfOutput(let path):
            return DiagnosticText("filen ville tage pladsen fra output/\(path), som sitegen selv skriver",
                                  hint: "omdøb filen, eller flyt den til en anden mappe, og link til dens nye navn")

        // Pipeline/AssembleStage.swift
        case .pageInSubfolder(let name):
            return DiagnosticText("sider skal ligge direkte i content/pages/, ikke i en undermappe",
                                  hint: "flyt filen til content/pages/\(name)")
        case .notPageInPagesFolder(let kind):
            return DiagnosticText("en fil i content/pages/ skal have 'kind: page', ikke '\(kind.rawValue)'",
                                  hint: "skriv 'kind: page', eller flyt filen derhen, hvor \(kind.danish.withArticle) hører hjemme")
        case .pageNamedIndex:
            return DiagnosticText("en side kan ikke hedde index.md; sitegen laver selv forsiden",
                                  hint: "giv siden sit eget navn, fx content/pages/om.md")
        case .pageNameReserved(let name):
            return DiagnosticText("sidenavnet '\(name)' bruges af sitegen selv", hint: "giv filen et andet navn")
        case .pageClashesWithMunicipality(let name):
            return DiagnosticText("siden '\(name)' ville få samme adresse som kommunens mappe content/\(name)/",
                                  hint: "giv siden et andet navn")
        case .notMunicipalityInMunicipalityIndex(let kind, let municipality):
            return DiagnosticText("content/<kommune>/index.md skal have 'kind: municipality', ikke '\(kind.rawValue)'",
                                  hint: kind.isDocument
                                    ? "\(kind.danish.withArticle) ligger i sin egen mappe: content/\(municipality)/<dokument>/index.md"
                                    : "skriv 'kind: municipality'")
        case .folderNameReserved(let name):
            return DiagnosticText("mappenavnet '\(name)' bruges af sitegen selv", hint: "giv mappen et andet navn")
        case .notDocumentInDocumentIndex(let kind, let municipality, let document):
            return DiagnosticText("et dokuments index.md skal have 'kind: framework' eller 'kind: programme', ikke '\(kind.rawValue)'",
                                  hint: kind.isPart
                                    ? "\(kind.danish.withArticle) er en fil for sig selv ved siden af index.md: content/\(municipality)/\(document)/<navn>.md"
                                    : "skriv 'kind: framework' eller 'kind: programme'")
        case .notPartBesideDocument(let kind):
            return DiagnosticText("en fil ved siden af et dokuments index.md er en del af dokumentet og skal have kind approach, role, initiative, course eller section, ikke '\(kind.rawValue)'",
                                  hint: kind == .page
                                    ? "flyt sider, der gælder hele hjemmesiden, til content/pages/"
                                    : "flyt filen derhen, hvor \(kind.danish.withArticle) hører hjemme")
        case .partNamedPrint:
            return DiagnosticText("delnavnet 'print' er optaget af dokumentets udskriftsside",
                                  hint: "giv filen et andet navn, fx 'udskrift.md'")
        case .misplacedContentFile(let sitePath, let kind, let level):
            let hint = switch level {
            case .contentRoot:
                "\(kind.danish.withArticle) hører hjemme i content/<kommune>/...; sider, der gælder hele hjemmesiden, skal ligge i content/pages/"
            case .municipalityFolder(let municipality):
                "en fil i en kommunes mappe skal være mappens index.md; dokumenter skal ligge i deres egen mappe: content/\(municipality)/<dokument>/index.md"
            case .belowParts:
                "content/ har tre niveauer: <kommune>/<dokument>/<del>.md"
            }
            return DiagnosticText("en indholdsfil kan ikke ligge i '\(sitePath)'", hint: hint)
        case .folderWithoutIndex(let folder, let isMunicipality):
            return DiagnosticText("mappen content/\(folder)/ har ingen index.md, så den er ikke \(isMunicipality ? "en kommune" : "et dokument")",
                                  hint: "tilføj content/\(folder)/index.md med 'kind: \(isMunicipality ? "municipality" : "framework")'")
        case .partKindNotAllowed(let documentKind, let partKind):
            let allowed = documentKind.allowedParts.map(\.rawValue).joined(separator: ", ")
            return DiagnosticText("\(documentKind.danish.withArticle) kan ikke indeholde en del med kind '\(partKind.rawValue)'",
                                  hint: "\(documentKind.danish.withArticle) kan indeholde disse dele: \(allowed)")

        // Pipeline/ParseStage.swift
        case .contentFileUnreadable(let cause):
            return DiagnosticText("filen kan ikke læses: \(cause.danish)", hint: "tjek filens rettigheder")

        // end of site

        // MARK: theme
        case .missingTheme(let name):
            return DiagnosticText("temaet '\(name)' findes ikke: der er ingen mappe themes/\(name)/",
                                  hint: "opret themes/\(name)/, eller skriv 'theme: default'")
        case .templateNotUTF8:
            return DiagnosticText("skabelonen kan ikke læses som UTF-8-tekst")
        case .dynamicPartial:
            return DiagnosticText("skabelonen bruger et dynamisk partial-navn ({{>*navn}}), som sitegen ikke understøtter",
                                  hint: "skriv partialens navn, fx {{#isApproach}}{{> partials/approach}}{{/isApproach}}")
        case .templateSyntax(let syntax):
            let reason = syntax.danish
            return DiagnosticText("skabelonen kan ikke læses: \(reason)",
                                  hint: "tjek, at hver {{#section}} bliver lukket med {{/section}}")
        case .templateUnreadable(let reason):
            return DiagnosticText("skabelonen kan ikke læses: \(reason)")
        case .themeFileUnreadable(let cause):
            return DiagnosticText("temaets fil kan ikke læses: \(cause.danish)")
        case .unknownStringsLanguage(let language):
            return DiagnosticText("sitegen har intet sprog '\(language)', så filen bruges ikke",
                                  hint: "tekstfilerne hedder da.yml, nb.yml, nn.yml og en.yml (no bruger nb.yml)")
        case .missingTemplate(let name):
            return DiagnosticText("temaet har ingen skabelon '\(name).mustache'",
                                  hint: "kopiér den fra standardtemaet")
        case .themeSymlink(let path):
            return DiagnosticText("'\(path)' er et symbolsk link; sitegen følger ikke links, så temaet udelader det",
                                  hint: "kopiér filen ind i temaet i stedet for at linke til den")
        case .missingPartial(let name):
            return DiagnosticText("skabelonen indsætter partialen '\(name)', som temaet ikke har",
                                  hint: "opret templates/\(name).mustache, eller ret navnet")
        case .unusedString(let key, let suggestion):
            return DiagnosticText("teksten '\(key)' bruges ikke af nogen skabelon",
                                  hint: suggestion.map { "mente du '\($0)'?" })
        case .stringsNotTable:
            return DiagnosticText("filen med tekster skal bestå af linjer på formen 'key: text'")
        case .stringNotText(let key):
            return DiagnosticText("teksten '\(key)' skal være én tekst, ikke en liste eller nøgler",
                                  hint: "skriv den som '\(key): tekst'")
        case .emptyString(let key):
            return DiagnosticText("teksten '\(key)' er tom",
                                  hint: "skriv teksten, eller slet linjen for at beholde standardteksten")
        // end of theme

        // MARK: output
        case .writeOutsideOutput(let path):
            return DiagnosticText("nægtede at skrive uden for output/: \(path)")
        case .cannotWriteFile(let path, let cause):
            return DiagnosticText("kan ikke skrive \(path): \(cause.danish)")
        case .cannotCopyFile(let path, let cause):
            return DiagnosticText("kan ikke læse \(path): \(cause.danish)")
        case .unusableOutputFolder(let path, let reason):
            let message: String
            switch reason {
            case .holdsSite: message = "outputmappen \(path) indeholder selve hjemmesiden, og en bygning erstatter hele outputmappen"
            case .insideSiteFolder(let folder): message = "outputmappen \(path) ligger inde i hjemmesidens \(folder)/-mappe, som en bygning ville overskrive"
            case .isFile: message = "outputmappen \(path) er en fil"
            case .holdsOtherFiles: message = "mappen \(path) indeholder filer, som sitegen ikke har skrevet (den har ingen \(OutputLocation.markerName)-fil), og en bygning ville slette dem"
            }
            if reason == .holdsOtherFiles {
                return DiagnosticText(message, hint: "skriv hjemmesiden til en ny eller tom mappe, eller byg til output/ og kopiér derfra med 'rsync -a --delete --exclude .git output/ \(path)/'")
            }
            return DiagnosticText(message, hint: "skriv hjemmesiden til en tom mappe for sig selv, fx output/ ved siden af sitegen.yml (standard)")
        case .weasyprintMissing:
            return DiagnosticText("PDF'er kræver WeasyPrint, som ikke er installeret: installér det med 'python3 -m pip install weasyprint' (eller angiv det med WEASYPRINT=/sti/til/weasyprint)")
        case .weasyprintWithoutPDFUA(let path):
            return DiagnosticText("WeasyPrint i \(path) kan ikke skrive PDF/UA: installér en nyere med 'python3 -m pip install --upgrade weasyprint'")
        case .missingContent:
            return DiagnosticText("hjemmesiden har ingen content/-mappe",
                                  hint: "opret content/ ved siden af sitegen.yml, og læg kommunernes mapper i den")
        case .pdfFailed(let failure):
            // What went wrong is told in English, as WeasyPrint tells it.
            let words: String
            switch failure {
            case .notStarted(let cause): words = cause.danish
            case .timedOut(let limit):
                let time = limit >= 60 ? "\(Int(limit / 60)) min" : "\(Int(limit)) s"
                words = "WeasyPrint did not finish within \(time) and was stopped"
            case .exited(let status): words = "weasyprint exited with status \(status)"
            case .said(let text): words = text
            }
            return DiagnosticText("WeasyPrint kunne ikke lave PDF'en af dette dokument: \(words)")
        case .siteWriteFailed(let path, let cause):
            return DiagnosticText("hjemmesiden kan ikke skrives til \(path): \(cause.danish)",
                                  hint: "tjek, at der er skriveadgang til mappen")
        case .newFileInvalidName(let name, let suggestion):
            return DiagnosticText("'\(name)' er ikke et gyldigt navn: brug små bogstaver a-z, 0-9 og '-', fx '\(suggestion ?? "faglig-ledelse")'")
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
            return DiagnosticText("content/\(index) findes ikke endnu; lav den først med 'sitegen new \(kind.rawValue) content/\(index)'")
        case .newFileNameTaken(let name, let owner):
            let what: String
            switch owner {
            case .sitegen: what = "sitegens egne sider og filer"
            case .page: what = "siden content/pages/\(name).md"
            case .municipality: what = "kommunen content/\(name)/"
            case .printPage: what = "dokumentets printside"
            }
            return DiagnosticText("navnet '\(name)' er optaget af \(what); vælg et andet")
        case .newFileExists(let path):
            return DiagnosticText("content/\(path) findes allerede")
        case .newFileThroughSymlink(let path):
            return DiagnosticText("content/\(path) er et symbolsk link; sitegen new skriver ikke gennem links (bygningen følger dem heller ikke)")
        case .newSiteFolderNotEmpty(let path):
            return DiagnosticText("\(path) er ikke tom; vælg en ny mappe")
        case .newFileWriteFailed(let cause):
            return DiagnosticText(cause.danish)
        case .weasyprintWithoutPython(let path):
            return DiagnosticText("sitegen kan ikke finde den Python, der kører WeasyPrint i \(path): angiv den weasyprint, pip installerede, med WEASYPRINT=/sti/til/bin/weasyprint, eller installér den med 'python3 -m pip install weasyprint'")
        // end of output

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

extension ConsoleMessage {
    /// The message in Danish.
    var danish: String {
        switch self {
        case .cannotListen(let host, let port, let reason):
            let why: String
            switch reason {
            case .notIPv4: why = "--host skal være en IPv4-adresse som 127.0.0.1 (kun denne maskine) eller 0.0.0.0 (alle netværk), ikke '\(host)'"
            case .portInUse: why = "port \(port) på \(host) er optaget (kører en anden sitegen serve?); vælg en anden med --port"
            case .needsRights: why = "port \(port) kræver administratorrettigheder; vælg en over 1023 med --port"
            case .notLocalAddress: why = "\(host) er ikke en adresse på denne maskine; brug 127.0.0.1 eller 0.0.0.0"
            case .other(let detail): why = detail
            }
            return "sitegen serve: kan ikke lytte på \(host):\(port): \(why)"
        case .listeningFailed(let host, let port, let detail):
            return "sitegen serve: kan ikke lytte på \(host):\(port): \(detail). Er porten optaget? Vælg en anden med --port."
        case .serving(let url): return "sitegen serve viser \(url) (Ctrl-C stopper)"
        case .stopped: return "sitegen serve er stoppet"
        case .rebuilt(let milliseconds, let count): return "bygget igen på \(milliseconds) ms: \(count) \(count == 1 ? "fil" : "filer") ændret"
        case .notRebuilt: return "ikke bygget igen: browseren viser problemerne, til de er rettet"
        case .built(let pages, let folder): return "byggede \(pages) sider i \(folder)"
        case .checked: return "kontrolleret: ingen fejl"
        case .initialised(let folder): return "\nNæste skridt: cd \(folder) && sitegen build"
        case .summary(let errors, let warnings): return "\(errors) fejl, \(warnings) \(warnings == 1 ? "advarsel" : "advarsler")"
        }
    }
}

extension DiagnosticWords {
    /// The text format's words in Danish.
    static let danish = DiagnosticWords(error: "fejl", warning: "advarsel", hint: "tip")
}

extension Problem.TemplateSyntaxError {
    /// What is wrong, in Danish.
    var danish: String {
        switch self {
        case .sectionCloseNameIncorrect: return "en sektion lukkes med et andet navn, end den blev åbnet med"
        case .unfinishedName: return "et mærke er ikke lukket med }}"
        case .expectedSectionEnd: return "en sektion er ikke lukket"
        case .invalidSetDelimiter: return "et skilletegnsmærke {{= =}} er forkert skrevet"
        case .transformAppliedToInheritanceSection: return "en transformation bruges på en nedarvet sektion"
        case .illegalTokenInsideInheritSection: return "en nedarvet delskabelon indeholder andet end blokke"
        case .textInsideInheritSection: return "en nedarvet delskabelon indeholder tekst uden for sine blokke"
        case .invalidConfigVariableSyntax: return "en {{% indstilling }} er forkert skrevet"
        case .unrecognisedConfigVariable: return "en {{% indstilling }} er ikke en, Mustache kender"
        case .other(let words): return words
        }
    }
}
