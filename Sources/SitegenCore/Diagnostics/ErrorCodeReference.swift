/// docs/fejlkoder.md, the writers' reference of every diagnostic code, made from the catalog so
/// that a code cannot be added without its explanation.
enum ErrorCodeReference {
    /// The whole of docs/fejlkoder.md.
    static func danishMarkdown() -> String {
        var text = DanishReference.introduction + "\n\n"
        for section in ReferenceSection.allCases {
            text += "## \(section.danishTitle)\n\n"
            for code in DiagnosticCode.allCases where code.section == section {
                let note = code.danishHeadingNote.map { " (\($0))" } ?? ""
                text += "### \(code.rawValue)\(note)\n" + code.danishReference + "\n\n"
            }
        }
        return text + DanishReference.closing
    }
}
