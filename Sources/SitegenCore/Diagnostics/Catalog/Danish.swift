import Foundation

// The Danish catalog: what every problem says in Danish.

extension Problem {
    /// What the problem says in Danish.
    var danish: DiagnosticText {
        switch self {
        // MARK: loading

        // end of loading

        // MARK: frontMatter

        // end of frontMatter

        // MARK: siteConfig

        // end of siteConfig

        // MARK: markdown
        case .tableTooLarge(let columns, let rows, let cells, let limit):
            return DiagnosticText("tabellen har \(columns) kolonner og \(rows) rækker, \(cells) celler; højst \(limit) er tilladt",
                                  hint: "del tabellen op i mindre tabeller med en tom linje imellem; hver række får lige så mange celler som overskriftsrækken")
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
        case .externalImage(let url):
            return DiagnosticText("billedet '\(url)' ligger på en anden hjemmeside",
                                  hint: "gem billedet i samme mappe som indholdsfilen, og link til det med filnavnet")
        case .imageIsPage(let url):
            return DiagnosticText("billedet '\(url)' er en indholdsfil, ikke et billede",
                                  hint: "et billede skal være en billedfil (.png, .jpg, .svg ...) ved siden af indholdet; vil du linke til siden, så udelad '!': [tekst](\(url))")
        case .unsafeRawHTML(let scheme):
            return DiagnosticText("rå HTML med en '\(scheme):'-adresse er ikke tilladt",
                                  hint: "link i stedet til en hjemmeside (https://...) eller en indholdsfil")
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
        case .footnoteUndefined(let label, let writtenLabels):
            let note = "[^\(label)]"
            let written = writtenLabels.map { "[^\($0)]" }.joined(separator: ", ")
            return DiagnosticText("fodnoten \(note) har ingen note, så siden viser '\(note)' som tekst",
                                  hint: writtenLabels.isEmpty
                                      ? "skriv noten på en linje for sig under afsnittet: \(note): notens tekst"
                                      : "brug mærket på en note, der findes (\(written)), eller skriv noten på en linje for sig: \(note): notens tekst")
        case .footnoteUnused(let label, let undefinedLabels):
            let note = "[^\(label)]"
            let referred = undefinedLabels.map { "[^\($0)]" }.joined(separator: ", ")
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
        case .templateSyntax(let reason):
            return DiagnosticText("skabelonen kan ikke læses: \(reason)",
                                  hint: "tjek, at hver {{#section}} bliver lukket med {{/section}}")
        case .templateUnreadable(let reason):
            return DiagnosticText("skabelonen kan ikke læses: \(reason)")
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
        case .cannotCopyFile(let path):
            return DiagnosticText("kan ikke læse \(path)")
        case .unusableOutputFolder(let path, let reason):
            let message: String
            switch reason {
            case .holdsSite: message = "outputmappen \(path) indeholder selve hjemmesiden, og en bygning erstatter hele outputmappen"
            case .insideSiteFolder(let folder): message = "outputmappen \(path) ligger inde i hjemmesidens \(folder)/-mappe, som en bygning ville overskrive"
            case .isFile: message = "outputmappen \(path) er en fil"
            case .holdsOtherFiles: message = "mappen \(path) indeholder filer, som sitegen ikke har skrevet, og en bygning ville slette dem"
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
            case .notStarted(let cause): words = cause.detail
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
        case .newSiteFolderNotEmpty(let path):
            return DiagnosticText("\(path) er ikke tom; vælg en ny mappe")
        case .newFileWriteFailed(let cause):
            return DiagnosticText(cause.danish)
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
