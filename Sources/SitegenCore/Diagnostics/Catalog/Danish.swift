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
