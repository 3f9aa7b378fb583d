/// The first byte at or after a position that matches a predicate, for positions that only
/// grow: each byte is looked at once in all, however many times it is asked.
struct ForwardSearch {
    private let bytes: [UInt8]
    private let matches: (UInt8) -> Bool
    /// The first match at or after `searchedFrom` (the end of the bytes when there is none).
    private var found = -1
    private var searchedFrom = 0

    init(_ bytes: [UInt8], matching matches: @escaping (UInt8) -> Bool) {
        self.bytes = bytes
        self.matches = matches
    }

    /// The first matching position at or after `start`, or the end of the bytes. Asked from a
    /// position before an earlier one, it searches again without remembering.
    mutating func first(from start: Int) -> Int {
        if start >= searchedFrom, start <= found { return found }
        var index = max(start, 0)
        while index < bytes.count, !matches(bytes[index]) { index += 1 }
        if start >= searchedFrom {
            searchedFrom = start
            found = index
        }
        return index
    }
}
