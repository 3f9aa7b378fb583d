// Attributes: event handlers, addresses, animations and CSS escapes, whatever the namespace
// prefix of the attribute's name.

extension SVGSafety {
    /// Attributes whose value is an address.
    static let addressAttributes: Set<String> = [
        "href", "src", "base", "action", "formaction", "data", "srcset", "imagesrcset", "poster", "background", "ping",
        "lowsrc", "dynsrc", "longdesc", "manifest", "codebase", "archive", "cite", "classid", "icon", "profile", "usemap",
    ]
    /// The values an animation element sets: none of them may hold an address.
    static let animationValues: Set<String> = ["to", "from", "values", "by"]

    /// Finds `name=value` anywhere after a space, a quote or '/': event handlers (`onload=`),
    /// addresses that are not a fragment (`href="http://…"`), animations of an address or
    /// handler (`<set attributeName="href" to="javascript:…">`), an address among an
    /// animation's values, and a CSS escape in the value of an attribute without a prefix
    /// (presentation attributes such as `fill` are CSS and load `url()`).
    ///
    /// Values are not skipped (a quote in text could make one swallow real attributes), so a
    /// value's end and its backslashes are found by searches that only move forward, and the
    /// animation values are read once each: the scan stays linear in junk of overlapping values.
    static func firstAttributeRisk(in b: [UInt8], entities: Entities) -> (risk: Problem.SVGRisk, offset: Int)? {
        var doubleQuotes = ForwardSearch(b) { $0 == UInt8(ascii: "\"") }
        var singleQuotes = ForwardSearch(b) { $0 == UInt8(ascii: "'") }
        var unquotedEnds = ForwardSearch(b) { isSpace($0) || $0 == UInt8(ascii: ">") }
        var backslashes = ForwardSearch(b) { $0 == UInt8(ascii: "\\") }
        var animationValuesRead = 0
        var index = 1
        while index < b.count {
            guard isNameStart(b[index]), isAttributeBoundary(b[index - 1]) else { index += 1; continue }
            let start = index
            while index < b.count, isNameByte(b[index]) { index += 1 }
            let name = b[start..<index]
            var cursor = index
            while cursor < b.count, isSpace(b[cursor]) { cursor += 1 }
            guard cursor < b.count, b[cursor] == UInt8(ascii: "=") else { continue }
            let written = String(decoding: name, as: UTF8.self)
            let prefixed = name.contains(UInt8(ascii: ":"))
            let local = String(decoding: name.split(separator: UInt8(ascii: ":")).last ?? name, as: UTF8.self)
            if local.hasPrefix("on") { return (.eventHandler(written), start) }

            cursor += 1
            while cursor < b.count, isSpace(b[cursor]) { cursor += 1 }
            guard cursor < b.count else { break }
            let value: Range<Int>
            switch b[cursor] {
            case UInt8(ascii: "\""): value = (cursor + 1)..<doubleQuotes.first(from: cursor + 1)
            case UInt8(ascii: "'"): value = (cursor + 1)..<singleQuotes.first(from: cursor + 1)
            default: value = cursor..<unquotedEnds.first(from: cursor)
            }
            if !prefixed, backslashes.first(from: value.lowerBound) < value.upperBound {
                return (.externalReference("\\"), start)
            }
            if addressAttributes.contains(local) || local == "attributename" {
                // The first characters tell an address; an entity may stand for all of them.
                // Blanks before it are skipped first (a browser drops them, however many).
                var first = value.lowerBound
                while first < value.upperBound, isSpace(b[first]) { first += 1 }
                let head = first..<min(value.upperBound, first + 256)
                guard let decoded = decodeReferences(Array(b[head]), entities: entities, limit: 65_536) else {
                    return (.entityDeclaration, start)
                }
                let text = trimmed(String(decoding: decoded, as: UTF8.self))
                // Blanks written as references can fill the head too: such a value is junk.
                if text.isEmpty, head.upperBound < value.upperBound {
                    return (.externalReference(written + "=\"…\""), start)
                }
                if local == "attributename" {
                    let target = String(text.split(separator: ":").last ?? Substring(text))
                    if addressAttributes.contains(target) || target.hasPrefix("on") { return (.animatedAddress(attribute: text), start) }
                } else if !text.isEmpty, !text.hasPrefix("#") {
                    return (.externalReference(written + "=\"" + String(text.prefix(60)) + "\""), start)
                }
            } else if animationValues.contains(local), value.upperBound > animationValuesRead {
                // No value of an animation has a ':' (numbers, colours, lengths, `url(#id)`),
                // while every address with a scheme does.
                let unread = max(value.lowerBound, animationValuesRead)..<value.upperBound
                animationValuesRead = value.upperBound
                let text = decodeReferences(Array(b[unread]), entities: entities, limit: 2 * unread.count + 65_536) ?? [UInt8(ascii: ":")]
                if text.contains(UInt8(ascii: ":")) {
                    let shown = String(decoding: text.prefix(60), as: UTF8.self)
                    return (.externalReference(written + "=\"" + shown + "\""), start)
                }
            }
        }
        return nil
    }
}
