import Dispatch
import Foundation

/// What a build or a check should do.
public struct BuildOptions: Sendable {
    /// The site folder (holds sitegen.yml, content/, themes/).
    public var siteDirectory: URL
    /// Where to write; defaults to `output/` in the site folder.
    public var outputDirectory: URL?
    /// Include files with `draft: true`.
    public var includeDrafts = false
    /// Make warnings fail the build (also `strict: true` in sitegen.yml).
    public var strict = false
    /// Validate only; write nothing.
    public var checkOnly = false
    /// Use every core.
    public var parallel = true
    /// Also write a PDF of each document (also `pdf: true` in sitegen.yml).
    public var pdf = false
    /// Never write PDFs, whatever sitegen.yml says (`sitegen serve` does not keep them up to date).
    public var neverPDF = false
    /// The environment, for `WEASYPRINT`, `PATH` and `SOURCE_DATE_EPOCH`.
    public var environment = ProcessInfo.processInfo.environment
    /// Return each file's parse with its stamp, and each search entry, in the result (the
    /// incremental builder's first build, which keeps them).
    var keepsParsedFiles = false

    /// Creates options for the site in `siteDirectory`.
    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory
    }
}

/// How a build ended; the raw value is the process's exit status.
public enum BuildStatus: Int32, Sendable {
    /// Built (or checked) without errors.
    case success = 0
    /// The content has errors (or warnings under `--strict`).
    case contentErrors = 1
    /// The command or the configuration is wrong.
    case configurationError = 2

    /// The status of a build that stopped at `diagnostics`: a configuration error when one of
    /// the errors is in sitegen.yml (its footer's links are checked with the content), else
    /// content errors.
    static func failure(_ diagnostics: DiagnosticBag) -> BuildStatus {
        diagnostics.items.contains { $0.severity == .error && $0.location.file == "sitegen.yml" } ? .configurationError : .contentErrors
    }
}

/// The outcome of a build: its status, every diagnostic sorted, and what was written.
public struct BuildResult: Sendable {
    public var status: BuildStatus
    public var diagnostics: [Diagnostic]
    /// Paths of the pages written, relative to output/.
    public var pagesWritten: [String] = []
    /// The site's language from sitegen.yml (Danish when it could not be read): the language
    /// diagnostics are shown in unless `--lang` says otherwise.
    public var language: Language = .da
    /// Each content file's parse with its stamp, when `BuildOptions.keepsParsedFiles` asked.
    var parsedFiles: [ParseStage.ParsedFile] = []
    /// The search index's entry of each file, with the file's revision and language, when
    /// `BuildOptions.keepsParsedFiles` asked.
    var searchEntries: [ContentID: SearchIndex.KeptEntry] = [:]
}

/// Runs the pipeline: load → parse → assemble → validate → render → write.
public enum SiteBuilder {
    /// Builds (or checks) a site.
    public static func build(_ options: BuildOptions) -> BuildResult {
        var language = Language.da
        let clock = StageClock(environment: options.environment)
        var result = run(options, language: &language, clock: clock)
        clock.report()
        result.language = language
        return result
    }

    private static func run(_ options: BuildOptions, language: inout Language, clock: StageClock) -> BuildResult {
        var diagnostics = DiagnosticBag()
        let site = options.siteDirectory.standardizedFileURL

        // Configuration and theme: problems here are exit status 2.
        guard let config = SiteConfig.load(from: site, diagnostics: &diagnostics) else {
            return BuildResult(status: .configurationError, diagnostics: diagnostics.sorted)
        }
        language = config.language
        if diagnostics.hasErrors { return BuildResult(status: .configurationError, diagnostics: diagnostics.sorted) }
        guard let theme = Theme.load(name: config.theme, siteDirectory: site, diagnostics: &diagnostics),
              !diagnostics.hasErrors else {
            return BuildResult(status: .configurationError, diagnostics: diagnostics.sorted)
        }
        let output = (options.outputDirectory ?? site.appendingPathComponent("output")).standardizedFileURL
        if !options.checkOnly, let problem = OutputLocation.problem(output: output, site: site) {
            // The folder came from the command line (--output), or it is the site's output/.
            let source = options.outputDirectory == nil ? "output" : "--output"
            diagnostics.error(problem, at: SourceLocation(file: source))
            return BuildResult(status: .configurationError, diagnostics: diagnostics.sorted)
        }
        // PDFs: without WeasyPrint the build stops at once, before anything is read or written.
        var pdfRenderer: PDFRenderer?
        if (options.pdf || config.pdf) && !options.checkOnly && !options.neverPDF {
            switch PDFRenderer.locate(environment: options.environment) {
            case .success(let renderer): pdfRenderer = renderer
            case .failure(let unavailable):
                diagnostics.error(unavailable.problem, at: SourceLocation(file: "sitegen.yml"))
                return BuildResult(status: .configurationError, diagnostics: diagnostics.sorted)
            }
        }

        // Content.
        let contentDirectory = site.appendingPathComponent("content")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error(.missingContent, at: SourceLocation(file: "content"))
            return BuildResult(status: .configurationError, diagnostics: diagnostics.sorted)
        }
        clock.mark("configuration and theme")
        let inventory = ContentScanner.scan(contentDirectory, diagnostics: &diagnostics)
        clock.mark("scan")
        let renderer = MarkdownRenderer(allowRawHTML: config.unsafeMarkdown)
        let parsed = ParseStage.run(inventory, contentDirectory: contentDirectory, renderer: renderer, parallel: options.parallel,
                                    stamped: options.keepsParsedFiles)
        diagnostics.merge(parsed.diagnostics)
        clock.mark("parse")
        let analysed = analyse(parsed.files, inventory: inventory, config: config, contentDirectory: contentDirectory,
                               renderer: renderer, includeDrafts: options.includeDrafts,
                               pdf: (options.pdf || config.pdf) && !options.neverPDF)
        diagnostics.merge(analysed.diagnostics)
        clock.mark("assemble and validate")
        let footerHTML = analysed.footer

