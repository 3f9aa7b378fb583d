import Foundation

/// Moves the headings of a rendered body one level down, for a page that shows the body under a
/// heading of its own level: on the print page a part's title is an `<h2>`, so the part's `##`
/// sections become `<h3>` and sit inside it in the outline.
enum HeadingShift {
    /// `html` with every heading tag `<h1>` … `<h5>` (opening and closing, any attributes, either
    /// case) one level lower; `<h6>` stays `<h6>`, as HTML has no lower level. Only the tag's
    /// digit changes, so ids and everything else stay as they are. Text never holds a literal
    /// `<h2`: cmark writes it as `&lt;h2`, so only headings (the body's own, and raw HTML ones
    /// with `unsafe: true`) change.
    static func oneLevelDown(_ html: String) -> String {
        guard html.containsByte(where: { $0 == UInt8(ascii: "<") }) else { return html }
        var bytes = Array(html.utf8)
        var changed = false
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            var i = 0
            // From one '<' to the next with memchr: most of a body is text.
            while i < count, let found = memchr(base + i, Int32(UInt8(ascii: "<")), count - i) {
                i = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                var tag = i + 1
                if tag < count, buffer[tag] == UInt8(ascii: "/") { tag += 1 }
                let digit = tag + 1, end = tag + 2
                if end < count, buffer[tag] | 0x20 == UInt8(ascii: "h"),
                   (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(buffer[digit]), endsTagName(buffer[end]) {
                    buffer[digit] += 1
                    changed = true
                    i = end
                } else {
                    i += 1
                }
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : html
    }

    /// True for a byte that may follow a tag's name: `>`, `/` or an ASCII blank.
    private static func endsTagName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x20 || byte == 0x09 || byte == 0x0A
            || byte == 0x0C || byte == 0x0D
    }
}
