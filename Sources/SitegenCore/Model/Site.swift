import Foundation

/// A document (framework or programme) with its parts in order.
struct Document: Sendable {
    var file: ContentFile
    var metadata: DocumentMetadata
    /// Parts ordered by number, then title.
    var parts: [ContentFile]
    /// The Markdown files in the document's folder that could not be read (each has its own
    /// error): while there are any, the parts cannot be counted or their numbering checked.
    var unreadableParts: [String] = []
    /// The municipality's slug.
    var municipalitySlug: String { String(file.id.components.first ?? "") }
    /// The print page's path in output/.
    var printPath: String { file.id.rawValue + "/print/index.html" }
    /// The PDF's path in output/.
    var pdfPath: String { file.id.rawValue + "/" + file.slug + ".pdf" }
}

/// A municipality (or another public body) with its documents.
struct Municipality: Sendable {
    var file: ContentFile
    var metadata: MunicipalityMetadata
    /// Documents ordered by title.
    var documents: [Document]
}

/// The whole site: configuration, municipalities with documents and parts, and pages.
struct Site: Sendable {
    var config: SiteConfig
    /// Municipalities ordered by name.
    var municipalities: [Municipality]
    /// Site-wide pages ordered by menu place, then title.
    var pages: [ContentFile]
    /// Every file by id, for resolving references.
    var filesByID: [ContentID: ContentFile]
    /// Files under content/ that are not Markdown.
    var assets: Set<String>
    /// The content folder the assets are read from.
    var assetsRoot: URL
    /// Files left out as drafts (`draft: true`, or under a document or municipality that is),
    /// so a link to one can say why it leads nowhere.
    var leftOutDrafts: Set<ContentID> = []
    /// Files beside the content that only left-out drafts show (a picture for a draft part):
    /// published with the draft, not before.
    var draftOnlyAssets: Set<String> = []
    /// Files beside the content that left-out drafts show, whether others show them too.
    var assetsShownByDrafts: Set<String> = []
    /// Files read but not placed in the site (a kind where it cannot live: an initiative in a
    /// framework), in path order. Each has its own error; their links are still checked, so
    /// every mistake of the file is told in the same run.
    var unplacedFiles: [ContentFile] = []
    /// Files whose name is no slug (`Anden tilgang.md`), by the id they get when renamed as their
    /// `invalid-name` error says (`…/anden-tilgang`): a link to that id is told to wait for it.
    var misnamedFiles: [ContentID: String] = [:]
    /// The files beside the content by their path in small letters, for the hint to a link
    /// that differs from a file's name only in capitals (`Modell.png` for `modell.png`).
    var assetsBySmallLetters: [String: String] = [:]

    /// Each file's language, worked out once (see `inheritedLanguage(of:)`).
    private(set) var languages: [ContentID: Language] = [:]

    /// Creates a site and works out the language of each file.
    init(config: SiteConfig, municipalities: [Municipality], pages: [ContentFile],
                filesByID: [ContentID: ContentFile], assets: Set<String>, assetsRoot: URL) {
        self.config = config
        self.municipalities = municipalities
        self.pages = pages
        self.filesByID = filesByID
        self.assets = assets
        self.assetsRoot = assetsRoot
        languages = filesByID.mapValues { _ in config.language }
        for id in filesByID.keys { languages[id] = inheritedLanguage(of: id) }
    }

    /// The language of a file: its own, else its document's, else its municipality's, else the site's.
    func language(of id: ContentID) -> Language {
        languages[id] ?? inheritedLanguage(of: id)
    }

    private func inheritedLanguage(of id: ContentID) -> Language {
        var path = Substring(id.rawValue)
        while !path.isEmpty {
            if let language = filesByID[ContentID(String(path))]?.frontMatter.common.language {
                return language
            }
            path = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? ""
        }
        return config.language
    }

    /// The same site with some files replaced by new versions of themselves (same ids, kinds
    /// and languages), each in the place of the old one: the incremental builder's quick path.
    /// A municipality's or document's metadata is taken from its new file. The lists keep their
    /// order; when new titles, numbers or names change it, `AssembleStage.isInOrder` says so.
    func replacing(_ replacements: [ContentID: ContentFile]) -> Site {
        func swap(_ file: ContentFile) -> ContentFile { replacements[file.id] ?? file }
        // Only the municipalities and documents that hold a replaced file are copied.
        func holds(_ id: ContentID) -> Bool {
            replacements.keys.contains { $0.isWithin(id) }
        }
        var site = self
        for m in site.municipalities.indices where holds(site.municipalities[m].file.id) {
            var municipality = site.municipalities[m]
            municipality.file = swap(municipality.file)
            if case .municipality(let metadata) = municipality.file.frontMatter.specific { municipality.metadata = metadata }
            for d in municipality.documents.indices where holds(municipality.documents[d].file.id) {
                var document = municipality.documents[d]
                document.file = swap(document.file)
                if case .document(let metadata) = document.file.frontMatter.specific { document.metadata = metadata }
                document.parts = document.parts.map(swap)
                municipality.documents[d] = document
            }
            site.municipalities[m] = municipality
        }
        if site.pages.contains(where: { replacements[$0.id] != nil }) { site.pages = pages.map(swap) }
        for (id, file) in replacements where filesByID[id] != nil { site.filesByID[id] = file }
        return site
    }

    /// Every file whose page is written, in a stable order.
    var allFiles: [ContentFile] {
        var files: [ContentFile] = []
        for municipality in municipalities {
            files.append(municipality.file)
            for document in municipality.documents {
                files.append(document.file)
                files.append(contentsOf: document.parts)
            }
        }
        files.append(contentsOf: pages)
        return files
    }
}
