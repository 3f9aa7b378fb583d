import Foundation

/// Helpers that turn a mistake into a suggestion: the closest known word, the slug of a name.
enum Suggestions {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    /// - Parameters:
    ///   - word: What the writer typed.
    ///   - candidates: The words that are allowed.
    static func closest(to word: String, in candidates: [String]) -> String? {
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
    static func nearest(to word: String, in candidates: [String], count: Int = 3) -> [String] {
        candidates
            .map { ($0, editDistance(word, $0)) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(count)
            .map(\.0)
    }

    /// Levenshtein distance between two strings, counted in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
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
