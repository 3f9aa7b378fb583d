// The attributes of raw HTML as a browser reads them, for the dangerous addresses they may hold
// where no '=' comes just before (`values="x;javascript:…"`, `srcset`, CSS `url()`).

/// Reads the tags of a piece of raw HTML as a browser's tokenizer does (comments, `<!…>` and
/// `<?…>` included, which end where a browser ends them, not where cmark does) and finds a
/// `javascript:`, `vbscript:` or `data:` address in an attribute's value: at its start (after
/// blanks and control characters, which a browser skips), in each item of a list of addresses
/// (`values` of SVG's animate and set, `srcset`, `ping`, a refresh's `content`), and in CSS
/// (`url(…)` in any attribute; any address in `style`), with character references and CSS
/// escapes undone. Where browsers read a piece two ways (`<noscript>` is text when scripts run,
/// `<![CDATA[` is text in SVG only), both are looked at; a comment or such text left open by
/// one piece goes on in the next (`State`).
enum RawHTMLAttributes {
    static let schemes = ["javascript", "vbscript", "data"]

    /// What a browser's tokenizer reads at the start of a piece of raw HTML. cmark's own output
    /// between two pieces (escaped text, whole tags) leaves a comment, `<noscript>`'s text or a
    /// CDATA section open, and may end a bogus comment (`<!x` … `>`).
    enum Mode: Hashable, Sendable {
        case data, comment, noscript, cdata, bogusComment
    }

    /// The ways a browser may be reading, one for each way of reading `<noscript>` and
    /// `<![CDATA[`, and where each is at the start of the next piece of raw HTML.
    struct State: Sendable {
        fileprivate var readings: Set<Reading> = Set([false, true].flatMap { noscript in
            [false, true].map { Reading(noscriptIsText: noscript, cdataIsText: $0, mode: .data) }
        })
        /// True when the last piece read ends inside a tag (`<a title="…` and a blank line):
        /// whatever cmark writes next would be read as that tag's attributes.
        var endsInsideTag = false
    }

    fileprivate struct Reading: Hashable, Sendable {
        var noscriptIsText: Bool
        var cdataIsText: Bool
        var mode: Mode
    }

    /// The dangerous scheme of an attribute of `html` (lowercased), if any, read from `state`;
    /// without one, `state` moves to where the browser is after `html`.
    static func dangerousScheme(in html: String, state: inout State) -> String? {
        let bytes = Array(html.utf8)
        var after = Set<Reading>()
        state.endsInsideTag = false
        for reading in state.readings {
            var reader = Reader(bytes: bytes, noscriptIsText: reading.noscriptIsText, cdataIsText: reading.cdataIsText, mode: reading.mode)
            if let scheme = reader.read() { return scheme }
            if reader.endedInsideTag { state.endsInsideTag = true }
            var next = reading
            next.mode = reader.mode
            after.insert(next)
            if reader.mode == .bogusComment {
                next.mode = .data
                after.insert(next)
            }
        }
        state.readings = after
        return nil
    }

    /// The dangerous scheme of attribute `name` of tag `tag` with `value` as written.
    static func dangerousScheme(tag: String, name: String, value: String) -> String? {
        let decoded = CharacterReferences.decode(value)
        var items = [decoded]
        switch name {
        case "values": items += decoded.split(separator: ";").map(String.init)
        case "srcset", "imagesrcset": items += decoded.split(separator: ",").map(String.init)
        case "ping", "archive": items += decoded.split { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" || $0 == "\r" }.map(String.init)
        case "content" where tag == "meta" && squeeze(Substring(decoded)).first?.isNumber == true:
            // A refresh: "5; url=…", the address after the first ';' or ','.
            if let separator = decoded.firstIndex(where: { $0 == ";" || $0 == "," }) {
                let squeezed = squeeze(decoded[decoded.index(after: separator)...])
                items.append(squeezed.hasPrefix("url=") ? String(squeezed.dropFirst(4)) : squeezed)
            }
        default: break
        }
        for item in items {
            let squeezed = squeeze(Substring(item))
            if let scheme = schemes.first(where: { squeezed.hasPrefix($0 + ":") }) { return scheme }
        }
        return CSS.dangerousScheme(in: decoded, anywhere: name == "style")
    }

    /// `text` without blanks and control characters: browsers skip them before an address and
    /// drop tabs and line feeds inside it.
    static func squeeze(_ text: Substring) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
    }

    /// The tokenizer, over the bytes of a lowercased piece of HTML.
    private struct Reader {
        let bytes: [UInt8]
        let noscriptIsText: Bool
        let cdataIsText: Bool
        /// What is being read at `index`: where a comment, `<noscript>`'s text, a CDATA section
        /// or a bogus comment is cut off by the end of the piece, the next piece goes on with it.
        var mode: Mode
        var index = 0
        /// Set when the bytes end before a tag's '>'.
        var endedInsideTag = false

        init(bytes: [UInt8], noscriptIsText: Bool, cdataIsText: Bool, mode: Mode) {
            self.bytes = bytes
            self.noscriptIsText = noscriptIsText
            self.cdataIsText = cdataIsText
            self.mode = mode
        }