        let strict = options.strict || config.strict
        let failed = diagnostics.hasErrors || (strict && !diagnostics.items.isEmpty)
        if failed { return BuildResult(status: .failure(diagnostics), diagnostics: diagnostics.sorted) }
        if options.checkOnly { return BuildResult(status: .success, diagnostics: diagnostics.sorted) }

        // Render and write.
        do {
            let writer = try OutputWriter(destination: output)
            let (pages, searchEntries) = write(analysed.site, theme: theme, footerHTML: footerHTML, writer: writer,
                                               parallel: options.parallel, pdf: pdfRenderer != nil, clock: clock)
            if let pdfRenderer, writer.errors.isEmpty {
                let jobs = pdfJobs(analysed.site, staging: writer.staging, environment: options.environment)
                let failures = pdfRenderer.render(jobs, parallel: options.parallel)
                for job in jobs { try? FileManager.default.removeItem(at: job.html) }
                for (job, failure) in failures {
                    diagnostics.error(.pdfFailed(failure), at: job.document)
                }
                if !failures.isEmpty {
                    writer.discard()
                    return BuildResult(status: .contentErrors, diagnostics: diagnostics.sorted)
                }
            }
            if !writer.errors.isEmpty {
                writer.discard()
                for problem in writer.errors {
                    diagnostics.error(problem, at: SourceLocation(file: output.path))
                }
                return BuildResult(status: .configurationError, diagnostics: diagnostics.sorted)
            }
            try writer.commit()
            clock.mark("commit")
            return BuildResult(status: .success, diagnostics: diagnostics.sorted, pagesWritten: pages, parsedFiles: parsed.parsed,
                               searchEntries: options.keepsParsedFiles ? keptEntries(searchEntries, of: analysed.site) : [:])
        } catch {
            diagnostics.error(.siteWriteFailed(path: output.path, cause: FailureCause(describing: error)), at: SourceLocation(file: output.path))
            return BuildResult(status: .configurationError, diagnostics: diagnostics.sorted)
        }
    }

    /// Renders every page and writes it with the assets, the search index and the sitemap.
    /// The site assembled from parsed files, checked by the validation stage, with its footer.
    struct Analysis {
        var site: Site
        /// The footer's HTML (with `SiteURL` markers).
        var footer: String
        /// Every problem found after parsing.
        var diagnostics: DiagnosticBag
        /// The problems of placing the files and of the footer: they change only with the
        /// files' places, kinds and drafts, and with the settings.
        var assemblyDiagnostics: DiagnosticBag
        /// The problems of the municipalities' and documents' rules (numbering, 'expects' ...).
        var documentDiagnostics: DiagnosticBag
        /// The problems of 'related' lists: they change only with the lists and the set of files.
        var relatedDiagnostics: DiagnosticBag
        var bodyReferenceDiagnostics: [ContentID: DiagnosticBag]
        var headingIDs: [ContentID: Set<String>]

        /// Every problem but those of body links, which are in `bodyReferenceDiagnostics`.
        var structureDiagnostics: DiagnosticBag {
            var bag = assemblyDiagnostics
            bag.merge(documentDiagnostics)
            bag.merge(relatedDiagnostics)
            return bag
        }
    }

    /// Assembles, validates and renders the footer: the stages between parsing and rendering,
    /// shared by `build` and the incremental builder of `sitegen serve`.
    static func analyse(_ files: [ContentFile], inventory: ContentInventory, config: SiteConfig, contentDirectory: URL,
                        renderer: MarkdownRenderer, includeDrafts: Bool, pdf: Bool) -> Analysis {
        var diagnostics = DiagnosticBag()
        let assembled = AssembleStage.run(files: files, inventory: inventory, config: config,
                                          contentDirectory: contentDirectory, includeDrafts: includeDrafts)
        diagnostics.merge(assembled.diagnostics)
        diagnostics.merge(OutputClashes.check(assembled.site, pdf: pdf))
        let validation = SiteValidator.validateByFile(assembled.site)
        var footerBag = DiagnosticBag()
        let footerHTML = config.footer.map {
            renderer.render($0, file: "sitegen.yml", contentPath: "footer.md", firstLine: config.footerLine, diagnostics: &footerBag)
        }
        diagnostics.merge(footerBag)
        if let footer = footerHTML {
            // The footer's links go from the site root, as if it were content/footer.md.
            SiteValidator.checkReferences(footer.references, from: "footer.md", of: nil, site: assembled.site,
                                          headingIDs: validation.headingIDs, into: &diagnostics)
        }
        var all = diagnostics
        all.merge(validation.structure)
        for id in validation.bodyReferences.keys.sorted() { all.merge(validation.bodyReferences[id] ?? DiagnosticBag()) }
        return Analysis(site: assembled.site, footer: footerHTML.map(assembled.site.htmlWithAssetNamesOnDisk) ?? "", diagnostics: all,
                        assemblyDiagnostics: diagnostics, documentDiagnostics: validation.documents,
                        relatedDiagnostics: validation.related,
                        bodyReferenceDiagnostics: validation.bodyReferences, headingIDs: validation.headingIDs)
    }

    /// One PDF job per document; the creation date is SOURCE_DATE_EPOCH, else the document's
    /// revised or adopted date, so the same input gives the same bytes.
    static func pdfJobs(_ site: Site, staging: URL, environment: [String: String]) -> [PDFRenderer.Job] {
        let fixed = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
        return site.municipalities.flatMap(\.documents).map { document in
            let date = document.metadata.lastModified
            let printPage = staging.appendingPathComponent(document.printPath)
            let source = printPage.deletingLastPathComponent().appendingPathComponent("pdf-source.html")
            let html = (try? String(contentsOf: printPage, encoding: .utf8)) ?? ""
            try? Data(PDFSource.html(fromPrintPage: html, pagePath: document.printPath, baseURL: site.config.baseURL,
                                               folder: printPage.deletingLastPathComponent()).utf8).write(to: source)
            return PDFRenderer.Job(document: SourceLocation(file: document.file.sitePath),
                                   html: source,
                                   pdf: staging.appendingPathComponent(document.pdfPath),
                                   epoch: fixed ?? date.map(PDFRenderer.epoch(of:)) ?? 0)
        }
    }

    /// Returns the paths of the pages written and the search index's entries, in the order of
    /// `site.allFiles`.
    static func write(_ site: Site, theme: Theme, footerHTML: String, writer: OutputWriter, parallel: Bool, pdf: Bool = false,
                      clock: StageClock? = nil) -> (pages: [String], searchEntries: [String]) {
        let context = PageContext(site: site, graph: LinkGraph(site: site), theme: theme,
                                  footerHTML: footerHTML, pdfEnabled: pdf)
        let renderer = PageRenderer(context: context)
        let specs = renderer.allPages()
        clock?.mark("prepare rendering")
        let paths = ResultSlots<String>(count: specs.count)
        // The search index's entries are made by the same workers, after the pages.
        let files = site.allFiles
        let searchEntries = ResultSlots<String>(count: files.count)
        let work: @Sendable (Int) -> Void = { index in
            if index < specs.count {
                let page = renderer.render(specs[index])
                writer.write(page.html, to: page.path)
                paths[index] = page.path
            } else {
                let file = files[index - specs.count]
                searchEntries[index - specs.count] = SearchIndex.entry(for: file, labels: context.labels(site.language(of: file.id)))
            }
        }
        let count = specs.count + files.count
        if parallel {
            DispatchQueue.concurrentPerform(iterations: count, execute: work)
        } else {
            for index in 0..<count { work(index) }
        }
        clock?.mark("render and write pages")
        for (relative, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            writer.write(data, to: "assets/" + relative)
        }
        let contentDirectory = site.assetsRoot
        for asset in site.assets.sorted() where !isExcludedAsset(asset, site: site) {
            writer.copy(contentDirectory.appendingPathComponent(asset), to: asset)
        }
        let written = paths.values
        clock?.mark("assets")
        let entries = searchEntries.values
        for shard in SearchIndex.shards(entries: entries) { writer.write(shard.script, to: shard.path) }
        clock?.mark("search index")
        writer.write(Sitemap.xml(site: site, pagePaths: written), to: "sitemap.xml")
        clock?.mark("sitemap")
        return (written.sorted(), entries)
    }

    /// The search entries `write` made (in the order of `site.allFiles`), by file, with what
    /// each was made from, for the incremental builder to keep.
    private static func keptEntries(_ entries: [String], of site: Site) -> [ContentID: SearchIndex.KeptEntry] {
        var kept: [ContentID: SearchIndex.KeptEntry] = [:]
        kept.reserveCapacity(entries.count)
        for (file, entry) in zip(site.allFiles, entries) {
            kept[file.id] = (file.revision, site.language(of: file.id), entry)
        }
        return kept
    }

    /// Files beside an excluded draft are left out with it.
    static func isExcludedAsset(_ asset: String, site: Site) -> Bool {
        if site.draftOnlyAssets.contains(asset) { return true }
        let folder = asset.slashSplit().dropLast()
        guard let first = folder.first, first != "pages" else { return false }
        return site.filesByID[ContentID(folder.joined(separator: "/"))] == nil
            && site.filesByID[ContentID(String(first))] == nil
    }
}
