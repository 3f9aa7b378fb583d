/// The validation stage: checks the rules of the content format that need more than one file
/// (numbering, expected counts, references, links, fragments, images) or a computed value
/// (colour contrast, date order). Rules that concern a single value live in `FieldReader`.
/// The rules are in SiteValidator+Documents.swift, +Related.swift and +Links.swift.
enum SiteValidator {
    /// Checks `site` and returns every problem found.
    static func validate(_ site: Site) -> DiagnosticBag {
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
}
