import Testing
@testable import SitegenCore

/// The footnote check tells a label without a note once, and its hints name a few labels and
/// count the rest: 247 KB of Markdown made 1.6 GB of diagnostics.
@Suite struct FootnoteBudgetTests {
    /// 20,000 references to one label with no note: one error, at the first of them.
    @Test func aRepeatedUndefinedLabelIsToldOnceAtItsFirstReference() {
        let body = (0..<20_000).map { _ in "Se noten.[^mangler]" }.joined(separator: "\n") + "\n"
        let (_, problems) = render(body)
        #expect(problems.map(\.code.rawValue) == ["footnote-undefined"])
        #expect(problems.map(\.location.line) == [10])
        #expect(problems.map(\.location.column) == [10])
        // Another case of the same label is the same label.
        let (_, cases) = render("Se[^Mangler] og[^mangler] og[^MANGLER].\n\nIgen[^andet].\n")
        #expect(cases.map(\.code.rawValue) == ["footnote-undefined", "footnote-undefined"])
        #expect(cases.map(\.location.line) == [10, 12])
    }

    /// A hint names at most five labels and says how many more there are, in each language.
    @Test func aHintNamesFiveLabelsAndCountsTheRest() {
        let notes = (0..<10).map { "[^n\($0)]: Note \($0)." }.joined(separator: "\n")
        let uses = (0..<10).map { "Brug[^n\($0)]." }.joined(separator: " ")
        let (_, problems) = render("Tekst[^mangler].\n\n" + uses + "\n\n" + notes + "\n")
        #expect(problems.map(\.code.rawValue) == ["footnote-undefined"])
        let problem = problems.first
        #expect(problem?.hint == "use the label of a note that is written ([^n0], [^n1], [^n2], [^n3], [^n4] and 5 more), or write the note on a line of its own: [^mangler]: the note's text")
        #expect(problem?.hint(in: .da) == "brug mærket på en note, der findes ([^n0], [^n1], [^n2], [^n3], [^n4] og 5 flere), eller skriv noten på en linje for sig: [^mangler]: notens tekst")
        #expect(problem?.hint(in: .nb) == "bruk merket til en note som finnes ([^n0], [^n1], [^n2], [^n3], [^n4] og 5 til), eller skriv noten på en egen linje: [^mangler]: teksten i noten")
    }

    /// The hint of an unused note names at most five of the labels without a note.
    @Test func anUnusedNotesHintNamesFiveUndefinedLabels() {
        let references = (0..<7).map { "Tekst[^u\($0)]." }.joined(separator: " ")
        let (_, problems) = render(references + "\n\n[^note]: Ubrugt.\n")
        #expect(problems.map(\.code.rawValue) == Array(repeating: "footnote-undefined", count: 7) + ["footnote-unused"])
        #expect(problems.last?.hint == "the text refers to [^u0], [^u1], [^u2], [^u3], [^u4] and 2 more, which has no note: give this note that label, or refer to it with [^note]")
        // Five or fewer: all named, nothing counted.
        let (_, few) = render("Tekst[^u0] og[^u1].\n\n[^note]: Ubrugt.\n")
        #expect(few.last?.hint == "the text refers to [^u0], [^u1], which has no note: give this note that label, or refer to it with [^note]")
    }

    /// Many notes and many labels without one: each label is told once, each hint stays short.
    @Test func manyNotesAndManyUndefinedLabelsKeepTheHintsShort() {
        let notes = (0..<2_000).map { "[^n\($0)]: Note." }.joined(separator: "\n")
        let references = (0..<2_000).map { "Tekst[^u\($0 % 500)]." }.joined(separator: "\n")
        let (_, problems) = render(references + "\n\n" + notes + "\n")
        #expect(problems.filter { $0.code.rawValue == "footnote-undefined" }.count == 500)
        #expect(problems.filter { $0.code.rawValue == "footnote-unused" }.count == 2_000)
        #expect(problems.allSatisfy { ($0.hint?.count ?? 0) < 300 })
    }
}
