import Foundation

/// The text of a body's text and code nodes for the search index, joined by spaces and cut
/// after `limit` Unicode scalars: gathered as bytes, so no String is made per node and nothing
/// past the limit is copied.
struct PlainText {
    /// The most body text the search index keeps per page, in Unicode scalars.
    static let searchTextLimit = 4000

    let limit: Int
    private var bytes: [UInt8] = []
    private var scalars = 0
    private var pieces = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Appends a NUL-terminated UTF-8 literal, after a space when it is not the first.
    mutating func append(_ literal: UnsafePointer<CChar>) {
        defer { pieces += 1 }
        guard scalars < limit else { return }
        if pieces > 0 {
            bytes.append(0x20)
            scalars += 1
        }
        let literal = UnsafeRawBufferPointer(start: literal, count: strlen(literal))
        var end = 0
        while end < literal.count {
            if literal[end] & 0xC0 != 0x80 {  // not a continuation byte: a scalar starts
                guard scalars < limit else { break }
                scalars += 1
            }
            end += 1
        }
        bytes.append(contentsOf: literal[..<end])
    }

    /// The text gathered.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
