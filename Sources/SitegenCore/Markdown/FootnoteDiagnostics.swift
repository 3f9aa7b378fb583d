/// The diagnostics of `FootnoteCheck`, in the writer's terms: the reader sees `[^2]` as text,
/// or does not see the note at all.
extension FootnoteCheck.Report {
    /// Reports every finding into `diagnostics`, each at its place in `locations` (one for each
    /// finding, in order).
    func report(into diagnostics: inout DiagnosticBag, at locations: [SourceLocation]) {
        let written = labels.map { "[^\($0)]" }.joined(separator: ", ")
        let undefined = findings.filter { $0.kind == .undefined }.map(\.label)
        let referred = Array(Set(undefined)).sorted().map { "[^\($0)]" }.joined(separator: ", ")
        for (finding, at) in zip(findings, locations) {
            let note = "[^\(finding.label)]"
            switch finding.kind {
            case .undefined:
                let hint: LocalizedText
                if labels.isEmpty {
                    hint = LocalizedText(en: "write the note on a line of its own below the paragraph: \(note): the note's text",
                                         da: "skriv noten på en linje for sig under afsnittet: \(note): notens tekst",
                                         nb: "skriv noten på en egen linje under avsnittet: \(note): teksten i noten")
                } else {
                    hint = LocalizedText(en: "use the label of a note that is written (\(written)), or write the note on a line of its own: \(note): the note's text",
                                         da: "brug mærket på en note, der findes (\(written)), eller skriv noten på en linje for sig: \(note): notens tekst",
                                         nb: "bruk merket til en note som finnes (\(written)), eller skriv noten på en egen linje: \(note): teksten i noten")
                }
                diagnostics.error("footnote-undefined", at: at,
                                  LocalizedText(en: "the footnote \(note) has no note, so the page shows '\(note)' as text",
                                                da: "fodnoten \(note) har ingen note, så siden viser '\(note)' som tekst",
                                                nb: "fotnoten \(note) har ingen note, så siden viser '\(note)' som tekst"),
                                  hint: hint)
            case .unused:
                let hint: LocalizedText
                if undefined.isEmpty {
                    hint = LocalizedText(en: "refer to it in the text with \(note) where the note belongs, or delete it",
                                         da: "henvis til den i teksten med \(note), hvor noten hører til, eller slet den",
                                         nb: "vis til den i teksten med \(note) der noten hører hjemme, eller slett den")
                } else {
                    hint = LocalizedText(en: "the text refers to \(referred), which has no note: give this note that label, or refer to it with \(note)",
                                         da: "teksten henviser til \(referred), som ikke har nogen note: giv denne note det mærke, eller henvis til den med \(note)",
                                         nb: "teksten viser til \(referred), som ikke har noen note: gi denne noten det merket, eller vis til den med \(note)")
                }
                diagnostics.error("footnote-unused", at: at,
                                  LocalizedText(en: "nothing in the text refers to the footnote \(note), so the note is not shown",
                                                da: "intet i teksten henviser til fodnoten \(note), så noten bliver ikke vist",
                                                nb: "ingenting i teksten viser til fotnoten \(note), så noten blir ikke vist"),
                                  hint: hint)
            case .duplicate:
                diagnostics.error("footnote-unused", at: at,
                                  LocalizedText(en: "the footnote \(note) is written twice; only the first is shown",
                                                da: "fodnoten \(note) er skrevet to gange; kun den første bliver vist",
                                                nb: "fotnoten \(note) er skrevet to ganger; bare den første blir vist"),
                                  hint: LocalizedText(en: "give this note a label of its own and refer to it with that, or delete it",
                                                      da: "giv denne note sit eget mærke, og henvis til den med det, eller slet den",
                                                      nb: "gi denne noten sitt eget merke, og vis til den med det, eller slett den"))
            case .blankInLabel:
                let fixed = "[^" + String(finding.label.unicodeScalars.filter { $0 != " " && $0 != "\t" }) + "]:"
                diagnostics.error("footnote-unused", at: at,
                                  LocalizedText(en: "the footnote \(note) has a blank in its label, so it is not read as a note and is not shown",
                                                da: "fodnoten \(note) har et mellemrum i mærket, så den bliver ikke læst som en note og bliver ikke vist",
                                                nb: "fotnoten \(note) har et mellomrom i merket, så den blir ikke lest som en note og blir ikke vist"),
                                  hint: LocalizedText(en: "write the label without blanks: \(fixed)",
                                                      da: "skriv mærket uden mellemrum: \(fixed)",
                                                      nb: "skriv merket uten mellomrom: \(fixed)"))
            }
        }
    }
}
