import Testing
@testable import SitegenCore

/// sitegen's own work on a body's HTML takes time in the body's length, however many
/// footnotes, references, comments or addresses it holds (a security finding: a 20 KB page with
/// one footnote cited 4,000 times took 30 seconds, as each search from a moving start read the
/// whole text again). Each body here is not ASCII ("æ"), which made Foundation's searches slow;
/// each test took minutes with those searches and takes about a second without them.
@Suite struct LinearTimeTests {
    /// How often `needle` occurs in `text`, without overlaps (counted in bytes, as fast).
    private func occurrences(of needle: String, in text: String) -> Int {
        let bytes = Array(text.utf8), pattern = Array(needle.utf8)
        var count = 0, from = 0
        while let found = bytes.firstOffset(of: pattern, from: from) {
            count += 1
            from = found + pattern.count
        }
        return count
    }

    @Test func oneFootnoteCitedFiveThousandTimes() {
        let body = "Tekst æ" + String(repeating: " ord[^1]", count: 5_000) + ".\n\n[^1]: Noten æ.\n"
        let (r, problems) = render(body)
        #expect(problems.isEmpty)
        #expect(occurrences(of: "data-footnote-ref", in: r.html) == 5_000)
        let html = SiteURL.resolveMarkers(in: r.html, pagePath: "a/b/print/index.html", idPrefix: "del-")
        // Every reference's id and every link back to it take the page's prefix.
        #expect(occurrences(of: " id=\"del-fnref-1", in: html) == 5_000)
        #expect(occurrences(of: " href=\"#del-fnref-1", in: html) == 5_000)
        #expect(occurrences(of: " href=\"#del-fn-1\"", in: html) == 5_000)
        #expect(occurrences(of: " id=\"del-fn-1\"", in: html) == 1)
        #expect(!html.utf8.contains(0xEE), "no marker is left")
    }

    @Test func fiveThousandFootnotes() {
        let references = (1...5_000).map { "ord æ[^\($0)]" }.joined(separator: " ")
        let definitions = (1...5_000).map { "[^\($0)]: Note \($0) æ." }.joined(separator: "\n")
        let (r, problems) = render("## Afsnit\n\n" + references + "\n\n" + definitions + "\n")
        #expect(problems.isEmpty)
        #expect(r.headings.map(\.id) == ["afsnit"])
        let html = SiteURL.resolveMarkers(in: r.html, pagePath: "a/b/print/index.html", idPrefix: "del-")
        #expect(occurrences(of: " id=\"del-fn-", in: html) == 5_000)
        #expect(occurrences(of: " id=\"del-fnref-", in: html) == 5_000)
        #expect(occurrences(of: " href=\"#del-fn-", in: html) == 5_000)
        #expect(occurrences(of: " href=\"#del-fnref-", in: html) == 5_000)
        #expect(html.contains(" id=\"del-fn-4999\""))
    }

    /// A heading may not take a footnote's id, however many links back the footnote has.
    @Test func aHeadingAvoidsTheIDsOfAFootnoteCitedOftenAndNoMore() {
        let body = "## fnref-1-4000\n\n## fn-1\n\n## fnref-1-5001\n\nTekst æ" + String(repeating: " ord[^1]", count: 5_000)
            + ".\n\n[^1]: Noten æ.\n"
        let (r, _) = render(body)
        #expect(r.headings.map(\.id) == ["fnref-1-4000-1", "fn-1-1", "fnref-1-5001"])
    }

    /// A line of comments is one HTML block; without `unsafe: true` its comments are left out.
    @Test func fiveThousandCommentsOnALine() {
        let (r, problems) = render(String(repeating: "<!-- note æ -->", count: 5_000) + " slut æ\n")
        #expect(problems.isEmpty)
        #expect(r.html == "<p> slut æ</p>\n")
        #expect(!r.plainText.contains("note"))
    }

    @Test func fiveThousandCommentsInUnsafeMode() {
        let block = String(repeating: "<!-- note æ -->", count: 5_000) + " slut æ\n"
        let (r, problems) = render(block, unsafe: true)
        #expect(problems.isEmpty)
        #expect(occurrences(of: "<!-- note æ -->", in: r.html) == 5_000)
        let inline = "Tekst" + String(repeating: " æ <!-- note æ -->", count: 5_000) + " slut.\n"
        let (i, inlineProblems) = render(inline, unsafe: true)
        #expect(inlineProblems.isEmpty)
        #expect(occurrences(of: "<!-- note æ -->", in: i.html) == 5_000)
        let (text, _) = render(inline)
        #expect(occurrences(of: "note", in: text.html) == 0)
        #expect(text.html.hasSuffix(" slut.</p>\n"))
    }

    /// A style attribute that names a scheme thousands of times inside CSS names, where it is no address.
    @Test func aStyleAttributeNamingASchemeFiveThousandTimes() {
        let style = String(repeating: "x-data:1;æ", count: 5_000)
        let (r, problems) = render("<p style=\"\(style)\">y</p>\n", unsafe: true)
        #expect(problems.isEmpty)
        #expect(r.html.contains(style))
        // A CSS escape hides the scheme from all but the CSS check, which reads past every name.
        let (bad, badProblems) = render("<p style=\"\(style)background:url(d\\61ta:x)\">y</p>\n", unsafe: true)
        #expect(badProblems.map(\.code.rawValue) == ["unsafe-link"])
        #expect(!bad.html.contains("url(d"))
    }

    /// The byte searches cut comments where the searches by character did.
    @Test func commentsAreCutAsBefore() {
        #expect(MarkdownTreeWalker.withoutComments("a<!-- x -->b<!---->c<!-->d-->e") == "abce")
        #expect(MarkdownTreeWalker.withoutComments("æ <!-- open") == "æ ")
        #expect(MarkdownTreeWalker.withoutComments("ø --> <!-- -->å") == "ø --> å")
        #expect(MarkdownTreeWalker.withoutComments("ingen") == "ingen")
    }

    @Test func footnoteIDsAreReadAsBefore() {
        let html = "<li id=\"fn-a\">æ <a href=\"#fnref-a\" class=\"x\">↩</a> <a href=\"#fnref-a-2\">2</a> id=\"fnord"
        #expect(HeadingIDs.footnoteIDs(inHTML: html) == ["fn-a", "fnref-a", "fnref-a-2"])
    }
}
