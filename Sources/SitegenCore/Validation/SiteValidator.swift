/// The validation stage: checks the rules of the content format that need more than one file
/// (numbering, expected counts, references, links, fragments, images) or a computed value
/// (colour contrast, date order). Rules that concern a single value live in `FieldReader`.
public enum SiteValidator {
    /// Checks `site` and returns every problem found.
    public static func validate(_ site: Site) -> DiagnosticBag {
        var diagnostics = DiagnosticBag()
        for municipality in site.municipalities {
            checkMunicipality(municipality, site: site, into: &diagnostics)
            for document in municipality.documents {
                checkDocument(document, into: &diagnostics)
            }
        }
        let headingIDs = site.filesByID.mapValues { Set($0.body.headings.map(\.id)) }
        for file in site.allFiles {
            checkRelated(file, site: site, into: &diagnostics)
            checkBodyReferences(file, site: site, headingIDs: headingIDs, into: &diagnostics)
        }
        return diagnostics
    }

    static func checkMunicipality(_ municipality: Municipality, site: Site, into diagnostics: inout DiagnosticBag) {
        let file = municipality.file
        if let color = municipality.metadata.color, let ratio = Validators.contrastAgainstWhite(color), ratio < 4.5 {
            let at = location(ofKey: "color", in: file)
            diagnostics.error("low-contrast", at: at,
                              "the colour \(color) has a contrast of \(formatRatio(ratio)):1 against white; at least 4.5:1 is needed",
                              hint: "choose a darker shade of the colour, so text and links in it stay readable")
        }
        if let logo = municipality.metadata.logo {
            guard let resolved = LinkResolver.normalize(logo.value, relativeTo: file.contentPath), site.assets.contains(resolved) else {
                diagnostics.error("missing-file", at: logo.location, "the logo '\(logo.value)' does not exist",
                                  hint: "put the image in content/\(file.id.rawValue)/ and write its file name")
                return
            }
        }
    }

    static func checkDocument(_ document: Document, into diagnostics: inout DiagnosticBag) {
        let metadata = document.metadata
        let file = document.file
        if let adopted = metadata.adopted, let revised = metadata.revised, revised < adopted {
            diagnostics.error("date-order", at: location(ofKey: "revised", in: file),
                              "'revised' (\(revised)) is before 'adopted' (\(adopted))",
                              hint: "check the two dates; a document is revised after it is adopted")
        }
        // Numbering: approaches and initiatives run 1, 2, 3 ... with no gap or twin.
        for kind in [Kind.approach, .initiative] {
            let numbered = document.parts.filter { $0.kind == kind }
            guard !numbered.isEmpty else { continue }
            var seen: [Int: ContentFile] = [:]
            for part in numbered {
                guard let number = part.number else { continue }
                if let first = seen[number] {
                    diagnostics.error("duplicate-number", at: numberLocation(part),
                                      "\(kind.rawValue) number \(number) is used twice in this document (also in \(first.sitePath))",
                                      hint: "give each \(kind.rawValue) its own number: 1, 2, 3 ...")
                } else {
                    seen[number] = part
                }
            }
            let expected = Set(1...max(numbered.count, seen.keys.max() ?? 1))
            let missing = expected.subtracting(seen.keys).sorted()
            if !missing.isEmpty {
                let list = missing.map(String.init).joined(separator: ", ")
                diagnostics.error("numbering-gap", at: file.frontMatter.kindLocation,
                                  "the \(kind.rawValue) numbers of this document skip \(list)",
                                  hint: "number the \(numbered.count) \(kind.rawValue) files 1 to \(numbered.count) with no gap")
            }
        }
        for expectation in metadata.expects {
            let count = document.parts.filter { $0.kind.expectsKey == expectation.key }.count
            if count != expectation.count {
                diagnostics.error("expects-count", at: expectation.location,
                                  "the document expects \(expectation.count) \(expectation.key) but has \(count)",
                                  hint: count < expectation.count
                                    ? "add the missing \(expectation.key) or change 'expects' to \(count)"
                                    : "remove the extra \(expectation.key) or change 'expects' to \(count)")
            }
        }
    }

