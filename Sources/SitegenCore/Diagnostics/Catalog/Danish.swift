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
