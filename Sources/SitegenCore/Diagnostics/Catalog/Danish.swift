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
