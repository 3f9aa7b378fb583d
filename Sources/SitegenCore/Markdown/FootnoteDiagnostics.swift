/// The diagnostics of `FootnoteCheck`, in the writer's terms: the reader sees `[^2]` as text,
/// or does not see the note at all.
extension FootnoteCheck.Report {
    /// Reports every finding into `diagnostics`, each at its place in `locations` (one for each
    /// finding, in order).
    func report(into diagnostics: inout DiagnosticBag, at locations: [SourceLocation]) {
        let undefined = Array(Set(findings.filter { $0.kind == .undefined }.map(\.label))).sorted()
        // A hint names a few labels and counts the rest: every hint naming every label made
        // 247 KB of Markdown 1.6 GB of diagnostics.
        let (written, moreWritten) = Self.named(labels)
        let (referred, moreReferred) = Self.named(undefined)
        for (finding, at) in zip(findings, locations) {
            switch finding.kind {
            case .undefined:
                diagnostics.error(.footnoteUndefined(label: finding.label, writtenLabels: written, moreLabels: moreWritten), at: at)
            case .unused:
                diagnostics.error(.footnoteUnused(label: finding.label, undefinedLabels: referred, moreLabels: moreReferred), at: at)
            case .duplicate:
                diagnostics.error(.footnoteDuplicate(label: finding.label), at: at)
            case .blankInLabel:
                let withoutBlanks = String(finding.label.unicodeScalars.filter { $0 != " " && $0 != "\t" })
                diagnostics.error(.footnoteBlankInLabel(label: finding.label, withoutBlanks: withoutBlanks), at: at)
            }
        }
    }

    /// The most labels a hint names.
    static let labelsNamed = 5

    /// The first `labelsNamed` of `labels`, and how many more there are.
    static func named(_ labels: [String]) -> (named: [String], more: Int) {
        (Array(labels.prefix(labelsNamed)), max(0, labels.count - labelsNamed))
    }
}