    static func checkRelated(_ file: ContentFile, site: Site, into diagnostics: inout DiagnosticBag) {
        for related in file.frontMatter.common.related where site.filesByID[related.value] == nil {
            let nearest = Suggestions.nearest(to: related.value.rawValue, in: site.filesByID.keys.map(\.rawValue), count: 3)
            diagnostics.error("unknown-id", at: related.location, "'related' names '\(related.value)', which is not a page of this site",
                              hint: .same(nearest.isEmpty ? "write the id: the path under content/ without .md and /index"
                                : "did you mean " + nearest.map { "'\($0)'" }.joined(separator: ", ") + "?"))
        }
    }

    static func checkBodyReferences(_ file: ContentFile, site: Site, headingIDs: [ContentID: Set<String>],
                                    into diagnostics: inout DiagnosticBag) {
        for reference in file.body.references {
            switch reference.target {
            case .content(let id, let fragment):
                guard let target = site.filesByID[id] else {
                    let nearest = Suggestions.nearest(to: id.rawValue, in: site.filesByID.keys.map(\.rawValue), count: 1)
                    let nearestPath = nearest.first.flatMap { site.filesByID[ContentID($0)] }.map { relativePath(from: file.contentPath, to: $0.contentPath) }
                    diagnostics.error("broken-link", at: reference.location, "the link '\(reference.written)' points to a file that does not exist",
                                      hint: nearestPath.map { "did you mean '\($0)'?" } ?? "check the file name and the folders in the path")
                    continue
                }
                if let fragment, !fragment.isEmpty, !(headingIDs[target.id]?.contains(fragment) ?? false) {
                    diagnostics.warning("missing-fragment", at: reference.location,
                                        "'#\(fragment)' is not a heading of \(target.sitePath)",
                                        hint: .same(fragmentHint(fragment, in: target)))
                }
            case .localFragment(let fragment):
                if !(headingIDs[file.id]?.contains(fragment) ?? false) {
                    diagnostics.warning("missing-fragment", at: reference.location, "'#\(fragment)' is not a heading of this file",
                                        hint: .same(fragmentHint(fragment, in: file)))
                }
            case .asset(let path):
                if !site.assets.contains(path) {
                    let what = reference.isImage ? "image" : "file"
                    diagnostics.error(reference.isImage ? "missing-image" : "broken-link", at: reference.location,
                                      "the \(what) '\(reference.written)' does not exist",
                                      hint: path.hasSuffix("/") || !path.contains(".")
                                        ? "link to a page by its .md file, e.g. '\(reference.written.hasSuffix("/") ? reference.written : reference.written + "/")index.md'"
                                        : "put the \(what) in content/\(path) or correct the path")
                }
            }
        }
    }

    private static func fragmentHint(_ fragment: String, in target: ContentFile) -> String {
        let ids = target.body.headings.map(\.id)
        guard !ids.isEmpty else { return "the page has no headings; remove '#\(fragment)'" }
        let nearest = Suggestions.nearest(to: fragment, in: ids, count: 3)
        return "the headings' ids are: " + nearest.map { "#\($0)" }.joined(separator: ", ")
    }

    /// The path from the file at `from` to the file at `to`, both under content/.
    static func relativePath(from: String, to: String) -> String {
        let fromParts = from.split(separator: "/").dropLast()
        let toParts = to.split(separator: "/")
        var common = 0
        while common < fromParts.count, common < toParts.count - 1,
              fromParts[fromParts.startIndex + common] == toParts[common] { common += 1 }
        let ups = Array(repeating: "..", count: fromParts.count - common)
        return (ups + toParts[common...].map(String.init)).joined(separator: "/")
    }

    private static func numberLocation(_ part: ContentFile) -> SourceLocation {
        if case .part(let p) = part.frontMatter.specific, let number = p.number { return number.location }
        return part.frontMatter.kindLocation
    }

    /// The location of a key's value when the decoder kept it, else of `kind`.
    private static func location(ofKey key: String, in file: ContentFile) -> SourceLocation {
        file.frontMatter.keyLocations[key] ?? file.frontMatter.kindLocation
    }

    private static func formatRatio(_ ratio: Double) -> String {
        let rounded = (ratio * 100).rounded(.down) / 100
        return String(rounded)
    }
}
