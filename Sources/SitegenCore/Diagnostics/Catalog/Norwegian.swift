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
