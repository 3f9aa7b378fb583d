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
        case .contentFolderUnreadable:
            return DiagnosticText("mappen kan ikke leses", hint: "sjekk tilgangsrettighetene til mappen")
        case .tooManyFiles(let limit):
            return DiagnosticText("content/ inneholder mer enn \(limit) filer", hint: "del nettstedet opp i flere nettsteder")
        case .symlinkInContent(let path):
            return DiagnosticText("'\(path)' er en symbolsk lenke; sitegen følger ikke lenker",
                                  hint: "kopier filen eller mappen inn i content/ i stedet for å lenke til den")
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
        case .fileNameNotSlug(let name, let slug):
            return DiagnosticText("filnavnet '\(name).md' kan bare inneholde små bokstaver a-z, tallene 0-9 og '-'",
                                  hint: slug.isEmpty
                                    ? "bruk bare a-z, 0-9 og '-' (æ→ae, ø→oe, å→aa, mellomrom → '-')"
                                    : "endre navnet til '\(slug).md' (æ→ae, ø→oe, å→aa, mellomrom → '-')")

        // end of loading

        // MARK: frontMatter

        // end of frontMatter

        // MARK: siteConfig

        // end of siteConfig

        // MARK: markdown

        // end of markdown

        // MARK: site

        // Validation/SiteValidator.swift
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
        case .contentFileUnreadable:
            return DiagnosticText("filen kan ikke leses", hint: "sjekk rettighetene til filen")

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
