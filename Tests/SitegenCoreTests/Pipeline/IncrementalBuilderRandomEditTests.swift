import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class IncrementalBuilderRandomEditTests: XCTestCase {
    /// Random edits of the kinds a writer makes, one after another, mistakes included: after
    /// each, the diagnostics are a full build's and so is the output (when there are no errors),
    /// whichever path the rebuild took.
    func testRandomEditsGiveTheSameOutputAsAFullBuild() throws {
        let (site, builder) = try quickSite()
        var texts = minimalSiteFiles()
        // From each file, links that reach other files of the minimal site.
        let links: [String: [String]] = [
            "content/aarhus/index.md": ["grundlag/index.md", "grundlag/forste.md#hvorfor", "../pages/om.md"],
            "content/aarhus/grundlag/index.md": ["anden.md", "vejlederen.md", "../index.md"],
            "content/aarhus/grundlag/forste.md": ["anden.md", "vejlederen.md", "../../pages/om.md"],
            "content/aarhus/grundlag/anden.md": ["forste.md#hvorfor", "vejlederen.md", "../index.md"],
            "content/aarhus/grundlag/vejlederen.md": ["forste.md", "anden.md", "index.md"],
            "content/pages/om.md": ["../aarhus/grundlag/anden.md", "../aarhus/grundlag/vejlederen.md"],
        ]
        var random = SplitMix64(seed: 6)
        var quick = 0, errors = 0
        for step in 0..<60 {
            let count = random.next(below: 4) == 0 ? 2 : 1
            var changed: [String] = []
            for _ in 0..<count {
                let path = links.keys.sorted()[random.next(below: links.count)]
                var text = texts[path] ?? ""
                switch random.next(below: 10) {
                case 0: text += "\n\nSætning \(step).\n"
                case 1 where !path.hasPrefix("content/pages/"):
                    text = text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Ny \(step) ")
                case 2, 3:
                    let targets = links[path] ?? []
                    text += "\n\nSe [side \(step)](\(targets[random.next(below: targets.count)])).\n"
                case 4: text += "\n\n## Emne \(step)\n\nTekst.\n"
                case 5 where path.hasSuffix("forste.md"):
                    // The heading other files link to: the links' warnings come and go.
                    text = text.contains("## Hvorfor") ? text.replacingOccurrences(of: "## Hvorfor", with: "## Derfor")
                        : text.replacingOccurrences(of: "## Derfor", with: "## Hvorfor")
                case 6 where path.hasSuffix("forste.md") || path.hasSuffix("anden.md"):
                    // Numbers: a swap reorders the parts, a twin or a gap is an error.
                    text = text.replacingOccurrences(of: #"number: \d"#, with: "number: \(1 + random.next(below: 3))",
                                                     options: .regularExpression)
                case 7 where path.hasSuffix("forste.md"):
                    let related = ["aarhus/grundlag/anden", "aarhus/grundlag/vejlederen", "aarhus/grundlag/ingen"]
                    text = text.replacingOccurrences(of: #"  - aarhus/grundlag/\w+"#, with: "  - " + related[random.next(below: 3)],
                                                     options: .regularExpression)
                case 8 where path.hasSuffix("grundlag/index.md"):
                    // 2023 is before 'adopted': an error.
                    let dates = ["2025-03-01", "2025-06-01", "2023-01-01"]
                    text = text.replacingOccurrences(of: #"revised: [0-9-]+"#, with: "revised: " + dates[random.next(below: 3)],
                                                     options: .regularExpression)
                case 9 where path == "content/aarhus/index.md":
                    // The last colour is too light: an error.
                    let colours = ["#00558c", "#7a1f3d", "#ffee00"]
                    text = text.replacingOccurrences(of: ##"color: "#[0-9a-f]+""##, with: "color: \"\(colours[random.next(below: 3)])\"",
                                                     options: .regularExpression)
                    text = text.replacingOccurrences(of: #"name: Aarhus Kommune[^\n]*"#, with: "name: Aarhus Kommune \(step)",
                                                     options: .regularExpression)
                default: text = minimalSiteFiles()[path] ?? text
                }
                texts[path] = text
                try site.edit(path, text)
                changed.append(String(path.dropFirst("content/".count)))
            }
            let report = builder.rebuild(changedMarkdownFiles: changed)
            XCTAssertNotEqual(report.status, .configurationError, "step \(step)")
            if report.tookQuickPath { quick += 1 }
            if report.status == .contentErrors { errors += 1 }
            try assertSameAsFullBuild(site, report: report, builder: builder)
        }
        XCTAssertGreaterThan(quick, 20, "most of these edits keep the structure")
        XCTAssertGreaterThan(errors, 3, "some edits are mistakes")
    }
}

/// A small random number generator with a seed, so a failing sequence can be replayed.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A number in 0..<bound.
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
