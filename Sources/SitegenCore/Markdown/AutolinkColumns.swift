/// Finds where an autolink is written on its line, for the column of its diagnostics: cmark's
/// own column for an autolink is often wrong (see `MarkdownTreeWalker.autolinkLocation`).
///
/// The search for each autolink starts just after the previous autolink found on the same line
/// (cmark's nodes come in the order of the text), and the forms that start with `<` or `[` are
/// looked for only where the line has one, so a line of thousands of bare `www.` links is read
/// about once. What one line may cost is also capped at a few times its length: past that, as
/// on a line where an autolink is not written as cmark gives it (`<http://a&amp;b>`), cmark's
/// column is kept, as when the link is not found.
struct AutolinkColumns {
    private var lines: BodyLines
    /// The line searched last, where on it the next search starts, what it may still cost, and
    /// the offsets of its `<` and `[`.
    private var current = (line: 0, from: 0, budget: 0)
    private var openings: [UInt8: [Int]] = [:]

    init(source: String) {
        lines = BodyLines(source: source)
    }

    /// The byte column (1-based) of the autolink that cmark puts at byte column `cmarkColumn`
    /// of body line `line` (1-based): cmark's column when one of `forms` (the ways the link can
    /// be written, the likeliest first) starts there; else where the first of the forms found
    /// after the previous autolink of the line starts; else cmark's column when it lies on the
    /// line, else 1. Nil for a line outside the body.
    mutating func column(line: Int, cmarkColumn: Int, forms: [[UInt8]]) -> Int? {
        guard let range = lines.range(ofLine: line) else { return nil }
        let count = range.count
        if current.line != line { start(line: line, range: range) }
        let found: Int?? = lines.withBytes { source in
            let bytes = UnsafeBufferPointer(rebasing: source[range])
            if cmarkColumn >= 1, cmarkColumn <= count, forms.contains(where: { matches($0, in: bytes, at: cmarkColumn - 1) }) {
                return cmarkColumn - 1
            }
            for form in forms {
                if let offset = search(form, in: bytes) { return offset }
            }
            return nil
        }
        guard let found, let offset = found else { return cmarkColumn > count + 1 ? 1 : cmarkColumn }
        current.from = max(current.from, offset + 1)
        return offset + 1
    }

    private mutating func start(line: Int, range: Range<Int>) {
        current = (line, 0, 16 * range.count + 100_000)
        openings = [UInt8(ascii: "<"): [], UInt8(ascii: "["): []]
        lines.withBytes { source in
            for (offset, byte) in source[range].enumerated() where byte == UInt8(ascii: "<") || byte == UInt8(ascii: "[") {
                openings[byte, default: []].append(offset)
            }
        }
    }

    /// The first offset at or after `current.from` where `form` starts, within the budget.
    private mutating func search(_ form: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = form.first, form.count <= bytes.count else { return nil }
        let last = bytes.count - form.count
        if let offsets = openings[first] {
            var index = firstIndex(in: offsets, atLeast: current.from)
            while index < offsets.count, offsets[index] <= last {
                let offset = offsets[index]
                current.budget -= 1 + form.count
                if current.budget < 0 { return nil }
                if matches(form, in: bytes, at: offset) { return offset }
                index += 1
            }
            return nil
        }
        var offset = current.from
        while offset <= last {
            current.budget -= 1
            if bytes[offset] == first {
                current.budget -= form.count
                if matches(form, in: bytes, at: offset) { return offset }
            }
            if current.budget < 0 { return nil }
            offset += 1
        }
        return nil
    }

    /// Whether `form` is written in `bytes` at `offset`.
    private func matches(_ form: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + form.count <= bytes.count else { return false }
        for index in form.indices where bytes[offset + index] != form[index] { return false }
        return true
    }

    /// The index of the first of the sorted `offsets` that is at least `minimum`.
    private func firstIndex(in offsets: [Int], atLeast minimum: Int) -> Int {
        var (low, high) = (0, offsets.count)
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < minimum { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
