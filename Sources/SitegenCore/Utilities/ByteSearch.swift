import Foundation

extension String {
    /// Whether the UTF-8 bytes of `needle` occur in the string: a byte search (memchr for the
    /// first byte, then memcmp), much faster than Foundation's `contains` for the markers sitegen
    /// looks for.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let nb = n.baseAddress, !n.isEmpty else { return true }
                guard let hb = h.baseAddress, h.count >= n.count else { return false }
                var offset = 0
                let last = h.count - n.count
                while offset <= last {
                    guard let found = memchr(hb + offset, Int32(n[0]), last - offset + 1) else { return false }
                    let position = UnsafeRawPointer(found) - UnsafeRawPointer(hb)
                    if memcmp(hb + position, nb, n.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }

    /// The string with every occurrence of the UTF-8 bytes of `needle` replaced by those of
    /// `replacement`: a byte search like `containsBytes`. Foundation's `replacingOccurrences`
    /// compares characters and took 3.5 million instructions for one body's `<table>`.
    /// `needle` must start and end on a character boundary (it is ASCII where sitegen uses it).
    func replacingBytes(_ needle: String, with replacement: String) -> String {
        guard containsBytes(needle), !needle.isEmpty else { return self }
        var haystack = self
        var needle = needle
        var replacement = replacement
        let bytes: [UInt8] = haystack.withUTF8 { h in
            needle.withUTF8 { n in
                replacement.withUTF8 { r in
                    var out: [UInt8] = []
                    out.reserveCapacity(h.count + 64)
                    guard let hb = h.baseAddress, let nb = n.baseAddress else { return Array(h) }
                    var copied = 0, offset = 0
                    let last = h.count - n.count
                    while offset <= last, let found = memchr(hb + offset, Int32(n[0]), last - offset + 1) {
                        let position = UnsafeRawPointer(found) - UnsafeRawPointer(hb)
                        if memcmp(hb + position, nb, n.count) == 0 {
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: h[copied..<position]))
                            out.append(contentsOf: r)
                            copied = position + n.count
                            offset = copied
                        } else {
                            offset = position + 1
                        }
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: h[copied...]))
                    return out
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether some UTF-8 byte of the string satisfies `predicate`: read straight from the
    /// string's storage when it is contiguous (a native string), which is several times faster
    /// than walking the UTF-8 view.
    @inlinable
    func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(where: predicate) }) { return found }
        return utf8.contains(where: predicate)
    }
}

extension Array where Element == UInt8 {
    /// The offset of the first occurrence of the bytes `needle` at or after offset `start`, nil
    /// when there is none (or `needle` is empty): memchr for the first byte, then memcmp. A loop
    /// that searches a page from a moving start with it reads the page once in all; Foundation's
    /// `range(of:)` on a String or Substring costs the text's whole length at each call (it
    /// bridges the text and recounts its UTF-16 offsets), which made such loops quadratic.
    func firstOffset(of needle: [UInt8], from start: Int = 0) -> Int? {
        guard !needle.isEmpty, start >= 0, start <= count - needle.count else { return nil }
        return withUnsafeBufferPointer { h -> Int? in
            needle.withUnsafeBufferPointer { n -> Int? in
                guard let hb = h.baseAddress, let nb = n.baseAddress else { return nil }
                var offset = start
                let last = h.count - n.count
                while offset <= last {
                    guard let found = memchr(hb + offset, Int32(n[0]), last - offset + 1) else { return nil }
                    let position = UnsafeRawPointer(found) - UnsafeRawPointer(hb)
                    if memcmp(hb + position, nb, n.count) == 0 { return position }
                    offset = position + 1
                }
                return nil
            }
        }
    }

    /// Whether the bytes just before offset `end` are those of `suffix`.
    func hasBytes(_ suffix: [UInt8], endingAt end: Int) -> Bool {
        end <= count && end >= suffix.count && self[(end - suffix.count)..<end].elementsEqual(suffix)
    }
}
