/// The content files that one page shows whole, and where each starts on it: the print page
/// shows its document and every part. A link to one of them (written with the root marker, see
/// `SiteURL`) goes to its place on that page instead of to its own page, so the print page and
/// the PDF made from it keep their links inside the document.
struct InPageLinks: Sendable {
    /// A file shown on the page.
    struct Target: Sendable {
        /// The id a link without a fragment goes to.
        var anchor: String
        /// What the file's heading ids get in front on the page.
        var idPrefix: String
        /// The file's heading ids (without the prefix).
        var headingIDs: Set<String>
    }

    /// By the file's page path from the site root (`aarhus/grundlag/forste/index.html`).
    private var targets: [String: Target] = [:]

    /// No files: every link goes to its own page.
    init() {}

    /// Adds a file shown on the page.
    /// - Parameters:
    ///   - pagePath: The path of the file's own page from the site root.
    ///   - anchor: The id on this page where the file starts.
    ///   - idPrefix: What the file's heading ids get in front on this page.
    ///   - headingIDs: The file's heading ids, without the prefix.
    mutating func add(pagePath: String, anchor: String, idPrefix: String, headingIDs: [String]) {
        targets[pagePath] = Target(anchor: anchor, idPrefix: idPrefix, headingIDs: Set(headingIDs))
    }

    /// True when no file is shown whole on the page.
    var isEmpty: Bool { targets.isEmpty }

    /// The in-page link for an href that follows a root marker at `start` in `bytes`: how many
    /// bytes it takes (the page path and any `#fragment`) and the `#id` to write instead, or
    /// nil when it names no file of this page. A fragment that names a heading of the file goes
    /// to that heading; any other fragment to the file's start.
    func link(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (length: Int, href: String)? {
        var end = start
        // `&#` starts a character reference (cmark writes `'` as `&#x27;`), not a fragment.
        while end < bytes.count, !Self.endsPath(bytes[end]) || (bytes[end] == UInt8(ascii: "#") && end > start
                                                                  && bytes[end - 1] == UInt8(ascii: "&")) { end += 1 }
        guard end < bytes.count, end > start,
              let target = targets[Self.decoded(bytes, start..<end)] else { return nil }
        if bytes[end] == UInt8(ascii: "?") {
            // The query names no place on the page: the link goes where it would without it.
            while end < bytes.count, bytes[end] != UInt8(ascii: "#"), !Self.endsFragment(bytes[end]) { end += 1 }
            guard end < bytes.count else { return nil }
        }
        guard bytes[end] == UInt8(ascii: "#") else { return (end - start, "#" + HTML.escape(target.anchor)) }
        var fragmentEnd = end + 1
        while fragmentEnd < bytes.count, !Self.endsFragment(bytes[fragmentEnd]) { fragmentEnd += 1 }
        guard fragmentEnd < bytes.count else { return nil }
        let fragment = Self.decoded(bytes, end + 1..<fragmentEnd)
        let id = target.headingIDs.contains(fragment) ? target.idPrefix + fragment : target.anchor
        return (fragmentEnd - start, "#" + HTML.escape(id))
    }

    /// The text of an attribute value's bytes as a link wrote it: cmark writes `&` and `'` in an
    /// href as character references and percent-encodes what a URL may not hold.
    private static func decoded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        if text.utf8.contains(UInt8(ascii: "&")) {
            text = text.replacingBytes("&#x27;", with: "'").replacingBytes("&amp;", with: "&")
        }
        return SiteURL.percentDecoded(text)
    }

    /// True for a byte that ends an href's path: its query, its fragment, its quote or the tag's end.
    private static func endsPath(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "#") || byte == UInt8(ascii: "?") || endsFragment(byte)
    }

    /// True for a byte that ends an href: its quote, the tag's end or a blank.
    private static func endsFragment(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<")
            || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
