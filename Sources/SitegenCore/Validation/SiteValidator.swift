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
            let at = location(ofKey: "color", in: file)
            let shown = formatRatio(ratio)
            let shownWithComma = shown.replacingOccurrences(of: ".", with: ",")
            diagnostics.error("low-contrast", at: at,
                              LocalizedText(
                                en: "the colour \(color) has a contrast of \(shown):1 against white; at least 4.5:1 is needed",
                                da: "farven \(color) har en kontrast på \(shownWithComma):1 mod hvid; den skal være mindst 4,5:1",
                                nb: "fargen \(color) har en kontrast på \(shownWithComma):1 mot hvitt; den må være minst 4,5:1"),
                              hint: LocalizedText(
                                en: "choose a darker shade of the colour, so text and links in it stay readable",
                                da: "vælg en mørkere nuance af farven, så tekst og links i den er lette at læse",
                                nb: "velg en mørkere nyanse av fargen, så tekst og lenker i den er lette å lese"))
        }
        if let logo = municipality.metadata.logo {
            let ext = logo.value.split(separator: ".").last.map { $0.lowercased() } ?? ""
            guard ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif"].contains(ext), logo.value.contains(".") else {
                diagnostics.error("missing-file", at: logo.location,
                                  LocalizedText(
                                    en: "the logo '\(logo.value)' is not a picture file",
                                    da: "logoet '\(logo.value)' er ikke en billedfil",
                                    nb: "logoen '\(logo.value)' er ikke en bildefil"),
                                  hint: LocalizedText(
                                    en: "use a PNG, JPEG, SVG, WebP or GIF image, e.g. logo: logo.png",
                                    da: "brug et PNG-, JPEG-, SVG-, WebP- eller GIF-billede, fx logo: logo.png",
                                    nb: "bruk et PNG-, JPEG-, SVG-, WebP- eller GIF-bilde, f.eks. logo: logo.png"))
                return
            }
            guard let resolved = LinkResolver.normalize(logo.value, relativeTo: file.contentPath), site.assets.contains(resolved) else {
                diagnostics.error("missing-file", at: logo.location,
                                  LocalizedText(
                                    en: "the logo '\(logo.value)' does not exist",
                                    da: "logoet '\(logo.value)' findes ikke",
                                    nb: "logoen '\(logo.value)' finnes ikke"),
                                  hint: LocalizedText(
                                    en: "put the image in content/\(file.id.rawValue)/ and write its file name",
                                    da: "læg billedet i content/\(file.id.rawValue)/, og skriv filnavnet",
                                    nb: "legg bildet i content/\(file.id.rawValue)/, og skriv filnavnet"))
                return
            }
        }
    }

    static func checkDocument(_ document: Document, into diagnostics: inout DiagnosticBag) {
        let metadata = document.metadata
        let file = document.file
        if let adopted = metadata.adopted, let revised = metadata.revised, revised < adopted {
            diagnostics.error("date-order", at: location(ofKey: "revised", in: file),
                              LocalizedText(
                                en: "'revised' (\(revised)) is before 'adopted' (\(adopted))",
                                da: "'revised' (\(revised)) ligger før 'adopted' (\(adopted))",
                                nb: "'revised' (\(revised)) er før 'adopted' (\(adopted))"),
                              hint: LocalizedText(
                                en: "check the two dates; a document is revised after it is adopted",
                                da: "tjek de to datoer; et dokument bliver revideret, efter at det er vedtaget",
                                nb: "sjekk de to datoene; et dokument blir revidert etter at det er vedtatt"))
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
            let (da, nb) = (kind.danish, kind.norwegian)
            for part in numbered {
                guard let number = part.number else { continue }
                if let first = seen[number] {
                    diagnostics.error("duplicate-number", at: numberLocation(part),
                                      LocalizedText(
                                        en: "\(kind.rawValue) number \(number) is used twice in this document (also in \(first.sitePath))",
                                        da: "\(da.singular) nummer \(number) bruges to gange i dette dokument (også i \(first.sitePath))",
                                        nb: "\(nb.singular) nummer \(number) er brukt to ganger i dette dokumentet (også i \(first.sitePath))"),
                                      hint: LocalizedText(
                                        en: "give each \(kind.rawValue) its own number: 1, 2, 3 ...",
                                        da: "giv \(da.each) sit eget nummer: 1, 2, 3 ...",
                                        nb: "gi \(nb.each) sitt eget nummer: 1, 2, 3 ..."))
                } else {
                    seen[number] = part
                }
            }
            let total = numbered.filter { $0.number != nil }.count
            let missing = Self.missingNumbers(Array(seen.keys), upTo: total)
            if !missing.isEmpty, numbersKnown {
                let list = Self.describe(missing)
                diagnostics.error("numbering-gap", at: file.frontMatter.kindLocation,
                                  LocalizedText(
                                    en: "the \(kind.rawValue) numbers of this document skip \(list)",
                                    da: "nummereringen af dokumentets \(da.plural) springer \(list) over",
                                    nb: "nummereringen av dokumentets \(nb.plural) hopper over \(list)"),
                                  hint: LocalizedText(
                                    en: "number the \(total) \(kind.rawValue) files 1 to \(total) with no gap",
                                    da: "nummerér de \(total) \(da.plural) fra 1 til \(total) uden huller",
                                    nb: "nummerer de \(total) \(nb.definitePlural) fra 1 til \(total) uten hull"))
            }
        }
        for expectation in metadata.expects {
            let count = document.parts.filter { $0.kind.expectsKey == expectation.key }.count
            if let kind = Kind.parts.first(where: { $0.expectsKey == expectation.key }), !file.kind.allowedParts.contains(kind) {
                // "Add the missing initiatives" would send the writer to add parts the document cannot hold.
                let (da, nb) = (file.kind.danish, file.kind.norwegian)
                diagnostics.error("expects-count", at: expectation.location,
                                  LocalizedText(
                                    en: "a \(file.kind.rawValue) has no \(expectation.key)",
                                    da: "\(da.withArticle) har ingen \(kind.danish.plural)",
                                    nb: "\(nb.withArticle) har ingen \(kind.norwegian.definitePlural)"),
                                  hint: LocalizedText(
                                    en: "remove '\(expectation.key)' from 'expects'",
                                    da: "fjern '\(expectation.key)' fra 'expects'",
                                    nb: "fjern '\(expectation.key)' fra 'expects'"))
                continue
            }
            if count != expectation.count, !partsUnknown {
                let key = expectation.key
                let kind = Kind.parts.first { $0.expectsKey == key }
                // The key's part kind in Danish and Norwegian; the key itself if it names none.
                let da = kind?.danish ?? KindWords(singular: key, plural: key, definitePlural: key, neuter: false)
                let nb = kind?.norwegian ?? KindWords(singular: key, plural: key, definitePlural: key, neuter: false)
                diagnostics.error("expects-count", at: expectation.location,
                                  LocalizedText(
                                    en: "the document expects \(expectation.count) \(key) but has \(count)",
                                    da: "ifølge 'expects' skal dokumentet have \(expectation.count) \(da.counted(expectation.count)), men det har \(count)",
                                    nb: "ifølge 'expects' skal dokumentet ha \(expectation.count) \(nb.counted(expectation.count)), men det har \(count)"),
                                  hint: count < expectation.count
                                    ? LocalizedText(
                                        en: "add the missing \(key) or change 'expects' to \(count)",
                                        da: "tilføj de manglende \(da.plural), eller ret 'expects' til \(count)",
                                        nb: "legg til \(nb.definitePlural) som mangler, eller endre 'expects' til \(count)")
                                    : LocalizedText(
                                        en: "remove the extra \(key) or change 'expects' to \(count)",
                                        da: "fjern de overskydende \(da.plural), eller ret 'expects' til \(count)",
                                        nb: "fjern de overflødige \(nb.definitePlural), eller endre 'expects' til \(count)"))
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
            diagnostics.warning("related-duplicate", at: related.location,
                                isSelf
                                    ? LocalizedText(
                                        en: "'related' names this page itself",
                                        da: "'related' nævner siden selv",
                                        nb: "'related' nevner siden selv")
                                    : LocalizedText(
                                        en: "'related' names '\(related.value)' more than once",
                                        da: "'related' nævner '\(related.value)' mere end én gang",
                                        nb: "'related' nevner '\(related.value)' mer enn én gang"),
                                hint: LocalizedText(
                                    en: "delete this line",
                                    da: "slet denne linje",
                                    nb: "slett denne linjen"))
        }
        for related in file.frontMatter.common.related where site.filesByID[related.value] == nil {
            if site.leftOutDrafts.contains(related.value) {
                diagnostics.error("unknown-id", at: related.location,
                                  LocalizedText(
                                    en: "'related' names '\(related.value)', a draft, which is left out of the build",
                                    da: "'related' nævner '\(related.value)', en kladde, som ikke kommer med på hjemmesiden",
                                    nb: "'related' nevner '\(related.value)', et utkast, som ikke kommer med på nettstedet"),
                                  hint: LocalizedText(
                                    en: "remove it from 'related' until the draft is published, or build with --drafts to see both",
                                    da: "fjern den fra 'related', indtil kladden offentliggøres, eller byg med --drafts for at se begge",
                                    nb: "fjern den fra 'related' til utkastet publiseres, eller bygg med --drafts for å se begge"))
                continue
            }
            let nearest = relatedSuggestions(for: related.value.rawValue, from: file, site: site)
            let suggestions = nearest.map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.error("unknown-id", at: related.location,
                              LocalizedText(
                                en: "'related' names '\(related.value)', which is not a page of this site",
                                da: "'related' nævner '\(related.value)', som ikke er en side på denne hjemmeside",
                                nb: "'related' nevner '\(related.value)', som ikke er en side på dette nettstedet"),
                              hint: nearest.isEmpty
                                ? LocalizedText(
                                    en: "write the id: the path under content/ without .md and /index",
                                    da: "skriv id'et: stien under content/ uden .md og /index",
                                    nb: "skriv id-en: stien under content/ uten .md og /index")
                                : LocalizedText(
                                    en: "did you mean \(suggestions)?",
                                    da: "mente du \(suggestions)?",
                                    nb: "mente du \(suggestions)?"))
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
                let shown = InvisibleCharacters.removed(from: reference.written)
                diagnostics.error(reference.isImage ? "missing-image" : "broken-link", at: reference.location,
                                  LocalizedText(
                                    en: "the address '\(shown)' holds an invisible character (\(invisible)), so it matches no file",
                                    da: "adressen '\(shown)' indeholder et usynligt tegn (\(invisible)), så den passer ikke til nogen fil",
                                    nb: "adressen '\(shown)' inneholder et usynlig tegn (\(invisible)), så den passer ikke til noen fil"),
                                  hint: LocalizedText(
                                    en: "delete the address between the parentheses and type it again",
                                    da: "slet adressen mellem parenteserne, og skriv den igen",
                                    nb: "slett adressen mellom parentesene og skriv den på nytt"))
                continue
            }
            switch reference.target {
            case .content(let id, let fragment):
                guard let target = site.filesByID[id] else {
                    if site.leftOutDrafts.contains(id) {
                        diagnostics.error("broken-link", at: reference.location,
                                          LocalizedText(
                                            en: "the link '\(reference.written)' points to a draft, which is left out of the build",
                                            da: "linket '\(reference.written)' peger på en kladde, som ikke kommer med på hjemmesiden",
                                            nb: "lenken '\(reference.written)' peker til et utkast, som ikke kommer med på nettstedet"),
                                          hint: LocalizedText(
                                            en: "remove the link until the draft is published ('draft: false'), or build with --drafts to see both",
                                            da: "fjern linket, indtil kladden offentliggøres ('draft: false'), eller byg med --drafts for at se begge",
                                            nb: "fjern lenken til utkastet publiseres ('draft: false'), eller bygg med --drafts for å se begge"))
                        continue
                    }
                    if let misnamed = site.misnamedFiles[id] {
                        // The link has the name the file should have: the file's own error says to rename it.
                        diagnostics.error("broken-link", at: reference.location,
                                          LocalizedText(
                                            en: "the link '\(reference.written)' points to a file that does not exist yet",
                                            da: "linket '\(reference.written)' peger på en fil, der ikke findes endnu",
                                            nb: "lenken '\(reference.written)' peker til en fil som ikke finnes ennå"),
                                          hint: LocalizedText(
                                            en: "the file is called '\(misnamed)'; rename it as its own error says, and this link works",
                                            da: "filen hedder '\(misnamed)'; omdøb den, som fejlen ved filen siger, så virker linket",
                                            nb: "filen heter '\(misnamed)'; endre navnet som feilen ved filen sier, så virker lenken"))
                        continue
                    }
                    // Another file than the one the link is in: "did you mean 'anden.md'?" in anden.md helps no one.
                    let candidates = site.filesByID.keys.filter { $0 != file?.id }.map(\.rawValue)
                    let nearest = Suggestions.nearest(to: id.rawValue, in: candidates, count: 1)
                    let nearestPath = nearest.first.flatMap { site.filesByID[ContentID($0)] }.map { relativePath(from: contentPath, to: $0.contentPath) }
                    diagnostics.error("broken-link", at: reference.location,
                                      LocalizedText(
                                        en: "the link '\(reference.written)' points to a file that does not exist",
                                        da: "linket '\(reference.written)' peger på en fil, der ikke findes",
                                        nb: "lenken '\(reference.written)' peker til en fil som ikke finnes"),
                                      hint: nearestPath.map {
                                          LocalizedText(
                                            en: "did you mean '\($0)'?",
                                            da: "mente du '\($0)'?",
                                            nb: "mente du '\($0)'?")
                                      } ?? LocalizedText(
                                            en: "check the file name and the folders in the path",
                                            da: "tjek filnavnet og mapperne i stien",
                                            nb: "sjekk filnavnet og mappene i stien"))
                    continue
                }
                if let fragment, !fragment.isEmpty, !(headingIDs[target.id]?.contains(fragment) ?? false) {
                    diagnostics.warning("missing-fragment", at: reference.location,
                                        LocalizedText(
                                            en: "'#\(fragment)' is not a heading of \(target.sitePath)",
                                            da: "'#\(fragment)' er ikke en overskrift i \(target.sitePath)",
                                            nb: "'#\(fragment)' er ikke en overskrift i \(target.sitePath)"),
                                        hint: fragmentHint(fragment, in: target))
                }
            case .localFragment(let fragment):
                if let file, !(headingIDs[file.id]?.contains(fragment) ?? false) {
                    diagnostics.warning("missing-fragment", at: reference.location,
                                        LocalizedText(
                                            en: "'#\(fragment)' is not a heading of this file",
                                            da: "'#\(fragment)' er ikke en overskrift i denne fil",
                                            nb: "'#\(fragment)' er ikke en overskrift i denne filen"),
                                        hint: fragmentHint(fragment, in: file))
                }
            case .asset(let path):
                if !site.assets.contains(path) {
                    let written = reference.written
                    let what = reference.isImage
                        ? (en: "image", da: "billedet", nb: "bildet")
                        : (en: "file", da: "filen", nb: "filen")
                    let folder = written.hasSuffix("/") ? written : written + "/"
                    // Windows and macOS hide a difference in capitals that the web server does not.
                    let otherCase = site.assetsBySmallLetters[path.lowercased()].map { relativePath(from: contentPath, to: $0) }
                    diagnostics.error(reference.isImage ? "missing-image" : "broken-link", at: reference.location,
                                      LocalizedText(
                                        en: "the \(what.en) '\(written)' does not exist",
                                        da: "\(what.da) '\(written)' findes ikke",
                                        nb: "\(what.nb) '\(written)' finnes ikke"),
                                      hint: otherCase.map { name in
                                            LocalizedText(
                                                en: "the file is called '\(name)': capital and small letters must match",
                                                da: "filen hedder '\(name)': store og små bogstaver skal passe",
                                                nb: "filen heter '\(name)': store og små bokstaver må stemme")
                                        } ?? pageFile(for: written, path: path, site: site).map { file in
                                            LocalizedText(
                                                en: "link to the page by its file, '\(file)'",
                                                da: "link til siden via dens fil, '\(file)'",
                                                nb: "lenk til siden via filen, '\(file)'")
                                        } ?? (path.hasSuffix("/") || !path.contains(".")
                                        ? LocalizedText(
                                            en: "link to a page by its .md file, e.g. '\(folder)index.md'",
                                            da: "link til en side via dens .md-fil, fx '\(folder)index.md'",
                                            nb: "lenk til en side via .md-filen, f.eks. '\(folder)index.md'")
                                        : LocalizedText(
                                            en: "put the \(what.en) in content/\(path) or correct the path",
                                            da: "læg \(what.da) i content/\(path), eller ret stien",
                                            nb: "legg \(what.nb) i content/\(path), eller rett stien")))
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

    private static func fragmentHint(_ fragment: String, in target: ContentFile) -> LocalizedText {
        let ids = target.body.headings.map(\.id)
        guard !ids.isEmpty else {
            return LocalizedText(
                en: "the page has no headings; remove '#\(fragment)'",
                da: "siden har ingen overskrifter; fjern '#\(fragment)'",
                nb: "siden har ingen overskrifter; fjern '#\(fragment)'")
        }
        let nearest = Suggestions.nearest(to: fragment, in: ids, count: 3)
        let list = nearest.map { "#\($0)" }.joined(separator: ", ")
        return LocalizedText(
            en: "the headings' ids are: " + list,
            da: "overskrifternes id'er er: " + list,
            nb: "overskriftenes id-er er: " + list)
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

    private static func formatRatio(_ ratio: Double) -> String {
        let rounded = (ratio * 100).rounded(.down) / 100
        return String(rounded)
    }
}
