import Testing
@testable import SitegenCore

/// The byte search that loops over a page's HTML use finds what a search byte by byte finds.
@Suite struct ByteOffsetTests {
    /// The first offset at or after `start` where `needle` occurs, looked for the slow way.
    private func naive(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start >= 0, needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test func firstOffsetFindsWhatASlowSearchFinds() {
        let texts = ["", "a", "aaa", "<!-- æ --><!---->", "før <b> og <b>", " id=\"fn1\" href=\"#fn1\" e\u{301}", "🇩🇰<!--"]
        let needles = ["", "a", "aa", "<!--", "-->", "<b>", " id=\"fn", "\u{301}", "🇩🇰", "x"]
        for text in texts {
            let bytes = Array(text.utf8)
            for needle in needles {
                let needleBytes = Array(needle.utf8)
                for start in -1...(bytes.count + 1) {
                    #expect(bytes.firstOffset(of: needleBytes, from: start) == naive(needleBytes, in: bytes, from: start),
                            "\(text) \(needle) \(start)")
                }
            }
        }
    }

    @Test func hasBytesEndingAt() {
        let bytes = Array("url(data:".utf8)
        #expect(bytes.hasBytes(Array("url(".utf8), endingAt: 4))
        #expect(!bytes.hasBytes(Array("url(".utf8), endingAt: 3))
        #expect(!bytes.hasBytes(Array("url(".utf8), endingAt: 40))
        #expect(bytes.hasBytes([], endingAt: 0))
    }
}
