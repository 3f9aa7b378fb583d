import Testing
@testable import SitegenCore

/// Shapes Debian's libcmark-gfm (0.29.0.gfm.6) reads in a time that grows with the square of their
/// length (CVE-2023-22483, CVE-2023-24824, CVE-2023-37463) are refused before cmark reads them
/// (`MarkupLimit`). Each body here is about 100 KB: without the check each test took minutes.
@Suite struct MarkupLimitTests {
    @Test func unclosedProcessingInstructions() {
        let (r, problems) = render("a" + String(repeating: "<?", count: 50_000) + "\n")
        #expect(problems.map(\.code.rawValue) == ["file-too-large"])
        #expect(problems.map(\.location.line) == [10])
        #expect(problems.map(\.location.column) == [2])
        #expect(problems.first?.message == "'<?' is in the file 50000 times without a closing '?>' after it on the same line (this is the first); at most 100 are allowed, as more take the build a very long time to read")
        #expect(problems.first?.hint == "write '<?' as '&lt;?' in the text, or close it on the same line with '?>'; in code it counts too")
        #expect(problems.first?.message(in: .da) == "'<?' står 50000 gange i filen uden et afsluttende '?>' efter sig på samme linje (her er den første); højst 100 er tilladt, for flere tager meget lang tid at læse")
        #expect(problems.first?.message(in: .nb) == "'<?' står 50000 ganger i filen uten en avsluttende '?>' etter seg på samme linje (her er den første); høyst 100 er tillatt, for flere tar svært lang tid å lese")
        #expect(r.html == "", "the body is not handed to cmark")
    }

    @Test func unclosedCDATASections() {
        let (r, problems) = render("Tekst æ\n\nx " + String(repeating: "<![CDATA[", count: 11_000) + "\n")
        #expect(problems.map(\.code.rawValue) == ["file-too-large"])
        #expect(problems.map(\.location.line) == [12])
        #expect(problems.map(\.location.column) == [3])
        #expect(problems.first?.message.hasPrefix("'<![CDATA[' is in the file 11000 times without a closing ']]>'") == true)
        #expect(r.html == "")
    }

    @Test func unclosedDeclarations() {
        // With a blank after the letter (cmark 0.29's declarations), and without.
        for body in ["a" + String(repeating: "<!D ", count: 25_000), "æ" + String(repeating: "<!A", count: 33_000)] {
            let (r, problems) = render(body + "\n")
            #expect(problems.map(\.code.rawValue) == ["file-too-large"])
            #expect(problems.map(\.location.line) == [10])
            #expect(problems.map(\.location.column) == [2], "columns count characters: 'æ' is one")
            #expect(problems.first?.message.hasPrefix("'<!' followed by a letter is in the file") == true)
            #expect(problems.first?.hint == "write '<!' as '&lt;!' in the text, or close it on the same line with '>'; in code it counts too")
            #expect(r.html == "")
        }
    }

    /// An end in the next table cell, or after a line end cmark sees (a lone carriage return), does
    /// not end the openings: cmark reads each cell and each block on its own.
    @Test func anEndInAnotherCellOrBlockDoesNotCount() {
        let table = "| a | b |\n|---|---|\n| " + String(repeating: "<?", count: 40_000) + " | ?> |\n"
        let (r, problems) = render(table)
        #expect(problems.map(\.code.rawValue) == ["file-too-large"])
        #expect(problems.map(\.location.line) == [12])
        #expect(problems.map(\.location.column) == [3])
        #expect(r.html == "")
        #expect(MarkupLimit.finding(in: String(repeating: "<?", count: 50_000) + "\r# ?>\n")
                == MarkupLimit.Finding.unclosedOpenings(opening: .processingInstruction, count: 50_000, line: 0, column: 1))
        // Closed on its line, the first opening takes in the others: cmark reads the line once.
        #expect(MarkupLimit.finding(in: String(repeating: "<?", count: 50_000) + "?>\n") == nil)
    }

    @Test func aLineOfThousandsOfPipesAfterAParagraphLine() {
        let (r, problems) = render("Tekst\n" + String(repeating: "|", count: 100_000) + "\n")
        #expect(problems.map(\.code.rawValue) == ["table-too-large"])
        #expect(problems.map(\.location.line) == [11])
        #expect(problems.map(\.location.column) == [1])
        #expect(problems.first?.message == "the line has 100000 '|'; at most 1000 are allowed on one line, as more take the build a very long time to read")
        #expect(problems.first?.hint?.hasPrefix("split the table into smaller tables") == true)
        #expect(problems.first?.message(in: .da) == "linjen har 100000 '|'; højst 1000 er tilladt på én linje, for flere tager meget lang tid at læse")
        #expect(r.html == "")
    }

    /// A table within the limit of cells (2,000 columns, 2 rows) whose lines have too many '|'.
    @Test func aWideTableWithinTheCellLimit() {
        let body = TableBudgetTests.table(columns: 2_000, rows: 2)
        #expect(TableLimit.oversizedTable(in: body) == nil)
        let (r, problems) = render(body)
        #expect(problems.map(\.code.rawValue) == ["table-too-large"])
        #expect(problems.map(\.location.line) == [10])
        #expect(r.html == "")
        #expect(MarkupLimit.finding(in: body) == MarkupLimit.Finding.crowdedLine(line: 0, pipes: 2_001))
    }

    @Test func theLimitsThemselvesAreAllowed() {
        let hundred = String(repeating: "<?x\n", count: 100)
        #expect(MarkupLimit.finding(in: hundred) == nil)
        #expect(MarkupLimit.finding(in: hundred + "<?x\n") == MarkupLimit.Finding.unclosedOpenings(opening: .processingInstruction, count: 101, line: 0, column: 1))
        #expect(MarkupLimit.finding(in: String(repeating: "|", count: 1_000) + "\n") == nil)
        #expect(MarkupLimit.finding(in: "a\n" + String(repeating: "|", count: 1_001)) == MarkupLimit.Finding.crowdedLine(line: 1, pipes: 1_001))
        // 100 of each kind is within each kind's limit.
        #expect(MarkupLimit.finding(in: String(repeating: "<? <![CDATA[ <!A\n", count: 100)) == nil)
    }

    @Test func harmlessTextIsNotRefused() {
        let body = """
            Her er et eksempel: `<?php echo 1; ?>` og `<?xml`, og en note <!-- kommentar -->.

            ```php
            <?php
            echo "hej";
            ```

            <!-- en kommentar
            over to linjer -->

            | a | b |
            |---|---|
            | 1 | `<?` |

            """
        let (r, problems) = render(body)
        #expect(problems == [])
        #expect(r.html.contains("<td>1</td>"))
        #expect(r.html.contains("&lt;?php"))
        #expect(MarkupLimit.finding(in: body + "<!DOCTYPE html>\n<![CDATA[ x ]]>\n") == nil)
    }
}
