import Testing
@testable import SitegenCore

/// Where autolinks are reported on long lines (`AutolinkColumns`).
@Suite struct AutolinkColumnTests {
    /// Hostile lines of autolinks: each autolink's column used to be searched for on the whole
    /// line, several times over (5,000 bare `www.` links on a line took 17 s, and `sitegen serve`
    /// hung on every save). Each line is read about once now. No time is measured; without the
    /// fix this test runs for many minutes.
    @Test func aLineOfThousandsOfAutolinksIsReadAboutOnce() {
        let bare = (0..<20_000).map { "www.a\($0).dk" }.joined(separator: " ")
        let (r, problems) = render("Start\n" + bare + " <javascript:x>\n")
        #expect(problems.map(\.code.rawValue) == ["unsafe-link"])
        #expect(problems.map(\.location.line) == [11])
        #expect(problems.map(\.location.column) == [bare.count + 2])
        #expect(r.html.contains("<a href=\"http://www.a19999.dk\">www.a19999.dk</a>"))
        // Autolinks with an error on a paragraph's later line, where cmark's column is wrong,
        // each found after the one before it.
        let unsafe = (0..<20_000).map { "<javascript:b\($0)>" }
        let (_, later) = render("Start\n" + unsafe.joined(separator: " ") + "\n")
        #expect(later.count == 20_000)
        var (columns, column) = ([Int](), 1)
        for link in unsafe {
            columns.append(column)
            column += link.count + 1
        }
        #expect(later.map(\.location.column) == columns)
        // Autolinks not written as cmark gives them (a character reference): cmark's column is kept.
        let (_, hidden) = render("Start\n" + String(repeating: "<javascript:c&amp;d> ", count: 20_000) + "\n")
        #expect(hidden.count == 20_000)
    }

    /// Two equal autolinks on a paragraph's later line are each reported at their own column.
    @Test func equalAutolinksOnALaterLineKeepTheirOwnColumns() {
        let (_, problems) = render("Første linje\nse <javascript:a> og <javascript:a>\n")
        #expect(problems.map(\.location.column) == [4, 22])
    }
}