        mutating func read() -> String? {
            switch mode {
            case .data: break
            case .comment: endComment(from: 0)
            case .noscript: endNoscript()
            case .cdata: endCDATA(from: 0)
            case .bogusComment: skip(past: ">", from: 0)
            }
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                let next = byte(at: index + 1)
                if next.map(isLetter) == true {
                    index += 1
                    if let scheme = readTag() { return scheme }
                } else if next == UInt8(ascii: "/") {
                    if byte(at: index + 2).map(isLetter) == true {
                        index += 2
                        if let scheme = readTag() { return scheme }
                    } else {
                        skip(past: ">", from: index + 2)
                    }
                } else if next == UInt8(ascii: "!") {
                    readMarkupDeclaration()
                } else if next == UInt8(ascii: "?") {
                    skip(past: ">", from: index + 2)
                } else {
                    index += 1
                }
            }
            return nil
        }

        /// `<!--…-->`, `<![CDATA[…]]>` or a bogus comment up to the next '>'.
        private mutating func readMarkupDeclaration() {
            if starts(with: "<!--", at: index) {
                let start = index + 4
                // "<!-->" and "<!--->" are whole comments; else the first "-->" or "--!>" ends it.
                if byte(at: start) == UInt8(ascii: ">") { index = start + 1; return }
                if starts(with: "->", at: start) { index = start + 2; return }
                endComment(from: start)
            } else if cdataIsText, starts(with: "<![cdata[", at: index) {
                endCDATA(from: index + 9)
            } else {
                skip(past: ">", from: index + 2)
            }
        }

        /// Reads a comment's text from `start` to past the first "-->" or "--!>".
        private mutating func endComment(from start: Int) {
            var at = start
            while at < bytes.count, !starts(with: "-->", at: at), !starts(with: "--!>", at: at) { at += 1 }
            if at >= bytes.count {
                (index, mode) = (bytes.count, .comment)
            } else {
                (index, mode) = (at + (starts(with: "-->", at: at) ? 3 : 4), .data)
            }
        }

        /// Reads a CDATA section's text from `start` to past the first "]]>".
        private mutating func endCDATA(from start: Int) {
            var at = start
            while at < bytes.count, !starts(with: "]]>", at: at) { at += 1 }
            (index, mode) = at >= bytes.count ? (bytes.count, .cdata) : (at + 3, .data)
        }

        /// Reads `<noscript>`'s text up to "</noscript" ended by a blank, '/' or '>'.
        private mutating func endNoscript() {
            while index < bytes.count {
                if starts(with: "</noscript", at: index), byte(at: index + 10).map({ isBlank($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ">") }) ?? true {
                    mode = .data
                    return
                }
                index += 1
            }
            mode = .noscript
        }

        /// A start or end tag from its name (at `index`) to its '>', checking each attribute; a
        /// tag cut off by the end of the piece is checked as far as it goes.
        private mutating func readTag() -> String? {
            let nameStart = index
            while index < bytes.count, !isBlank(bytes[index]), bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: ">") { index += 1 }
            let tag = String(decoding: bytes[nameStart..<index], as: UTF8.self)
            while true {
                while index < bytes.count, isBlank(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
                guard index < bytes.count else { endedInsideTag = true; return nil }
                if bytes[index] == UInt8(ascii: ">") {
                    index += 1
                    break
                }
                // An attribute's name: its first character may be '='.
                let attributeStart = index
                index += 1
                while index < bytes.count, !isBlank(bytes[index]), !"/>=".utf8.contains(bytes[index]) { index += 1 }
                let name = String(decoding: bytes[attributeStart..<index], as: UTF8.self)
                skipBlanks()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
                index += 1
                skipBlanks()
                guard index < bytes.count else { endedInsideTag = true; return nil }
                let value: ArraySlice<UInt8>
                let quote = bytes[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    let start = index + 1
                    index = start
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    value = bytes[start..<index]
                    if index < bytes.count { index += 1 } else { endedInsideTag = true }
                } else {
                    let start = index
                    while index < bytes.count, !isBlank(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = bytes[start..<index]
                }
                if let scheme = RawHTMLAttributes.dangerousScheme(tag: tag, name: name, value: String(decoding: value, as: UTF8.self)) {
                    return scheme
                }
            }
            if noscriptIsText, tag == "noscript", bytes[nameStart - 1] != UInt8(ascii: "/") { endNoscript() }
            return nil
        }

        private mutating func skipBlanks() {
            while index < bytes.count, isBlank(bytes[index]) { index += 1 }
        }

        /// Reads a bogus comment from `start` to past the next `byte`.
        private mutating func skip(past byte: Unicode.Scalar, from start: Int) {
            var at = start
            while at < bytes.count, bytes[at] != UInt8(ascii: byte) { at += 1 }
            (index, mode) = at >= bytes.count ? (bytes.count, .bogusComment) : (at + 1, .data)
        }

        private func byte(at offset: Int) -> UInt8? {
            offset < bytes.count ? bytes[offset] : nil
        }

        private func starts(with text: String, at offset: Int) -> Bool {
            let prefix = Array(text.utf8)
            return offset + prefix.count <= bytes.count && bytes[offset..<(offset + prefix.count)].elementsEqual(prefix)
        }

        private func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        }

        /// A blank as the tokenizer counts them (a carriage return reads as a line feed).
        private func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }
    }
}
