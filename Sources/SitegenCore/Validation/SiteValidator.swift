/// The validation stage: checks the rules of the content format that need more than one file
/// (numbering, expected counts, references, links, fragments, images) or a computed value
/// (colour contrast, date order). Rules that concern a single value live in `FieldReader`.
public enum SiteValidator {
    /// Checks `site` and returns every problem found.
    public static func validate(_ site: Site) -> DiagnosticBag {
        let result = validateByFile(site)
        var diagnostics = result.structure
        for file in site.allFiles + site.unplacedFiles {
            if let bag = result.bodyReferences[file.id] { diagnostics.merge(bag) }
        }
        return diagnostics
    }

    /// The problems of a site, with those of each file's body links kept apart, so that the
    /// incremental builder can check again only what a change can affect.
    struct Validation: Sendable {
        /// The problems of the municipalities' and documents' rules: numbering, 'expects',
        /// dates, colours and logos.
        var documents: DiagnosticBag
        /// The problems of 'related' lists.
        var related: DiagnosticBag
        /// The problems of each file's body links and images.
        var bodyReferences: [ContentID: DiagnosticBag]
        /// The heading ids of each file, which fragments are checked against.
        var headingIDs: [ContentID: Set<String>]

        /// Everything but the body links' problems.
        var structure: DiagnosticBag {
            var bag = documents
            bag.merge(related)
            return bag
        }
    }

    /// Checks `site`, keeping the body links' problems by file.
    static func validateByFile(_ site: Site) -> Validation {
        let documents = documentDiagnostics(site)
        let headingIDs = site.filesByID.mapValues { Set($0.body.headings.map(\.id)) }
        let files = site.allFiles + site.unplacedFiles
        // Each file's checks read the site and write only their own slot: done on every core.
        let results = ResultSlots.collect(count: files.count, parallel: true) { index in
            var related = DiagnosticBag()
            checkRelated(files[index], site: site, into: &related)
            return (related: related, body: bodyReferenceDiagnostics(files[index], site: site, headingIDs: headingIDs))
        }
        var related = DiagnosticBag()
        var bodyReferences: [ContentID: DiagnosticBag] = [:]
        for (index, result) in results.enumerated() {
            related.merge(result.related)
            if !result.body.items.isEmpty { bodyReferences[files[index].id] = result.body }
        }
        return Validation(documents: documents, related: related, bodyReferences: bodyReferences, headingIDs: headingIDs)
    }

    /// The problems of the municipalities' and documents' rules, checked again by the
    /// incremental builder after a front matter changed.
    static func documentDiagnostics(_ site: Site) -> DiagnosticBag {
        var diagnostics = DiagnosticBag()
        for municipality in site.municipalities {
            checkMunicipality(municipality, site: site, into: &diagnostics)
            for document in municipality.documents {
                checkDocument(document, into: &diagnostics)
            }
        }
        return diagnostics
    }

    /// The problems of every 'related' list, checked again by the incremental builder after a
    /// front matter changed.
    static func relatedDiagnostics(_ site: Site) -> DiagnosticBag {
        var diagnostics = DiagnosticBag()
        for file in site.allFiles { checkRelated(file, site: site, into: &diagnostics) }
        return diagnostics
    }

