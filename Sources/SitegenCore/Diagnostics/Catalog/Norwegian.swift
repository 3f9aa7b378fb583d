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
