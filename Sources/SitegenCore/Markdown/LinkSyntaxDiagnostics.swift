/// The diagnostics of `LinkSyntaxCheck`: the reader sees the link's Markdown as text.
extension LinkSyntaxCheck.Finding {
    /// Reports the finding into `diagnostics` at `location`.
    func report(into diagnostics: inout DiagnosticBag, at location: SourceLocation) {
        switch kind {
        case .blankInAddress:
            let fix: Problem.LinkAddressFix
            if let hash = address.firstIndex(of: "#"), address[hash...].contains(where: { $0 == " " || $0 == "\t" }) {
                // A heading's text typed where its id belongs.
                let fragment = String(address[address.index(after: hash)...])
                fix = .headingID(String(address[..<hash]) + "#" + Suggestions.slug(fragment))
            } else {
                fix = .withoutBlanks(address.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: "-"))
            }
            diagnostics.error(.linkWithSpace(text: text, address: address, fix: fix), at: location)
        case .unclosedTitle(let quote, let title):
            diagnostics.error(.unclosedLinkTitle(text: text, address: address, quote: String(quote), title: title), at: location)
        }
    }
}
