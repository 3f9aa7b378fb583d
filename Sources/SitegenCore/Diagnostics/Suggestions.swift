import Foundation

/// Helpers that turn a mistake into a suggestion: the closest known word, the slug of a name.
public enum Suggestions {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    /// - Parameters:
    ///   - word: What the writer typed.
    ///   - candidates: The words that are allowed.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(2, min(word.count, candidate.count) / 3)
        return distance <= allowed ? candidate : nil
    }

    /// The `count` candidates closest to `word`, closest first.
    public static func nearest(to word: String, in candidates: [String], count: Int = 3) -> [String] {
        candidates
            .map { ($0, editDistance(word, $0)) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(count)
            .map(\.0)
    }

    /// Levenshtein distance between two strings, counted in characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The slug for a name: lower case, æ→ae, ø→oe, å→aa, other letters without accents,
    /// runs of anything else to a single `-`.
    /// - Parameter name: A file or folder name, or a heading.
    public static func slug(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for character in name.lowercased() {
            let replacement: String
            switch character {
            case "æ": replacement = "ae"
            case "ø": replacement = "oe"
            case "å": replacement = "aa"
            case "ä": replacement = "ae"
            case "ö": replacement = "oe"
            case "ü": replacement = "ue"
            case "ß": replacement = "ss"
            default:
                let folded = String(character).folding(options: .diacriticInsensitive, locale: nil)
                replacement = folded.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) ? folded : ""
            }
            if replacement.isEmpty {
                pendingDash = !out.isEmpty
            } else {
                if pendingDash { out += "-" }
                pendingDash = false
                out += replacement
            }
        }
        return out
    }
}
