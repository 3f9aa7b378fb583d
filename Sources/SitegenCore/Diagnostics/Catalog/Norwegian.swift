import Foundation

// The Norwegian catalog: what every problem says in Norwegian bokmål (also for nynorsk and `no`).

extension Problem {
    /// What the problem says in Norwegian bokmål (also for nynorsk and `no`).
    var norwegian: DiagnosticText {
        switch self {
        // MARK: loading

        // end of loading

        // MARK: frontMatter

        // end of frontMatter

        // MARK: siteConfig

        // end of siteConfig

        // MARK: markdown
        case .tableTooLarge(let columns, let rows, let cells, let limit):
            return DiagnosticText("tabellen har \(columns) kolonner og \(rows) rader, \(cells) celler; høyst \(limit) er tillatt",
                                  hint: "del tabellen opp i mindre tabeller med en tom linje imellom; hver rad får like mange celler som overskriftsraden")
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
        case .externalImage(let url):
            return DiagnosticText("bildet '\(url)' ligger på et annet nettsted",
                                  hint: "lagre bildet i samme mappe som innholdsfilen, og lenk til det med filnavnet")
        case .imageIsPage(let url):
            return DiagnosticText("bildet '\(url)' er en innholdsfil, ikke et bilde",
                                  hint: "et bilde må være en bildefil (.png, .jpg, .svg ...) ved siden av innholdet; vil du lenke til siden, så fjern '!': [tekst](\(url))")
        case .unsafeRawHTML(let scheme):
            return DiagnosticText("rå HTML med en '\(scheme):'-adresse er ikke tillatt",
                                  hint: "lenk heller til en nettside (https://...) eller en innholdsfil")
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
        case .footnoteUndefined(let label, let writtenLabels):
            let note = "[^\(label)]"
            let written = writtenLabels.map { "[^\($0)]" }.joined(separator: ", ")
            return DiagnosticText("fotnoten \(note) har ingen note, så siden viser '\(note)' som tekst",
                                  hint: writtenLabels.isEmpty
                                      ? "skriv noten på en egen linje under avsnittet: \(note): teksten i noten"
                                      : "bruk merket til en note som finnes (\(written)), eller skriv noten på en egen linje: \(note): teksten i noten")
        case .footnoteUnused(let label, let undefinedLabels):
            let note = "[^\(label)]"
            let referred = undefinedLabels.map { "[^\($0)]" }.joined(separator: ", ")
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
        case .templateSyntax(let reason):
            return DiagnosticText("malen kan ikke leses: \(reason)",
                                  hint: "sjekk at hver {{#section}} blir lukket med {{/section}}")
        case .templateUnreadable(let reason):
            return DiagnosticText("malen kan ikke leses: \(reason)")
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
        case .cannotCopyFile(let path):
            return DiagnosticText("kan ikke lese \(path)")
        case .unusableOutputFolder(let path, let reason):
            let message: String
            switch reason {
            case .holdsSite: message = "utdatamappen \(path) inneholder selve nettstedet, og en bygging erstatter hele utdatamappen"
            case .insideSiteFolder(let folder): message = "utdatamappen \(path) ligger inne i nettstedets \(folder)/-mappe, som en bygging ville overskrive"
            case .isFile: message = "utdatamappen \(path) er en fil"
            case .holdsOtherFiles: message = "mappen \(path) inneholder filer som sitegen ikke har skrevet, og en bygging ville slette dem"
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
            case .notStarted(let cause): words = cause.detail
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
        case .newSiteFolderNotEmpty(let path):
            return DiagnosticText("\(path) er ikke tom; velg en ny mappe")
        case .newFileWriteFailed(let cause):
            return DiagnosticText(cause.norwegian)
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
