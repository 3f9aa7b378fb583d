import Foundation

/// cmark-gfm writes every row of a table with as many cells as the table's header has, so a
/// small file, a wide header over many short rows, makes an enormous page (48 KB of Markdown
/// took more than 9 GB). Before a body goes to cmark, its tables are measured from the text.
/// Each table is bounded, and so are all of a file's tables together: many tables, each within
/// the limit, made a 268 KB file a 151 MB page.
enum TableLimit {
    /// The most cells (columns × rows, the header row included) a table may have.
    static let maximumCells = 100_000
    /// The most cells the tables of one body may have together.
    static let maximumCellsPerFile = 100_000

    /// A table found too large: alone, or with the tables before it in the body.
    struct OversizedTable: Equatable {
        /// The 0-based line of the body the table's header row is on.
        var line: Int
        /// The columns of its delimiter row.
        var columns: Int
        /// Its rows, the header row included.
        var rows: Int
        /// The tables before it in the body.
        var tablesBefore: Int = 0
        /// The cells of the tables before it, together.
        var cellsBefore: Int = 0

        /// The table's own cells (`Int.max` if the product overflows).
        var cells: Int {
            let product = columns.multipliedReportingOverflow(by: rows)
            return product.overflow ? Int.max : product.partialValue
        }
    }

    /// The first table of `body` with more than `maximumCells` cells, or that brings the cells
    /// of the body's tables to more than `maximumCellsPerFile`; nil when there is none. A table
    /// is a delimiter row (`|---|:--:|`) under a header line; its rows are the lines up to the
    /// next blank one. This counts generously: some of those lines may end the table in cmark's eyes.
    static func oversizedTable(in body: String, maximumCells: Int = maximumCells,
                               maximumCellsPerFile: Int = maximumCellsPerFile) -> OversizedTable? {
        var body = body
        return body.withUTF8 { bytes -> OversizedTable? in
            guard bytes.contains(UInt8(ascii: "|")) else { return nil }
            var lineIndex = 0
            var start = 0
            var previousIsText = false  // the line before is not blank: it may be a header
            var tables = 0  // the tables measured so far
            var cellsSoFar = 0  // their cells together (at most maximumCellsPerFile)
            while start < bytes.count {
                let end = lineEnd(bytes, from: start)
                let content = contentStart(bytes, start, end)
                if previousIsText, let columns = delimiterColumns(bytes, content, end) {
                    // The rows: the header, then every line up to a blank one (or the end).
                    var rows = 1
                    var next = end + 1
                    while next < bytes.count {
                        let rowEnd = lineEnd(bytes, from: next)
                        if contentStart(bytes, next, rowEnd) == rowEnd { break }
                        rows += 1
                        next = rowEnd + 1
                    }
                    let cells = columns.multipliedReportingOverflow(by: rows)
                    let total = cellsSoFar.addingReportingOverflow(cells.partialValue)
                    if cells.overflow || cells.partialValue > maximumCells || total.overflow || total.partialValue > maximumCellsPerFile {
                        return OversizedTable(line: lineIndex - 1, columns: columns, rows: rows,
                                              tablesBefore: tables, cellsBefore: cellsSoFar)
                    }
                    tables += 1
                    cellsSoFar = total.partialValue
                    // The table's lines are done with (a row that looks like a delimiter row
                    // is a row): go on at the blank line after it.
                    lineIndex += rows
                    start = next
                    previousIsText = false
                    continue
                }
                previousIsText = content != end
                lineIndex += 1
                start = end + 1
            }
            return nil
        }
    }

    /// The index of the line feed that ends the line starting at `start` (or the end).
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        // memchr looks at many bytes at a time: every body with a '|' is read line by line.
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// Where a line's content starts after blanks and block-quote markers ('>').
    private static func contentStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == UInt8(ascii: ">") { i += 1 }
        return i
    }

    /// The number of cells of a delimiter row (`| --- | :-: |`, with at least one '|'), or nil
    /// when the line is not one.
    private static func delimiterColumns(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let pipe = UInt8(ascii: "|")
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var first = start, last = end
        while last > first, isBlank(bytes[last - 1]) { last -= 1 }
        guard first < last else { return nil }
        var sawPipe = false
        if bytes[first] == pipe { first += 1; sawPipe = true }
        if last > first, bytes[last - 1] == pipe { last -= 1; sawPipe = true }
        // Cells between the pipes: each blanks, then ':'? '-'+ ':'?, in any order of '-' and ':'
        // (cmark checks the order; counting more lines as tables is harmless here).
        var cells = 0
        var cellHasDash = false
        var i = first
        while i <= last {
            let byte = i < last ? bytes[i] : pipe
            switch byte {
            case pipe:
                guard cellHasDash else { return nil }
                if i < last { sawPipe = true }
                cells += 1
                cellHasDash = false
            case UInt8(ascii: "-"): cellHasDash = true
            case UInt8(ascii: ":"): break
            case 0x20, 0x09, 0x0D: break
            default: return nil
            }
            i += 1
        }
        return sawPipe ? cells : nil
    }
}
