import Foundation

/// Helpers that turn a mistake into a suggestion: the closest known word, the slug of a name.
enum Suggestions {
    /// The comparisons the suggestions for one file may cost, counted in cells of the edit
    /// distance's table (and one for each candidate looked at): a file of thousands of broken
    /// links against a site of thousands of pages stays linear, and its first mistakes still get
    /// their suggestion.
    static let workPerFile = 20_000_000

    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    /// - Parameters:
    ///   - word: What the writer typed.
    ///   - candidates: The words that are allowed.
    static func closest(to word: String, in candidates: [String]) -> String? {
        var budget = SuggestionBudget.unlimited
        return closest(to: word, in: candidates, budget: &budget)
    }

    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely
    /// typo; nil as well once `budget` is spent. Of candidates as close, the first in sorted
    /// order. Only distances up to the largest a suggestion may have are computed, and a
    /// candidate whose length alone puts it further than the best so far is not compared.
    static func closest(to word: String, in candidates: [String], budget: inout SuggestionBudget) -> String? {
        let lowered = Array(word.lowercased())
        // No candidate further than this is suggested, whatever its length.
        var bound = max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            guard budget.spend(1) else { return nil }
            let other = Array(candidate.lowercased())
            guard abs(lowered.count - other.count) <= bound else { continue }
            guard let distance = boundedEditDistance(lowered, other, atMost: bound, budget: &budget) else {
                if budget.isSpent { return nil }
                continue
            }
            if let current = best, distance > current.distance || (distance == current.distance && !(candidate < current.candidate)) {
                continue
            }
            best = (candidate, distance)
            bound = distance
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(2, min(word.count, candidate.count) / 3)
        return distance <= allowed ? candidate : nil
    }

    /// The `count` candidates closest to `word`, closest first (as close: in sorted order).
    static func nearest(to word: String, in candidates: [String], count: Int = 3) -> [String] {
        var budget = SuggestionBudget.unlimited
        return nearest(to: word, in: candidates, count: count, budget: &budget)
    }

    /// The `count` candidates closest to `word`, closest first (as close: in sorted order); none
    /// once `budget` is spent. Once `count` are found, a candidate is compared only as far as
    /// the furthest of them, and not at all when its length alone puts it further.
    static func nearest(to word: String, in candidates: [String], count: Int = 3, budget: inout SuggestionBudget) -> [String] {
        guard count > 0 else { return [] }
        let written = Array(word)
        // The nearest so far, in the order of the result.
        var best: [(candidate: String, distance: Int)] = []
        best.reserveCapacity(count + 1)
        for candidate in candidates {
            guard budget.spend(1) else { return [] }
            let other = Array(candidate)
            let bound = best.count == count ? best[count - 1].distance : max(written.count, other.count)
            guard abs(written.count - other.count) <= bound else { continue }
            guard let distance = boundedEditDistance(written, other, atMost: bound, budget: &budget) else {
                if budget.isSpent { return [] }
                continue
            }
            let place = best.firstIndex { distance < $0.distance || (distance == $0.distance && candidate < $0.candidate) } ?? best.count
            guard place < count else { continue }
            best.insert((candidate, distance), at: place)
            if best.count > count { best.removeLast() }
        }
        return best.map(\.candidate)
    }

    /// Levenshtein distance between two strings, counted in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var budget = SuggestionBudget.unlimited
        return boundedEditDistance(a, b, atMost: max(a.count, b.count), budget: &budget) ?? max(a.count, b.count)
    }

    /// The Levenshtein distance between `a` and `b` if it is at most `limit`, else nil (nil too
    /// when `budget` runs out). Only the cells within `limit` of the diagonal are computed
    /// (a path outside them costs more than `limit`), and each is paid for from `budget`.
    static func boundedEditDistance(_ a: [Character], _ b: [Character], atMost limit: Int,
                                    budget: inout SuggestionBudget) -> Int? {
        let (m, n) = (a.count, b.count)
        guard limit >= 0, abs(m - n) <= limit else { return nil }
        if m == 0 { return n }
        if n == 0 { return m }
        let over = limit + 1  // any value above the limit: the cells outside the band
        var previous = [Int](repeating: over, count: n + 1)
        var current = [Int](repeating: over, count: n + 1)
        for j in 0...min(n, limit) { previous[j] = j }
        for i in 1...m {
            let low = max(1, i - limit), high = min(n, i + limit)
            guard budget.spend(high - low + 1) else { return nil }
            current[low - 1] = low == 1 ? (i <= limit ? i : over) : over
            var rowMinimum = current[low - 1]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                current[j] = value
                if value < rowMinimum { rowMinimum = value }
            }
            if high < n { current[high + 1] = over }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[n] <= limit ? previous[n] : nil
    }

    /// The slug for a name: lower case, æ→ae, ø→oe, å→aa, other letters without accents,
    /// runs of anything else to a single `-`.
    /// - Parameter name: A file or folder name, or a heading.
    static func slug(_ name: String) -> String {
        // Built as bytes: the slug is ASCII, and appending one character at a time to a String
        // cost a tenth of the time spent reading each Markdown file.
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingDash = false
        func append<Bytes: Collection<UInt8>>(_ replacement: Bytes) {
            if replacement.isEmpty {
                pendingDash = !out.isEmpty
                return
            }
            if pendingDash { out.append(UInt8(ascii: "-")) }
            pendingDash = false
            out.append(contentsOf: replacement)
        }
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case 0x61...0x7A, 0x30...0x39: append(CollectionOfOne(byte))
                case 0x41...0x5A: append(CollectionOfOne(byte + 0x20))
                default: append(EmptyCollection())
                }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // a combining accent: the letter before it stands without it
            } else {
                append(foldedNonASCII(scalar).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The slug letters of one non-ASCII scalar ("" for anything that is not a letter or digit).
    private static func foldedNonASCII(_ scalar: Unicode.Scalar) -> String {
        let lower = scalar.properties.lowercaseMapping
        switch lower {
        case "æ", "ä": return "ae"
        case "ø", "ö": return "oe"
        case "å": return "aa"
        case "ü": return "ue"
        case "ß": return "ss"
        default:
            let folded = lower.folding(options: .diacriticInsensitive, locale: nil)
            return folded.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) ? folded : ""
        }
    }
}

/// What is left of the work the suggestions for one file may do (`Suggestions.workPerFile`).
/// Once it is spent, no more suggestions are made for that file: the mistakes are still reported.
struct SuggestionBudget: Sendable {
    /// The work left, in cells of the edit distance's table.
    private(set) var remaining: Int

    /// A budget of `work` cells; for one file `Suggestions.workPerFile`.
    init(work: Int = Suggestions.workPerFile) {
        remaining = work
    }

    /// No bound: for the few words of a single mistake (a key, a kind).
    static var unlimited: SuggestionBudget { SuggestionBudget(work: Int.max) }

    /// Whether nothing is left.
    var isSpent: Bool { remaining <= 0 }

    /// Takes `work` from the budget; false, and the budget spent, when not that much is left.
    mutating func spend(_ work: Int) -> Bool {
        guard work <= remaining else {
            remaining = 0
            return false
        }
        remaining -= work
        return true
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (Unicode White_Space, which includes
    /// line breaks and the no-break space), computed without bridging to Foundation.
    func trimmingWhitespace() -> String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(Substring(scalars[first...last]))
    }
}
