/// The rules of municipalities and documents: a municipality's colour and logo, a document's
/// dates, the numbering of its parts and the counts in 'expects'.
extension SiteValidator {
    static func checkMunicipality(_ municipality: Municipality, site: Site, into diagnostics: inout DiagnosticBag) {
        let file = municipality.file
        if let color = municipality.metadata.color, let ratio = Validators.contrastAgainstWhite(color), ratio < 4.5 {
            diagnostics.error(.lowContrast(color: color, ratio: ratio), at: location(ofKey: "color", in: file))
        }
        if let logo = municipality.metadata.logo {
            let ext = logo.value.split(separator: ".").last.map { $0.lowercased() } ?? ""
            guard ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif"].contains(ext), logo.value.contains(".") else {
                diagnostics.error(.logoNotPicture(logo: logo.value), at: logo.location)
                return
            }
            guard let resolved = SiteURL.normalize(logo.value, relativeTo: file.contentPath), site.assets.contains(resolved) else {
                diagnostics.error(.logoMissing(logo: logo.value, folder: file.id.rawValue), at: logo.location)
                return
            }
        }
    }

    static func checkDocument(_ document: Document, into diagnostics: inout DiagnosticBag) {
        let metadata = document.metadata
        let file = document.file
        if let adopted = metadata.adopted, let revised = metadata.revised, revised < adopted {
            diagnostics.error(.revisedBeforeAdopted(revised: revised, adopted: adopted), at: location(ofKey: "revised", in: file))
        }
        // Numbering: approaches and initiatives run 1, 2, 3 ... with no gap or twin. While a
        // part cannot be read, or its number cannot, the gap and the count are not known (its
        // own error says what to mend): "number the 2 approaches 1 to 2" would be the wrong fix.
        let partsUnknown = !document.unreadableParts.isEmpty
        for kind in [Kind.approach, .initiative] {
            let numbered = document.parts.filter { $0.kind == kind }
            guard !numbered.isEmpty else { continue }
            let numbersKnown = !partsUnknown && !numbered.contains { $0.number == nil }
            var seen: [Int: ContentFile] = [:]
            for part in numbered {
                guard let number = part.number else { continue }
                if let first = seen[number] {
                    diagnostics.error(.duplicatePartNumber(kind: kind, number: number, firstPath: first.sitePath), at: numberLocation(part))
                } else {
                    seen[number] = part
                }
            }
            let total = numbered.filter { $0.number != nil }.count
            let missing = Self.missingNumbers(Array(seen.keys), upTo: total)
            if !missing.isEmpty, numbersKnown {
                diagnostics.error(.partNumberingGap(kind: kind, missing: missing, total: total), at: file.frontMatter.kindLocation)
            }
        }
        for expectation in metadata.expects {
            let count = document.parts.filter { $0.kind.expectsKey == expectation.key }.count
            if let kind = Kind.parts.first(where: { $0.expectsKey == expectation.key }), !file.kind.allowedParts.contains(kind) {
                // "Add the missing initiatives" would send the writer to add parts the document cannot hold.
                diagnostics.error(.expectsPartsDocumentCannotHold(documentKind: file.kind, key: expectation.key, partKind: kind),
                                  at: expectation.location)
                continue
            }
            if count != expectation.count, !partsUnknown {
                let key = expectation.key
                let kind = Kind.parts.first { $0.expectsKey == key }
                diagnostics.error(.expectedCountDiffers(key: key, partKind: kind, expected: expectation.count, actual: count),
                                  at: expectation.location)
            }
        }
    }

    /// The numbers missing from `numbers` for them to run 1, 2, 3 ... up to the larger of `count`
    /// and their largest, as ranges: a number typed as 30000000 is one gap, not 30 million.
    static func missingNumbers(_ numbers: [Int], upTo count: Int) -> [ClosedRange<Int>] {
        var gaps: [ClosedRange<Int>] = []
        var next = 1  // the lowest number not yet accounted for
        for number in Set(numbers).sorted() where number >= next {
            if number > next { gaps.append(next...(number - 1)) }
            if number == Int.max { return gaps }
            next = number + 1
        }
        if next <= count { gaps.append(next...count) }
        return gaps
    }

    /// "3, 5–9" for the ranges 3...3 and 5...9; past ten ranges, the rest as "…".
    static func describe(_ ranges: [ClosedRange<Int>]) -> String {
        var items = ranges.prefix(10).map { $0.count == 1 ? String($0.lowerBound) : "\($0.lowerBound)–\($0.upperBound)" }
        if ranges.count > 10 { items.append("…") }
        return items.joined(separator: ", ")
    }

    private static func numberLocation(_ part: ContentFile) -> SourceLocation {
        if case .part(let p) = part.frontMatter.specific, let number = p.number { return number.location }
        return part.frontMatter.kindLocation
    }

    /// The location of a key's value when the decoder kept it, else of `kind`.
    private static func location(ofKey key: String, in file: ContentFile) -> SourceLocation {
        file.frontMatter.keyLocations[key] ?? file.frontMatter.kindLocation
    }
}
