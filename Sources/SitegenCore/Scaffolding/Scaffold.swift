import Foundation

/// Writes new content for `sitegen new` and new sites for `sitegen init`: files with the
/// required keys of their kind and Danish comments that say what to write, at places the layout
/// allows.
public enum Scaffold {
    /// Why a new file or site cannot be written.
    public struct Failure: Error, Hashable, Sendable {
        /// What is wrong.
        let problem: Problem

        /// What is wrong, in `language`.
        public func message(in language: Language) -> String {
            language.fromCatalog(english: problem.english.message, danish: problem.danish.message,
                                 norwegian: problem.norwegian.message)
        }
    }

    /// Writes a new content file of `kind` at `path` (relative to the site folder, with or
    /// without `content/`; a folder for a municipality or document gets `index.md`).
    /// - Returns: the path written, relative to the site folder, or why it cannot be written.
    public static func newFile(kind: Kind, path: String, siteDirectory: URL) -> Result<String, Failure> {
        var relative = path.trimmingCharacters(in: .whitespaces)
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        if relative.hasPrefix("content/") { relative.removeFirst("content/".count) }
        while relative.hasSuffix("/") { relative.removeLast() }
        let isPage = kind.declaration.placement == .page
        if !relative.hasSuffix(".md") { relative += isPage ? ".md" : "/index.md" }
        if isPage && !relative.hasPrefix("pages/") { relative = "pages/" + relative }
        var components = relative.split(separator: "/").map(String.init)
        let misplaced = Failure(problem: .newFileMisplaced(kind: kind, path: path))
        guard let fileName = components.last else { return .failure(misplaced) }
        let names = components.dropLast() + [String(fileName.dropLast(3))]
        for name in names where !(name == "index" && name == names.last) && !ContentScanner.isSlug(name) {
            let slug = Suggestions.slug(name)
            return .failure(Failure(problem: .newFileInvalidName(name: name, suggestion: slug.isEmpty ? nil : slug)))
        }
        let content = SiteLayout(siteDirectory: siteDirectory).contentDirectory
        func exists(_ p: String) -> Bool { FileManager.default.fileExists(atPath: content.appendingPathComponent(p).path) }
        // Where the registry of kinds places the file, and the file its folder needs first.
        switch kind.declaration.placement {
        case .municipalityIndex:
            guard components.count == 2, fileName == "index.md", components[0] != "pages" else { return .failure(misplaced) }
        case .documentIndex:
            guard components.count == 3, fileName == "index.md", components[0] != "pages" else { return .failure(misplaced) }
            guard exists(components[0] + "/index.md") else {
                return .failure(Failure(problem: .newFileMissingParent(index: components[0] + "/index.md", kind: .municipality)))
            }
        case .documentPart:
            guard components.count == 3, fileName != "index.md", components[0] != "pages" else { return .failure(misplaced) }
            guard exists(components[0] + "/" + components[1] + "/index.md") else {
                let parent = ContentKinds.documents(holding: kind).first ?? .framework
                return .failure(Failure(problem: .newFileMissingParent(index: components[0] + "/" + components[1] + "/index.md", kind: parent)))
            }
        case .page:
            guard components.count == 2, components[0] == "pages" else { return .failure(misplaced) }
        }
        if let reserved = reservedName(kind: kind, components: components, exists: exists) {
            return .failure(Failure(problem: reserved))
        }
        // A folder below content/ (or the file itself) that is a symbolic link would take the
        // new file wherever it points; the build does not follow such links either.
        if let link = symbolicLink(in: content, along: components) {
            return .failure(Failure(problem: .newFileThroughSymlink(path: link)))
        }
        if exists(relative) {
            return .failure(Failure(problem: .newFileExists(path: relative)))
        }
        components.removeLast()
        let number = kind.declaration.numbering == .required
            ? nextNumber(of: kind, in: content.appendingPathComponent(components.joined(separator: "/"))) : 1
        let url = content.appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Never over a file that came meanwhile, nor through a link at the file's own name.
            try Data(template(kind, number: number).utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            return .failure(Failure(problem: .newFileWriteFailed(cause: FailureCause(error))))
        }
        return .success("content/" + relative)
    }

    /// The first path under content/ along `components` (folders, then the file), from the top
    /// down, that is a symbolic link (lstat(2), not followed), "" for content/ itself (which the
    /// build refuses too); nil when none is. The walk stops at the first name that does not
    /// exist: nothing below it does.
    static func symbolicLink(in content: URL, along components: [String]) -> String? {
        var root = stat()
        if lstat(content.path, &root) == 0, root.st_mode & S_IFMT == S_IFLNK { return "" }
        var path = ""
        for name in components {
            path = path.isEmpty ? name : path + "/" + name
            var info = stat()
            guard lstat(content.appendingPathComponent(path).path, &info) == 0 else { return nil }
            if info.st_mode & S_IFMT == S_IFLNK { return path }
        }
        return nil
    }

