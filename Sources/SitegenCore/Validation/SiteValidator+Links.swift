/// The rules of the links and pictures in a body: each points to a page, a heading or a file
/// that exists.
extension SiteValidator {
    static func checkBodyReferences(_ file: ContentFile, site: Site, headingIDs: [ContentID: Set<String>],
                                    into diagnostics: inout DiagnosticBag) {
        checkReferences(file.body.references, from: file.contentPath, of: file, site: site, headingIDs: headingIDs, into: &diagnostics)
    }

    /// Checks the links and images of a piece of Markdown at `contentPath` (under content/):
    /// a content file's body (`file`), or the footer of sitegen.yml (no file: a fragment of its
    /// own page is not checked, since the footer is on every page).
    static func checkReferences(_ references: [BodyReference], from contentPath: String, of file: ContentFile?, site: Site,
                                headingIDs: [ContentID: Set<String>], into diagnostics: inout DiagnosticBag) {
        // The suggestions of one file share a budget: thousands of broken links, each compared
        // with every page, made the check quadratic. The pages to suggest are listed once.
        var budget = SuggestionBudget()
        var pageCandidates: [String]?
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
                    let candidates = pageCandidates ?? site.filesByID.keys.filter { $0 != file?.id }.map(\.rawValue)
                    pageCandidates = candidates
                    let nearest = budget.isSpent ? [] : Suggestions.nearest(to: id.rawValue, in: candidates, count: 1, budget: &budget)
                    let nearestPath = nearest.first.flatMap { site.filesByID[ContentID($0)] }.map { relativePath(from: contentPath, to: $0.contentPath) }
                    diagnostics.error(.linkToMissingFile(link: reference.written, suggestion: nearestPath), at: reference.location)
                    continue
                }
                if let fragment, !fragment.isEmpty, !(headingIDs[target.id]?.contains(fragment) ?? false) {
                    diagnostics.warning(.fragmentNotAHeading(fragment: fragment, page: target.sitePath, nearestHeadings: nearestHeadings(to: fragment, in: target, budget: &budget)),
                                        at: reference.location)
                }
            case .localFragment(let fragment):
                if let file, !(headingIDs[file.id]?.contains(fragment) ?? false) {
                    diagnostics.warning(.fragmentNotAHeading(fragment: fragment, page: nil, nearestHeadings: nearestHeadings(to: fragment, in: file, budget: &budget)),
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

    /// The ids of `target`'s headings nearest to `fragment`; empty when it has none, or when the
    /// file's `budget` for suggestions is spent.
    private static func nearestHeadings(to fragment: String, in target: ContentFile, budget: inout SuggestionBudget) -> [String] {
        guard !budget.isSpent else { return [] }
        return Suggestions.nearest(to: fragment, in: target.body.headings.map(\.id), count: 3, budget: &budget)
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
}
