import Foundation

/// JSON text, written by hand where building it is on a hot path: the search index's entries
/// and the JSON format of the diagnostics.
package enum JSONText {
    /// A JSON string literal for `value`. The characters `PrintableText` escapes (controls,
    /// line and paragraph separators, bidirectional controls) are written as `\u` escapes, so
    /// the literal is safe to print; the rest is written as it is.
    package static func string(_ value: String) -> String {
        // Fast path: nothing to escape (the common case for titles and body text). Every
        // character written as an escape starts with one of these bytes: a C0 control, '"', '\\',
        // DEL, or the lead byte of a C1 control (0xC2), of U+061C (0xD8) or of U+200E to U+2069 (0xE2).
        if !value.containsByte(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) {
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
            case 0x00..<0x20, 0x7F:
                out += Array(String(format: "\\u%04x", byte).utf8)
            case 0xC2, 0xD8, 0xE2:
                // What `PrintableText` escapes beyond C0 and DEL is written as a \u escape: the C1
                // controls (0xC2 …), U+061C (0xD8 0x9C) and the bidirectional marks, separators and
                // controls from U+200E to U+2069 (0xE2 …), so a terminal that shows the JSON (the
                // diagnostics of `--format json`) never gets them raw; a JSON reader gets the same
                // text. U+2028 and U+2029 also end a line in JavaScript source.
                let length = byte == 0xE2 ? 3 : 2
                if i + length <= bytes.count {
                    var code = UInt32(byte & (length == 3 ? 0x0F : 0x1F))
                    for k in 1..<length { code = code << 6 | UInt32(bytes[i + k] & 0x3F) }
                    if let scalar = Unicode.Scalar(code), PrintableText.needsEscape(scalar) {
                        out += Array(String(format: "\\u%04x", code).utf8)
                        i += length
                        continue
                    }
                }
                out.append(byte)
            default:
                out.append(byte)
            }
            i += 1
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