    /// Makes a new site in `directory` (which must be empty or not exist): sitegen.yml, one
    /// municipality with one framework and its first approach, and an about page.
    public static func initSite(at directory: URL) -> Result<[String], Failure> {
        let fm = FileManager.default
        if let existing = try? fm.contentsOfDirectory(atPath: directory.path), !existing.isEmpty {
            return .failure(Failure(problem: .newSiteFolderNotEmpty(path: directory.path)))
        }
        let files: [(String, String)] = [
            ("sitegen.yml", """
            # Sitets indstillinger. Se README for alle nøgler.
            title: Ledelsesgrundlag i skolen
            language: da
            # baseURL: "https://www.eksempel.dk/ledelse/"
            # accessibilityStatement: "https://www.was.digst.dk/..."
            footer: "Udgivet af kommunens skoleafdeling."

            """),
            ("content/min-kommune/index.md", template(.municipality, number: 1)),
            ("content/min-kommune/ledelsesgrundlag/index.md", template(.framework, number: 1)),
            ("content/min-kommune/ledelsesgrundlag/forste-tilgang.md", template(.approach, number: 1)),
            ("content/pages/om.md", template(.page, number: 1)),
        ]
        do {
            for (path, text) in files {
                let url = directory.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        } catch {
            return .failure(Failure(problem: .newFileWriteFailed(cause: FailureCause(error))))
        }
        return .success(files.map(\.0))
    }

    /// Why a name the layout allows is still taken: by output/'s own folders, by the print page
    /// of a document, or by a page and a municipality that would share an address.
    private static func reservedName(kind: Kind, components: [String], exists: (String) -> Bool) -> Problem? {
        switch kind.declaration.placement {
        case .municipalityIndex:
            let name = components[0]
            if AssembleStage.reservedTopLevel.contains(name) { return .newFileNameTaken(name: name, by: .sitegen) }
            if exists("pages/\(name).md") { return .newFileNameTaken(name: name, by: .page) }
        case .page:
            let name = String(components[1].dropLast(3))
            if AssembleStage.reservedTopLevel.contains(name) { return .newFileNameTaken(name: name, by: .sitegen) }
            if exists("\(name)/index.md") { return .newFileNameTaken(name: name, by: .municipality) }
        case .documentPart:
            if components[2] == "print.md" { return .newFileNameTaken(name: "print", by: .printPage) }
        case .documentIndex:
            break
        }
        return nil
    }

    /// The next free number of `kind` in a document folder: the smallest its parts do not have.
    private static func nextNumber(of kind: Kind, in folder: URL) -> Int {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var taken = Set<Int>()
        for name in files where name.hasSuffix(".md") && name != "index.md" {
            // Read as the build reads it; a part that cannot be read takes no number.
            var ignored = DiagnosticBag()
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                  let source = SourceText.parse(data, file: name, diagnostics: &ignored),
                  let frontMatter = FrontMatterDecoder.decode(source, file: name, diagnostics: &ignored),
                  frontMatter.common.kind == kind,
                  case .part(let part) = frontMatter.specific, let number = part.number?.value else { continue }
            taken.insert(number)
        }
        // The first number no part of the kind has, so a gap is filled and no number repeats.
        return (1...).first { !taken.contains($0) } ?? 1
    }

    /// The text of a new file of `kind`: the required keys, and the optional ones as comments.
    static func template(_ kind: Kind, number: Int) -> String {
        switch kind {
        case .municipality:
            return """
            ---
            kind: municipality
            title: Min Kommune            # sidens titel
            name: Min Kommune             # kommunens (eller myndighedens) navn
            country: dk                   # dk eller no
            # website: "https://www.minkommune.dk"
            # color: "#1a5a96"            # accentfarve; skal have kontrast mindst 4,5:1 mod hvid
            # contact: skole@minkommune.dk
            ---
            ## Om kommunen

            Skriv et par linjer om kommunens skoler.

            """
        case .framework:
            return """
            ---
            kind: framework
            title: Fælles ledelsesgrundlag   # dokumentets titel
            label: Ledelsesgrundlag          # fx Ledelsesgrundlag, Grundkontrakt
            # adopted: 2026-01-15             # vedtaget (ÅÅÅÅ-MM-DD)
            # purposes:                       # Formål: ét punkt pr. linje
            #   - At lede læring
            # expects:                        # antal dele, dokumentet skal have
            #   approaches: 5
            ---
            ## Baggrund

            Skriv, hvorfor grundlaget findes, og hvem det gælder for.

            """
        case .programme:
            return """
            ---
            kind: programme
            title: Program for læringsledelse   # programmets titel
            goal: Skriv programmets mål her.
            # period:
            #   start: 2026-08-01
            #   end: 2028-07-31
            # contacts:
            #   - name: Navn Navnesen
            #     email: navn@kommune.dk
            ---
            ## Om programmet

            Skriv kort, hvad programmet går ud på.

            """
        case .approach:
            return """
            ---
            kind: approach
            title: Tilgangens overskrift
            number: \(number)                     # tilgangene nummereres 1, 2, 3 ...
            statement: Vi leder ...       # forpligtelsen i én sætning
            actions:                      # Derfor gør vi følgende: ét punkt pr. linje
              - Vi ...
            ---

            """
        case .role:
            return """
            ---
            kind: role
            title: Vejlederens rolle
            actor: Vejlederen             # hvem har rollen
            responsibilities:             # ansvar og opgaver: ét punkt pr. linje
              - ...
            ---

            """
        case .initiative:
            return """
            ---
            kind: initiative
            title: Indsatsens overskrift
            number: \(number)                     # indsatserne nummereres 1, 2, 3 ...
            prerequisite: Det forudsætter, at ...
            ---

            """
        case .course:
            return """
            ---
            kind: course
            title: Forløbets navn
            # period: Foråret 2027
            # audience: Skoleledere
            topics:                       # emner: ét punkt pr. linje
              - ...
            ---

            """
        case .section:
            return """
            ---
            kind: section
            title: Afsnittets overskrift
            # number: 1                   # rækkefølge blandt dokumentets dele
            ---
            Skriv afsnittet her. Overskrifter i teksten begynder med ##.

            """
        case .page:
            return """
            ---
            kind: page
            title: Om sitet
            menu: 1                       # plads i menuen; slet linjen, hvis siden ikke skal i menuen
            ---
            Skriv sidens tekst her. Overskrifter begynder med ##.

            """
        }
    }
}
