import Foundation

/// The 64-bit FNV-1a hash: stable across runs, cheap, good enough to notice a changed file.
enum FNV1a {
    static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { hash(UnsafeRawBufferPointer($0)) }
    }

    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// Mixes `value` into `hash`.
    static func combine(_ hash: inout UInt64, _ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            hash ^= (value >> UInt64(shift)) & 0xff
            hash = hash &* 0x100_0000_01b3
        }
    }
}
