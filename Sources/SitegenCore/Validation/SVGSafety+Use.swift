// A picture draws some of its parts again where they are referred to: `<use>` and `<feImage>`
// copy what they point to, a marker is drawn at every point of a line, and masks, clip paths and
// filters draw their content for each element that names them. Copies that hold references copy
// again, so ten a level grow a 1.5 KB picture tenfold a level in browsers and in WeasyPrint (a
// security review: markers on markers, masks in masks and clip paths in clip paths took Chromium
// over a minute). Gradients and patterns are drawn once however often they are named.

extension SVGSafety {
    /// The most elements a picture may draw through references: each reference draws its
    /// target's elements and what the target's references draw in turn; a marker is drawn at
    /// every point of the line that names it, a filter is paid for with every element it is
    /// applied to. About what a 10 MB picture without references holds (300,000 elements take
    /// Chromium 8 s); a security review's pictures of a few KB drew a hundred million.
    static let maximumCopies = 300_000
    /// What one element a filter is applied to costs, in elements drawn: a filter works on the
    /// pixels of its whole region.
    private static let filterCost = 1_000
    /// The work the count may take; a picture that needs more is refused (no drawing does).
    private static let countingBudget = 5_000_000
    /// How deep references may reach through references.
    private static let maximumCopyDepth = 32

    /// One reference in a picture, in the order of its tags.
    private struct Reference {
        var target: [UInt8]
        var offset: Int
        /// From a `<use>` or `<feImage>`'s `href`: a copy whatever the target is.
        var copiesAnyTarget: Bool
        /// The points of the line whose tag holds it (numbers in `d` or `points`, halved), at
        /// each of which a marker is drawn; at least 1.
        var points: Int
    }

    /// What `firstNestedUse` knows of an element with an id.
    private struct Drawn {
        var name: [UInt8]
        /// The references inside it, by their place in the list.
        var references: Range<Int>
        /// Its elements, itself included.
        var elements: Int
    }

    /// The offset of the reference at which the copies the picture draws pass `maximumCopies`;
    /// nil when they do not. References are the `href`s of `<use>` and `<feImage>` (any prefix)
    /// and every `url(#id)` in any attribute (styles and animation values included); ids (any
    /// prefix: a browser's `id` may be either) and references are compared with character
    /// references, entities and the fragment's percent-escapes decoded. Reads the tags in one
    /// pass; the count is memoised per id and bounded.
    static func firstNestedUse(in b: [UInt8], entities: Entities) -> Int? {
        var references: [Reference] = []
        /// Each id's element (the first of that id).
        var elements: [[UInt8]: Drawn] = [:]
        var tags = 0
        var open: [(name: [UInt8], ids: [[UInt8]], firstReference: Int, firstTag: Int, numbers: Int)] = []
        func close(_ element: (name: [UInt8], ids: [[UInt8]], firstReference: Int, firstTag: Int, numbers: Int)) {
            for id in element.ids where elements[id] == nil {
                elements[id] = Drawn(name: element.name, references: element.firstReference..<references.count,
                                     elements: tags - element.firstTag)
            }
        }
        var index = 0
        while let start = find(UInt8(ascii: "<"), in: b, from: index) {
            index = start + 1
            guard index < b.count else { break }
            switch b[index] {
            case UInt8(ascii: "!"):
                let end = matches("!--", in: b, at: index) ? find("-->", in: b, from: index + 3)
                    : matches("![cdata[", in: b, at: index) ? find("]]>", in: b, from: index + 8)
                    : find(UInt8(ascii: ">"), in: b, from: index)
                index = end ?? b.count
            case UInt8(ascii: "?"):
                index = find("?>", in: b, from: index) ?? b.count
            case UInt8(ascii: "/"):
                if let element = open.popLast() { close(element) }
            default:
                let tag = readTag(in: b, from: index, entities: entities)
                index = tag.end
                let first = references.count, firstTag = tags
                tags += 1
                if tag.name == Array("use".utf8) || tag.name == Array("feimage".utf8) {
                    for target in tag.hrefs where target.first == UInt8(ascii: "#") {
                        references.append(Reference(target: percentDecoded(Array(target.dropFirst())), offset: start,
                                                    copiesAnyTarget: true, points: 1))
                    }
                }
                // An animation (`<set attributeName="marker-mid" to="url(#m)">`) sets the marker of
                // the line it is in: the points are that line's.
                let points = max(1, max(tag.numbers, open.last?.numbers ?? 0) / 2)
                for target in tag.fragmentURLs {
                    references.append(Reference(target: percentDecoded(target), offset: start, copiesAnyTarget: false, points: points))
                }
                let element = (name: tag.name, ids: tag.ids, firstReference: first, firstTag: firstTag, numbers: tag.numbers)
                if tag.closesItself { close(element) } else { open.append(element) }
            }
        }
        while let element = open.popLast() { close(element) }
        var counter = CopyCounter(references: references, elements: elements)
        var total = 0
        for reference in references {
            guard let copies = counter.copies(of: reference, depth: 0) else { return reference.offset }
            total += copies
            if total > maximumCopies { return reference.offset }
        }
        return nil
    }

