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
