import Testing
@testable import SitegenCore

/// The tables of one body are bounded together, not only each on its own (`TableLimit`).
@Suite struct TableBudgetTests {
    /// A table of `columns` columns and `rows` rows (the header row included), ending in a line feed.
    static func table(columns: Int, rows: Int) -> String {
        let header = "|" + String(repeating: "a|", count: columns) + "\n" + "|" + String(repeating: "-|", count: columns) + "\n"
        return header + String(repeating: "|" + String(repeating: "x|", count: columns) + "\n", count: rows - 1)
    }

    /// `count` tables of 5,000 cells (10 columns, 500 rows), a blank line between them: each
    /// takes 502 lines.
    static func tables(_ count: Int) -> String {
        Array(repeating: table(columns: 10, rows: 500), count: count).joined(separator: "\n")
    }

    /// 30 tables of 5,000 cells, each far within the limit of one table: the 21st brings the
    /// file to 105,000 cells, and is the one error, at its header row.
    @Test func manyTablesWithinTheLimitEachPassTheFilesLimitOnce() {
        let (r, problems) = render(Self.tables(30))
        #expect(problems.map(\.code.rawValue) == ["table-too-large"])
        #expect(problems.map(\.location.line) == [10 + 20 * 502], "the 21st table's header row, the body starting at line 10")
        #expect(problems.first?.location.column == 1)
        #expect(problems.first?.message == "with this table the file's 21 tables have 105000 cells together; at most 100000 are allowed in one file")
        #expect(problems.first?.hint?.hasPrefix("move some of the tables to a page of their own") == true)
        #expect(problems.first?.message(in: .da) == "med denne tabel har filens 21 tabeller 105000 celler tilsammen; højst 100000 er tilladt i én fil")
        #expect(problems.first?.message(in: .nb) == "med denne tabellen har filens 21 tabeller 105000 celler til sammen; høyst 100000 er tillatt i én fil")
        #expect(r.html == "", "the body is not handed to cmark")
        #expect(TableLimit.oversizedTable(in: Self.tables(30))
                == TableLimit.OversizedTable(line: 20 * 502, columns: 10, rows: 500, tablesBefore: 20, cellsBefore: 100_000))
    }

    /// Exactly the limit is allowed: 20 tables of 5,000 cells.
    @Test func tablesUpToTheFilesLimitAreAllowed() {
        #expect(TableLimit.oversizedTable(in: Self.tables(20)) == nil)
        let small = Array(repeating: "| a | b |\n|---|---|\n| 1 | 2 |\n", count: 50).joined(separator: "\n")
        let (r, problems) = render(small)
        #expect(problems == [])
        #expect(r.html.contains("<td>2</td>"))
    }

    /// A table too large on its own is told as before, even after smaller ones.
    @Test func aTableTooLargeAloneKeepsItsOwnMessage() {
        let body = Self.tables(2) + "\n" + Self.table(columns: 500, rows: 300)
        let (_, problems) = render(body)
        #expect(problems.map(\.code.rawValue) == ["table-too-large"])
        #expect(problems.first?.message == "the table has 500 columns and 300 rows, 150000 cells; at most 100000 are allowed")
        #expect(problems.map(\.location.line) == [10 + 2 * 502])
    }

    /// The limit of the file is its own parameter: three tables of 6 cells with a limit of 15.
    @Test func theFilesLimitCountsEveryTableBeforeIt() {
        let body = Array(repeating: "a|b\n-|-\n1|2\n3|4\n", count: 3).joined(separator: "\n")
        #expect(TableLimit.oversizedTable(in: body, maximumCells: 100, maximumCellsPerFile: 15)
                == TableLimit.OversizedTable(line: 10, columns: 2, rows: 3, tablesBefore: 2, cellsBefore: 12))
        #expect(TableLimit.oversizedTable(in: body, maximumCells: 100, maximumCellsPerFile: 18) == nil)
    }
}
