import Dispatch
import Foundation

/// Runs the pipeline for `sitegen build` and `sitegen check`: settings and theme (`BuildPlan`)
/// → scan (`ContentScanner`) → parse (`ParseStage`) → assemble and validate (`SiteAnalysis`)
/// → render and write (`WriteStage`, into a staging folder) → PDFs (`PDFStage`) → commit.
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

    /// The language of the site in `siteDirectory` (sitegen.yml's `language`), Danish when it
    /// cannot be read: for what a command says before it builds.
    package static func siteLanguage(_ siteDirectory: URL) -> Language {
        var ignored = DiagnosticBag()
        return SiteConfig.load(from: siteDirectory, diagnostics: &ignored)?.language ?? .da
    }

    private static func run(_ options: BuildOptions, language: inout Language, clock: StageClock) -> BuildResult {
        var diagnostics = DiagnosticBag()
        let layout = SiteLayout(options)

        // Settings, theme, output folder and WeasyPrint: problems here are exit status 2.
        let loaded = BuildPlan.load(options, layout: layout, diagnostics: &diagnostics)
        language = loaded.language ?? .da
        guard let plan = loaded.plan else { return BuildResult(status: .configurationError, diagnostics: diagnostics.sorted) }
        let output = layout.outputDirectory

        // Content.
        let contentDirectory = layout.contentDirectory
        guard layout.hasContentDirectory else {
            diagnostics.error(.missingContent, at: SourceLocation(file: "content"))
            return BuildResult(status: .configurationError, diagnostics: diagnostics.sorted)
        }
        clock.mark("configuration and theme")
        let inventory = ContentScanner.scan(contentDirectory, diagnostics: &diagnostics)
        clock.mark("scan")
        let parsed = ParseStage.run(inventory, contentDirectory: contentDirectory, renderer: plan.markdownRenderer,
                                    parallel: options.parallel, stamped: options.keepsParsedFiles)
        diagnostics.merge(parsed.diagnostics)
        clock.mark("parse")
        let analysed = SiteAnalysis.analyse(parsed.files, inventory: inventory, plan: plan)
        diagnostics.merge(analysed.diagnostics)
        clock.mark("assemble and validate")

        if plan.stops(at: diagnostics) { return BuildResult(status: .failure(diagnostics), diagnostics: diagnostics.sorted) }
        if options.checkOnly { return BuildResult(status: .success, diagnostics: diagnostics.sorted) }

        // Render and write.
        do {
            let writer = try OutputWriter(destination: output)
            let (pages, searchEntries) = WriteStage.write(analysed.site, theme: plan.theme, footerHTML: analysed.footer, writer: writer,
                                                          parallel: options.parallel, pdf: plan.pdfRenderer != nil, clock: clock)
            if let pdfRenderer = plan.pdfRenderer, writer.errors.isEmpty {
                let jobs = PDFStage.jobs(analysed.site, writer: writer, environment: options.environment)
                let failures = pdfRenderer.render(jobs, parallel: options.parallel)
                for document in analysed.site.municipalities.flatMap(\.documents) { writer.remove(PDFStage.sourcePath(of: document)) }
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
                               searchEntries: options.keepsParsedFiles ? WriteStage.keptEntries(searchEntries, of: analysed.site) : [:])
        } catch {
            diagnostics.error(.siteWriteFailed(path: output.path, cause: FailureCause(error)), at: SourceLocation(file: output.path))
            return BuildResult(status: .configurationError, diagnostics: diagnostics.sorted)
        }
    }
}
