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
        case .contentFolderUnreadable:
            return DiagnosticText("mappen kan ikke læses", hint: "tjek mappens rettigheder")
        case .tooManyFiles(let limit):
            return DiagnosticText("content/ indeholder mere end \(limit) filer", hint: "del sitet op i flere sites")
        case .symlinkInContent(let path):
            return DiagnosticText("'\(path)' er et symbolsk link; sitegen følger ikke links",
                                  hint: "kopiér filen eller mappen ind i content/ i stedet for at linke til den")
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
        case .fileNameNotSlug(let name, let slug):
            return DiagnosticText("filnavnet '\(name).md' må kun indeholde små bogstaver a-z, tallene 0-9 og '-'",
                                  hint: slug.isEmpty
                                    ? "brug kun a-z, 0-9 og '-' (æ→ae, ø→oe, å→aa, mellemrum → '-')"
                                    : "omdøb den til '\(slug).md' (æ→ae, ø→oe, å→aa, mellemrum → '-')")

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
        case .contentFileUnreadable:
            return DiagnosticText("filen kan ikke læses", hint: "tjek filens rettigheder")

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
