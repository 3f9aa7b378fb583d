/// The diagnostics of `LinkSyntaxCheck`: the reader sees the link's Markdown as text.
extension LinkSyntaxCheck.Finding {
    /// Reports the finding into `diagnostics` at `location`.
    func report(into diagnostics: inout DiagnosticBag, at location: SourceLocation) {
        switch kind {
        case .blankInAddress:
            let hint: LocalizedText
            if let hash = address.firstIndex(of: "#"), address[hash...].contains(where: { $0 == " " || $0 == "\t" }) {
                // A heading's text typed where its id belongs.
                let fragment = String(address[address.index(after: hash)...])
                let fixed = String(address[..<hash]) + "#" + Suggestions.slug(fragment)
                hint = LocalizedText(en: "after '#' write the heading's id, not its text: \(text)(\(fixed)); an id is the text in small letters with '-' for blanks",
                                     da: "skriv overskriftens id efter '#', ikke dens tekst: \(text)(\(fixed)); et id er teksten med små bogstaver og '-' for mellemrum",
                                     nb: "skriv overskriftens id etter '#', ikke teksten: \(text)(\(fixed)); en id er teksten med små bokstaver og '-' for mellomrom")
            } else {
                let joined = address.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: "-")
                hint = LocalizedText(en: "write the file's name as it is, without blanks (such as \(joined)); if the name has a blank, put the address in angle brackets: \(text)(<\(address)>)",
                                     da: "skriv filens navn, som det er, uden mellemrum (fx \(joined)); har navnet et mellemrum, så sæt adressen i vinkelparenteser: \(text)(<\(address)>)",
                                     nb: "skriv filnavnet slik det er, uten mellomrom (f.eks. \(joined)); har navnet et mellomrom, så sett adressen i vinkelparenteser: \(text)(<\(address)>)")
            }
            diagnostics.error("link-with-space", at: location,
                              LocalizedText(en: "the address of the link \(text)(\(address)) has a blank, so it is no link: the page shows the Markdown as text",
                                            da: "adressen i linket \(text)(\(address)) har et mellemrum, så det er ikke et link: siden viser Markdown-koden som tekst",
                                            nb: "adressen i lenken \(text)(\(address)) har et mellomrom, så det er ikke en lenke: siden viser Markdown-koden som tekst"),
                              hint: hint)
        case .unclosedTitle(let quote, let title):
            let fixed = "\(text)(\(address) \(quote)\(title)\(quote))"
            diagnostics.error("unclosed-link-title", at: location,
                              LocalizedText(en: "the title of the link \(text)(\(address) … starts with \(quote) and is not closed, so it is no link: the page shows the Markdown as text",
                                            da: "titlen i linket \(text)(\(address) … begynder med \(quote) og bliver ikke afsluttet, så det er ikke et link: siden viser Markdown-koden som tekst",
                                            nb: "tittelen i lenken \(text)(\(address) … begynner med \(quote) og blir ikke avsluttet, så det er ikke en lenke: siden viser Markdown-koden som tekst"),
                              hint: LocalizedText(en: "close the title with \(quote): \(fixed), or delete the \(quote)",
                                                  da: "afslut titlen med \(quote): \(fixed), eller slet \(quote)",
                                                  nb: "avslutt tittelen med \(quote): \(fixed), eller slett \(quote)"))
        }
    }
}