    /// The problems of one file's body links and images.
    static func bodyReferenceDiagnostics(_ file: ContentFile, site: Site, headingIDs: [ContentID: Set<String>]) -> DiagnosticBag {
        var bag = DiagnosticBag()
        checkBodyReferences(file, site: site, headingIDs: headingIDs, into: &bag)
        return bag
    }

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
            guard let resolved = LinkResolver.normalize(logo.value, relativeTo: file.contentPath), site.assets.contains(resolved) else {
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

    static func checkRelated(_ file: ContentFile, site: Site, into diagnostics: inout DiagnosticBag) {
        var named = Set<ContentID>()
        for related in file.frontMatter.common.related {
            let isSelf = related.value == file.id
            guard isSelf || !named.insert(related.value).inserted else { continue }
            // Shown once, and never the page itself: the list on the page is right, the file is not.
            diagnostics.warning(isSelf ? .relatedNamesItself : .relatedNamesTwice(id: related.value), at: related.location)
        }
        for related in file.frontMatter.common.related where site.filesByID[related.value] == nil {
            if site.leftOutDrafts.contains(related.value) {
                diagnostics.error(.relatedNamesLeftOutDraft(id: related.value), at: related.location)
                continue
            }
            let nearest = relatedSuggestions(for: related.value.rawValue, from: file, site: site)
            diagnostics.error(.relatedNamesUnknownPage(id: related.value, suggestions: nearest), at: related.location)
        }
    }

    /// The ids to suggest for an unknown `related` id: the id without a leading `content/`; else
    /// the pages whose file has the name written (`forste-tilgang` for
    /// `aarhus/plan/forste-tilgang`), those beside the file first; else the nearest spellings.
    static func relatedSuggestions(for written: String, from file: ContentFile, site: Site) -> [String] {
        if written.hasPrefix("content/"), site.filesByID[ContentID(String(written.dropFirst("content/".count)))] != nil {
            return [String(written.dropFirst("content/".count))]
        }
        let ids = site.filesByID.keys.map(\.rawValue)
        if let name = written.slashSplit().last {
            let folder = file.id.rawValue.slashSplit().dropLast().joined(separator: "/")
            let sameName = ids.filter { $0 == name || $0.hasSuffix("/" + name) }.sorted { a, b in
                let (aNear, bNear) = (a.hasPrefix(folder + "/"), b.hasPrefix(folder + "/"))
                return aNear != bNear ? aNear : a < b
            }
            if !sameName.isEmpty { return Array(sameName.prefix(3)) }
        }
        return Suggestions.nearest(to: written, in: ids, count: 3)
    }

    static func checkBodyReferences(_ file: ContentFile, site: Site, headingIDs: [ContentID: Set<String>],
                                    into diagnostics: inout DiagnosticBag) {
        checkReferences(file.body.references, from: file.contentPath, of: file, site: site, headingIDs: headingIDs, into: &diagnostics)
    }

    /// Checks the links and images of a piece of Markdown at `contentPath` (under content/):
    /// a content file's body (`file`), or the footer of sitegen.yml (no file: a fragment of its
    /// own page is not checked, since the footer is on every page).
    static func checkReferences(_ references: [BodyReference], from contentPath: String, of file: ContentFile?, site: Site,
                                headingIDs: [ContentID: Set<String>], into diagnostics: inout DiagnosticBag) {
        for reference in references {
            if let invisible = InvisibleCharacters.first(in: reference.written), !exists(reference.target, in: site) {
                // Pasted from Word, the address looks right and matches nothing.
                diagnostics.error(.invisibleCharacterInAddress(address: InvisibleCharacters.removed(from: reference.written), character: invisible,
                                                                 isImage: reference.isImage),
                                  at: reference.location)
                continue
            }
            switch reference.target {
            case .content(let id, let fragment):
                guard let target = site.filesByID[id] else {
                    if site.leftOutDrafts.contains(id) {
                        diagnostics.error(.linkToLeftOutDraft(link: reference.written), at: reference.location)
                        continue
                    }
                    if let misnamed = site.misnamedFiles[id] {
                        // The link has the name the file should have: the file's own error says to rename it.
                        diagnostics.error(.linkToMisnamedFile(link: reference.written, fileName: misnamed), at: reference.location)
                        continue
                    }
                    // Another file than the one the link is in: "did you mean 'anden.md'?" in anden.md helps no one.
                    let candidates = site.filesByID.keys.filter { $0 != file?.id }.map(\.rawValue)
                    let nearest = Suggestions.nearest(to: id.rawValue, in: candidates, count: 1)
                    let nearestPath = nearest.first.flatMap { site.filesByID[ContentID($0)] }.map { relativePath(from: contentPath, to: $0.contentPath) }
                    diagnostics.error(.linkToMissingFile(link: reference.written, suggestion: nearestPath), at: reference.location)
                    continue
                }
                if let fragment, !fragment.isEmpty, !(headingIDs[target.id]?.contains(fragment) ?? false) {
                    diagnostics.warning(.fragmentNotAHeading(fragment: fragment, page: target.sitePath, nearestHeadings: nearestHeadings(to: fragment, in: target)),
                                        at: reference.location)
                }
            case .localFragment(let fragment):
                if let file, !(headingIDs[file.id]?.contains(fragment) ?? false) {
                    diagnostics.warning(.fragmentNotAHeading(fragment: fragment, page: nil, nearestHeadings: nearestHeadings(to: fragment, in: file)),
                                        at: reference.location)
                }
            case .asset(let path):
                if !site.assets.contains(path) {
                    let written = reference.written
                    let folder = written.hasSuffix("/") ? written : written + "/"
                    // Windows and macOS hide a difference in capitals that the web server does not.
                    let otherCase = site.assetsBySmallLetters[path.lowercased()].map { relativePath(from: contentPath, to: $0) }
                    let fix: Problem.MissingAssetFix = otherCase.map { .matchCapitals(name: $0) }
                        ?? pageFile(for: written, path: path, site: site).map { .linkPageFile(file: $0) }
                        ?? (path.hasSuffix("/") || !path.contains(".") ? .linkMarkdownFile(folder: folder) : .placeFile(path: path))
                    diagnostics.error(.missingAsset(written: written, isImage: reference.isImage, fix: fix), at: reference.location)
                }
            }
        }
    }

    /// Whether a link's target is in the site (a fragment of the same page always is).
    private static func exists(_ target: LinkTarget, in site: Site) -> Bool {
        switch target {
        case .content(let id, _): return site.filesByID[id] != nil
        case .asset(let path): return site.assets.contains(path)
        case .localFragment: return true
        }
    }

    /// For a link written without ".md" to a page ("forste", "index", "../plan/"): the way to
    /// write it with the page's file ("forste.md", "index.md", "../plan/index.md"); else nil.
    private static func pageFile(for written: String, path: String, site: Site) -> String? {
        // A page's address as the site shows it ("../index.html", "plan.html"): its file is the .md.
        if written.hasSuffix(".html"), path.hasSuffix(".html") {
            var id = String(path.dropLast(".html".count))
            if id == "index" { id = "" } else if id.hasSuffix("/index") { id = String(id.dropLast("/index".count)) }
            if site.filesByID[ContentID(id)] != nil { return String(written.dropLast(".html".count)) + ".md" }
        }
        let bare = written.hasSuffix("/") ? String(written.dropLast()) : written
        if path.slashSplit().last == "index" && !written.hasSuffix("/") { return written + ".md" }
        guard let target = site.filesByID[ContentID(path.hasSuffix("/") ? String(path.dropLast()) : path)] else { return nil }
        if target.contentPath.hasSuffix("/index.md") || target.contentPath == "index.md" {
            return (bare.isEmpty || bare == "." ? "" : bare + "/") + "index.md"
        }
        return written.hasSuffix("/") ? nil : written + ".md"
    }

    /// The ids of `target`'s headings nearest to `fragment`; empty when it has none.
    private static func nearestHeadings(to fragment: String, in target: ContentFile) -> [String] {
        Suggestions.nearest(to: fragment, in: target.body.headings.map(\.id), count: 3)
    }

    /// The path from the file at `from` to the file at `to`, both under content/.
    static func relativePath(from: String, to: String) -> String {
        let fromParts = from.slashSplit().dropLast()
        let toParts = to.slashSplit()
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
}
