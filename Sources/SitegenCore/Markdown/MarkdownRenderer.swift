internal import CCmarkGFM
import Foundation
import Synchronization

/// Renders a Markdown body through libcmark-gfm, walking cmark's tree to give headings ids,
/// rewrite links to content files into page links, and collect links and images for checking.
/// Here: cmark's life cycle for one body (parser, extensions, parse, walk, rendering); the walk
/// is `MarkdownTreeWalker`, the changes to the HTML are in HTMLPatches.swift.
struct MarkdownRenderer: Sendable {
    /// Whether raw HTML in bodies is kept (`markdown: {unsafe: true}` in sitegen.yml).
    var allowRawHTML: Bool

    /// Serialises cmark-gfm's inline phase; see `render`.
    static let inlinePhase = Mutex(())

    /// Creates a renderer.
    init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
        Self.registerExtensions
    }

    private static let registerExtensions: Void = { cmark_gfm_core_extensions_ensure_registered() }()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Renders one body.
    /// - Parameters:
    ///   - body: The Markdown after the front matter.
    ///   - file: The content file's path relative to the site folder (`content/a/b.md`).
    ///   - contentPath: The file's path under content/ (`a/b.md`), to resolve relative links.
    ///   - firstLine: The file line of the body's first line.
    ///   - oneLevelDown: Also render the body with its headings one level lower (a part's, for
    ///     the print page).
    ///   - diagnostics: Where problems go.
    func render(_ body: String, file: String, contentPath: String, firstLine: Int, oneLevelDown: Bool = false,
                       diagnostics: inout DiagnosticBag) -> RenderedMarkdown {
        if let table = TableLimit.oversizedTable(in: body) {
            // cmark would write every row as wide as the header: the body is not rendered, and
            // the error fails the build. A table within the limit passes the file's: at that table.
            let cells = table.columns.multipliedReportingOverflow(by: table.rows).partialValue
            let problem: Problem = table.cells > TableLimit.maximumCells
                ? .tableTooLarge(columns: table.columns, rows: table.rows, cells: cells, limit: TableLimit.maximumCells)
                : .tablesTooLarge(tables: table.tablesBefore + 1, cells: table.cellsBefore + table.cells,
                                  limit: TableLimit.maximumCellsPerFile)
            diagnostics.error(problem, at: SourceLocation(file: file, line: firstLine + table.line, column: 1))
            return RenderedMarkdown(html: "", headings: [], references: [], plainText: "")
        }
        if let finding = MarkupLimit.finding(in: body) {
            // Debian's libcmark-gfm would take minutes or hours on these shapes (CVE-2023-22483,
            // CVE-2023-24824, CVE-2023-37463): the body is not rendered, and the error fails the build.
            switch finding {
            case .crowdedLine(let line, let pipes):
                diagnostics.error(.lineWithTooManyPipes(pipes: pipes, limit: MarkupLimit.maximumPipesPerLine),
                                  at: SourceLocation(file: file, line: firstLine + line, column: 1))
            case .unclosedOpenings(let opening, let count, let line, let column):
                diagnostics.error(.unclosedHTMLOpenings(opening: opening, count: count, limit: MarkupLimit.maximumUnclosedOpenings),
                                  at: SourceLocation(file: file, line: firstLine + line, column: column))
            }
            return RenderedMarkdown(html: "", headings: [], references: [], plainText: "")
        }
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(options) else {
            return RenderedMarkdown(html: "", headings: [], references: [], plainText: "")
        }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var source = body
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        // cmark-gfm keeps the extensions' inline characters (':' and 'w' of autolinks, '~' of
        // strikethrough) in one table for the whole process: each parse adds them when its
        // inlines start and removes them when they end, so another parse running at that moment
        // lost its links and strikethrough (github/cmark-gfm#221). Block parsing (feed) runs
        // on every core; the inline phase (finish) runs one at a time.
        var finished: OpaquePointer?
        Self.inlinePhase.withLock { _ in finished = cmark_parser_finish(parser) }
        guard let document = finished else {
            return RenderedMarkdown(html: "", headings: [], references: [], plainText: "")
        }
        defer { cmark_node_free(document) }

        var walker = MarkdownTreeWalker(file: file, contentPath: contentPath, firstLine: firstLine, allowRawHTML: allowRawHTML)
        walker.source = body
        walker.walk(document)
        // Headings may not take a footnote's id: cmark makes them from the footnotes' labels,
        // so each definition is rendered alone to read them (rare: only bodies with footnotes).
        var footnoteIDs = Set<String>()
        for definition in walker.footnoteDefinitions {
            guard let rendered = cmark_render_html(definition, options, cmark_parser_get_syntax_extensions(parser)) else { continue }
            footnoteIDs.formUnion(HeadingIDs.footnoteIDs(inHTML: String(cString: rendered)))
            free(rendered)
        }
        walker.assignHeadingIDs(reserving: footnoteIDs)
        walker.reportUnreadMarkdown()
        // The replaced heading nodes must outlive rendering: their text children's literals point
        // into the heading's own buffer (found by the FuzzMarkdown target: heap-use-after-free).
        let replacedHeadings = walker.replaceHeadings() + walker.replaceRawHTML()
        walker.replaceTaskBoxes()
        defer { replacedHeadings.forEach { cmark_node_free($0) } }
        diagnostics.merge(walker.diagnostics)

        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return RenderedMarkdown(html: "", headings: walker.headings, references: walker.references, plainText: "")
        }
        defer { free(rendered) }
        var result = RenderedMarkdown(html: Self.patched(String(cString: rendered), footnoteIDs: footnoteIDs), headings: walker.headings,
                                      references: walker.references, plainText: walker.plainText.text)
        if oneLevelDown, !walker.headingTags.isEmpty {
            walker.shiftHeadingTags()
            if let shifted = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) {
                result.htmlOneLevelDown = Self.patched(String(cString: shifted), footnoteIDs: footnoteIDs)
                free(shifted)
            }
        }
        return result
    }
}
