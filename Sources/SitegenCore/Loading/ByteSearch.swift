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

    /// Whether some UTF-8 byte of the string satisfies `predicate`: read straight from the
    /// string's storage when it is contiguous (a native string), which is several times faster
    /// than walking the UTF-8 view.
    @inlinable
    func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(where: predicate) }) { return found }
        return utf8.contains(where: predicate)
    }
}