    /// Counts the elements references draw, each id's once.
    private struct CopyCounter {
        let references: [Reference]
        let elements: [[UInt8]: Drawn]
        var counted: [[UInt8]: Int] = [:]
        var counting = Set<[UInt8]>()
        var budget = SVGSafety.countingBudget

        private static let drawnOnce: Set<[UInt8]> = Set(["lineargradient", "radialgradient", "pattern", "meshgradient",
                                                          "hatch", "solidcolor"].map { Array($0.utf8) })

        init(references: [Reference], elements: [[UInt8]: Drawn]) {
            self.references = references
            self.elements = elements
        }

        /// The elements `reference` draws: its target's, at every point of the line for a
        /// marker, times `filterCost` for a filter; 0 for a target that is drawn once or not
        /// there; nil when the count passes its bounds.
        mutating func copies(of reference: Reference, depth: Int) -> Int? {
            guard let element = elements[reference.target] else { return 0 }
            if !reference.copiesAnyTarget && Self.drawnOnce.contains(element.name) { return 0 }
            guard let one = copies(of: reference.target, element: element, depth: depth) else { return nil }
            let times = element.name == Array("marker".utf8) ? max(reference.points, 1)
                : element.name == Array("filter".utf8) ? SVGSafety.filterCost : 1
            return one.multipliedReportingOverflow(by: times).overflow ? SVGSafety.maximumCopies + 1
                : min(one * times, SVGSafety.maximumCopies + 1)
        }

        /// The elements one drawing of the element with `id` makes: its own, and what its references draw.
        private mutating func copies(of id: [UInt8], element: Drawn, depth: Int) -> Int? {
            if let known = counted[id] { return known }
            // A reference back into itself: browsers draw nothing for it.
            if counting.contains(id) { return 0 }
            guard depth < SVGSafety.maximumCopyDepth else { return nil }
            counting.insert(id)
            defer { counting.remove(id) }
            var total = max(element.elements, 1)
            for index in element.references {
                budget -= 1
                guard budget > 0, let more = copies(of: references[index], depth: depth + 1) else { return nil }
                total = min(total + more, SVGSafety.maximumCopies + 1)
            }
            counted[id] = total
            return total
        }
    }

    /// How many numbers `value` holds (runs of digits, with what may join them).
    private static func numberCount(in value: [UInt8]) -> Int {
        var count = 0
        var inNumber = false
        for byte in value {
            let digit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            if digit && !inNumber { count += 1 }
            inNumber = digit || (inNumber && byte == UInt8(ascii: "."))
        }
        return count
    }

