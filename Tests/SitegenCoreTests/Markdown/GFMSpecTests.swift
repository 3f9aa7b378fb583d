import CCmarkGFM
import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// Every example of the GFM spec and of cmark-gfm's extension tests (Tests/Fixtures/gfm-spec),
/// rendered by sitegen and by libcmark-gfm itself with the same options and extensions: the two
/// may differ only by the changes docs/CONTENT-FORMAT.md lists under "What sitegen changes in
/// the HTML cmark makes", which `SpecNormalising` undoes (and only those).
@Suite struct GFMSpecTests {
    /// Examples that differ today, by mode: a new difference fails the test, and so does a known
    /// one that is fixed while it is still listed here.
    static let knownDifferences: [Bool: Set<String>] = [
        false: [],
        // Raw HTML that stops inside a tag is dropped with an error (docs/CONTENT-FORMAT.md).
        true: ["spec-126", "spec-127", "spec-128"],
    ]

    @Test(arguments: [false, true])
    func examplesRenderAsCmarkRendersThem(unsafe: Bool) throws {
        let examples = try SpecExample.all()
        #expect(examples.count > 650)
        var differing: [String] = []
        var report = ""
        for example in examples {
            let ours = SpecNormalising.sitegen(example.markdown, unsafe: unsafe)
            let theirs = SpecNormalising.reference(example.markdown, unsafe: unsafe)
            if ours != theirs {
                differing.append(example.name)
                if !(Self.knownDifferences[unsafe] ?? []).contains(example.name) {
                    report += "\n--- \(example.name)\n\(example.markdown)\n--- cmark:\n\(theirs)\n--- sitegen:\n\(ours)"
                }
            }
        }
        let known = Self.knownDifferences[unsafe] ?? []
        let new = Set(differing).subtracting(known)
        let fixed = known.subtracting(differing)
        #expect(new.isEmpty, "examples that now differ from cmark (unsafe: \(unsafe)): \(new.sorted())\(report)")
        #expect(fixed.isEmpty, "examples listed as differing that no longer do: \(fixed.sorted())")
    }
}

/// One example of the spec files: its Markdown, named `spec-N` or `extensions-N` by its place.
struct SpecExample {
    var name: String
    var markdown: String

    static func all() throws -> [SpecExample] {
        let folder = fixturesDirectory.appendingPathComponent("gfm-spec")
        var examples: [SpecExample] = []
        for file in ["spec", "extensions"] {
            let text = try String(contentsOf: folder.appendingPathComponent(file + ".txt"), encoding: .utf8)
            let fence = String(repeating: "`", count: 32)
            var number = 0
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
            while let line = lines.popFirst() {
                guard line.hasPrefix(fence + " example") else { continue }
                number += 1
                var markdown: [Substring] = []
                while let next = lines.popFirst(), next != "." { markdown.append(next) }
                while let next = lines.popFirst(), next != fence {}
                guard !line.contains("disabled") else { continue }
                let body = markdown.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                examples.append(SpecExample(name: "\(file)-\(number)", markdown: body))
            }
        }
        return examples
    }
}

/// The two renderings of an example, with the documented changes undone.
enum SpecNormalising {
    static let extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// sitegen's HTML for a top-level file's body, as its own page shows it, without the
    /// documented changes.
    static func sitegen(_ markdown: String, unsafe: Bool) -> String {
        var bag = DiagnosticBag()
        let rendered = MarkdownRenderer(allowRawHTML: unsafe)
            .render(markdown, file: "content/x.md", contentPath: "x.md", firstLine: 1, diagnostics: &bag)
        var html = SiteURL.resolveMarkers(in: rendered.html, pagePath: "index.html")
        // Headings carry their ids (`<h2 id="maal">`).
        html = html.replacingOccurrences(of: #"<h([1-6]) id="[^"]*">"#, with: "<h$1>", options: .regularExpression)
        // Tables take focus.
        html = html.replacingOccurrences(of: "<table tabindex=\"0\">", with: "<table>")
        return addressesBlanked(html)
    }

    /// libcmark-gfm's own HTML, from its C API, with the same options and extensions; in safe
    /// mode with the documented treatment of raw HTML (shown as text, comments left out) done
    /// on the tree, and the task boxes as sitegen writes them.
    static func reference(_ markdown: String, unsafe: Bool) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
        if unsafe { options |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        // cmark-gfm's inline phase shares one table across the process: take the renderer's lock,
        // as every parse does, or a parse running meanwhile loses its autolinks.
        var finished: OpaquePointer?
        MarkdownRenderer.inlinePhase.withLock { _ in finished = cmark_parser_finish(parser) }
        guard let document = finished else { return "" }
        defer { cmark_node_free(document) }
        var unlinked: [OpaquePointer] = []
        defer { unlinked.forEach { cmark_node_free($0) } }
        if !unsafe { unlinked = rawHTMLAsText(in: document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        var html = String(cString: rendered)
        // Task boxes are characters (CONTENT-FORMAT: "Task lists").
        html = html.replacingOccurrences(of: "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> ",
                                         with: "<li><span class=\"task task-done\">\u{2611}</span> ")
            .replacingOccurrences(of: "<li><input type=\"checkbox\" disabled=\"\" /> ",
                                  with: "<li><span class=\"task\">\u{2610}</span> ")
        return addressesBlanked(html)
    }

    /// Links and images go to the site's pages and files (or lose an address that is an error),
    /// so their addresses are not compared.
    static func addressesBlanked(_ html: String) -> String {
        html.replacingOccurrences(of: #"(<a href|<img src)="[^"]*""#, with: "$1=\"\"", options: .regularExpression)
    }

    /// The documented rule for raw HTML without `unsafe`: an HTML comment is left out, the rest
    /// is shown as written, a block as a paragraph that keeps its lines.
    private static func rawHTMLAsText(in document: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        if let iterator = cmark_iter_new(document) {
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE { nodes.append(node) }
            }
            cmark_iter_free(iterator)
        }
        for node in nodes {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let shown = withoutComments(literal)
            let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
            var lines = shown.split(separator: "\n", omittingEmptySubsequences: false)
            while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
            guard !lines.isEmpty else {
                cmark_node_unlink(node)
                continue
            }
            guard let replacement = cmark_node_new(isBlock ? CMARK_NODE_PARAGRAPH : CMARK_NODE_TEXT) else { continue }
            if isBlock {
                for (index, line) in lines.enumerated() {
                    if index > 0, let lineBreak = cmark_node_new(CMARK_NODE_LINEBREAK) { cmark_node_append_child(replacement, lineBreak) }
                    if let text = cmark_node_new(CMARK_NODE_TEXT) {
                        cmark_node_set_literal(text, String(line))
                        cmark_node_append_child(replacement, text)
                    }
                }
            } else {
                cmark_node_set_literal(replacement, shown)
            }
            cmark_node_replace(node, replacement)
        }
        return nodes
    }

    /// `html` without its comments (`<!--` up to the next `-->`, or to the end).
    static func withoutComments(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let start = rest.range(of: "<!--") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "-->") else { return out }
            rest = rest[end.upperBound...]
        }
        return out + rest
    }
}
