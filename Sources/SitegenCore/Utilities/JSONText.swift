import Foundation

/// JSON text, written by hand where building it is on a hot path: the search index's entries
/// and the JSON format of the diagnostics.
package enum JSONText {
    /// A JSON string literal for `value`.
    package static func string(_ value: String) -> String {
        // Fast path: nothing to escape (the common case for titles and body text).
        if !value.containsByte(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            return "\"" + value + "\""
        }
        var out: [UInt8] = [0x22]
        out.reserveCapacity(value.utf8.count + 16)
        let bytes = Array(value.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case 0x22: out += Array("\\\"".utf8)
            case 0x5C: out += Array("\\\\".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                // U+2028 and U+2029 end a line in JavaScript source.
                out += Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                i += 2
            case 0x00..<0x20:
                out += Array(String(format: "\\u%04x", byte).utf8)
            default:
                out.append(byte)
            }
            i += 1
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