    /// `bytes` with each `%xx` replaced by its byte, as a browser reads a fragment.
    static func percentDecoded(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "%")) else { return bytes }
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                out.append(lowercased(high << 4 | low))
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// A start tag read for `firstNestedUse`.
    private struct Tag {
        var name: [UInt8] = []
        /// Every attribute named `id`, whatever its prefix.
        var ids: [[UInt8]] = []
        /// The values of every `href` attribute, whatever its prefix, decoded and trimmed.
        var hrefs: [[UInt8]] = []
        /// The ids of every `url(#id)` in its attribute values.
        var fragmentURLs: [[UInt8]] = []
        /// The numbers in its `d` and `points`: twice its points, about.
        var numbers = 0
        var closesItself = false
        var end = 0
    }

    /// A start tag's local name, `id`, `href`s and `url(#…)` targets, whether it ends in `/>`,
    /// and the position after it. Quoted values may hold '>'.
    private static func readTag(in b: [UInt8], from start: Int, entities: Entities) -> Tag {
        var tag = Tag()
        var index = start
        while index < b.count, isNameByte(b[index]) { index += 1 }
        tag.name = Array(b[start..<index].split(separator: UInt8(ascii: ":")).last ?? [])
        while index < b.count {
            while index < b.count, isSpace(b[index]) { index += 1 }
            guard index < b.count else { break }
            if b[index] == UInt8(ascii: ">") {
                tag.closesItself = index > start && b[index - 1] == UInt8(ascii: "/")
                tag.end = index + 1
                return tag
            }
            let attributeStart = index
            while index < b.count, isNameByte(b[index]) { index += 1 }
            let attribute = b[attributeStart..<index].split(separator: UInt8(ascii: ":")).last.map(Array.init) ?? []
            while index < b.count, isSpace(b[index]) { index += 1 }
            guard index < b.count, b[index] == UInt8(ascii: "=") else {
                if index == attributeStart { index += 1 }  // '/' or a stray byte
                continue
            }
            index += 1
            while index < b.count, isSpace(b[index]) { index += 1 }
            guard index < b.count else { break }
            let quote = b[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
            let valueEnd = find(quote, in: b, from: index + 1) ?? b.count
            let value = trimmedBytes(decodeReferences(Array(b[(index + 1)..<valueEnd]), entities: entities, limit: 65_536, unicode: true) ?? [])
            index = valueEnd + 1
            if attribute == Array("id".utf8) { tag.ids.append(value) }
            if attribute == Array("href".utf8) { tag.hrefs.append(value) }
            if attribute == Array("d".utf8) || attribute == Array("points".utf8) { tag.numbers += numberCount(in: value) }
            tag.fragmentURLs += fragmentURLs(in: value)
        }
        tag.end = b.count
        return tag
    }

    /// The ids of the `url(#id)` in `value` (quotes and blanks around the id allowed).
    private static func fragmentURLs(in value: [UInt8]) -> [[UInt8]] {
        var ids: [[UInt8]] = []
        var index = 0
        while let at = find("url(", in: value, from: index) {
            var cursor = at + 4
            while cursor < value.count, isSpace(value[cursor]) || value[cursor] == UInt8(ascii: "\"") || value[cursor] == UInt8(ascii: "'") {
                cursor += 1
            }
            index = cursor
            guard cursor < value.count, value[cursor] == UInt8(ascii: "#") else { continue }
            var end = cursor + 1
            while end < value.count, !isSpace(value[end]), value[end] != UInt8(ascii: ")"),
                  value[end] != UInt8(ascii: "\""), value[end] != UInt8(ascii: "'") { end += 1 }
            ids.append(Array(value[(cursor + 1)..<end]))
            index = end
        }
        return ids
    }

    private static func trimmedBytes(_ value: [UInt8]) -> [UInt8] {
        Array(value.drop { isSpace($0) }.reversed().drop { isSpace($0) }.reversed())
    }
}
