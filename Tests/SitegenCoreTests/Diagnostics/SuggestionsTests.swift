import Testing
@testable import SitegenCore

/// "Did you mean" suggestions compare only what can still win and share a budget per file; the
/// suggestions themselves are those of comparing every candidate.
@Suite struct SuggestionsTests {
    /// The suggestions as they were made before the bounds: every candidate compared in full.
    static func referenceClosest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let distance = referenceDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        return distance <= max(2, min(word.count, candidate.count) / 3) ? candidate : nil
    }

    static func referenceNearest(to word: String, in candidates: [String], count: Int) -> [String] {
        candidates.map { ($0, referenceDistance(word, $0)) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(count)
            .map(\.0)
    }

    static func referenceDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    static let words = ["forste", "forstee", "anden", "andet", "aarhus/grundlag/forste", "aarhus/grundlag/anden",
                        "hvorfor", "hvordan", "Hvorfor", "", "a", "ab", "ba", "faglig-ledelse", "faglig-ledelse-2",
                        "læring", "laering", "trivsel", "kilder", "kilde", "x", "xyzzy", "om", "index", "indeks",
                        "én-to-tre", "en-to-tre", "grundlag", "grundlaget", "aarhus/plan/forste-tilgang"]

    /// Closest and nearest give what comparing every candidate in full gives, ties included.
    @Test func theBoundsKeepTheSuggestions() {
        for word in Self.words {
            #expect(Suggestions.closest(to: word, in: Self.words.filter { $0 != word }) == Self.referenceClosest(to: word, in: Self.words.filter { $0 != word }), "\(word)")
            #expect(Suggestions.closest(to: word + "q", in: Self.words) == Self.referenceClosest(to: word + "q", in: Self.words), "\(word)")
            for count in [1, 3, 40] {
                #expect(Suggestions.nearest(to: word, in: Self.words, count: count) == Self.referenceNearest(to: word, in: Self.words, count: count),
                        "\(word) \(count)")
                #expect(Suggestions.nearest(to: word + "zz", in: Array(Self.words.reversed()), count: count)
                        == Self.referenceNearest(to: word + "zz", in: Array(Self.words.reversed()), count: count), "\(word) \(count)")
            }
            for other in Self.words {
                #expect(Suggestions.editDistance(word, other) == Self.referenceDistance(word, other), "\(word) \(other)")
            }
        }
        #expect(Suggestions.nearest(to: "x", in: [], count: 3) == [])
        #expect(Suggestions.nearest(to: "x", in: ["a"], count: 0) == [])
        #expect(Suggestions.closest(to: "x", in: []) == nil)
    }

    /// Within a bound, the distance is exact; beyond it, nil.
    @Test func theBoundedDistanceIsExactWithinItsBound() {
        var budget = SuggestionBudget.unlimited
        for a in Self.words {
            for b in Self.words {
                let distance = Self.referenceDistance(a, b)
                for limit in 0...4 {
                    let bounded = Suggestions.boundedEditDistance(Array(a), Array(b), atMost: limit, budget: &budget)
                    #expect(bounded == (distance <= limit ? distance : nil), "\(a) \(b) \(limit)")
                }
            }
        }
    }

    /// 5,000 mistakes against 2,000 candidates with one budget: all of them are answered, the
    /// first ones with the suggestion they always had, and once the budget is spent with none.
    /// No time is measured; without the budget this is 10 million comparisons.
    @Test func aFilesBudgetBoundsTheWorkAndTheFirstMistakesStillGetTheirSuggestion() {
        let candidates = (0..<2_000).map { "aarhus/grundlag/tilgang-\($0)" }
        var budget = SuggestionBudget()
        var answers: [[String]] = []
        for mistake in 0..<5_000 {
            answers.append(Suggestions.nearest(to: "aarhus/grundlag/tilgangg-\(mistake % 2_000)", in: candidates, count: 1, budget: &budget))
        }
        #expect(answers.count == 5_000)
        #expect(answers[0] == ["aarhus/grundlag/tilgang-0"])
        #expect(answers[1] == ["aarhus/grundlag/tilgang-1"])
        #expect(budget.isSpent)
        #expect(answers.last == [])
        // A spent budget answers nothing, and closest says so too.
        #expect(Suggestions.closest(to: "forstee", in: ["forste"], budget: &budget) == nil)
        var fresh = SuggestionBudget()
        #expect(Suggestions.closest(to: "forstee", in: ["anden", "forste"], budget: &fresh) == "forste")
        #expect(!fresh.isSpent)
    }

    /// A candidate whose length alone puts it further than the best found is not compared.
    @Test func candidatesOfAnotherLengthAreNotCompared() {
        var budget = SuggestionBudget(work: 1_000)
        let long = String(repeating: "x", count: 10_000)
        #expect(Suggestions.nearest(to: "forstee", in: ["forste", long, long, long], count: 1, budget: &budget) == ["forste"])
        #expect(!budget.isSpent)
        var other = SuggestionBudget(work: 1_000)
        #expect(Suggestions.closest(to: "forstee", in: [long, "forste", long], budget: &other) == "forste")
        #expect(!other.isSpent)
    }
}
