/// docs/keys.md, every key of every kind with its type, made from the registry of kinds
/// (`ContentKinds`) so that the docs cannot fall behind the format.
enum KeyReference {
    /// The whole of docs/keys.md.
    static func markdown() -> String {
        var text = """
            # Keys of each kind

            Every key a content file's front matter may have, by kind. This file is made by sitegen from
            its registry of kinds (`Sources/SitegenCore/Model/ContentKinds.swift` and
            `ContentKinds+Keys.swift`): `RECORD_GOLDEN=1 swift test --filter KeyReference` writes it anew,
            and a test fails when it is stale. The descriptions are the Danish ones `sitegen schema`
            gives an editor. What the kinds are for, and how files link, is in [reference.md](reference.md).

            ## Every kind


            """
        text += table(ContentKinds.commonKeys)
        for declaration in ContentKinds.all {
            text += "\n## \(declaration.kind.rawValue)\n\n"
            text += "\(declaration.description).\n\n"
            text += "- Lives in: `\(place(declaration.placement))`.\n"
            if !declaration.parts.isEmpty {
                let parts = declaration.parts.map { kind in
                    "`\(kind.rawValue)`" + (kind.expectsKey.map { " (`expects: {\($0): N}`)" } ?? "")
                }
                text += "- Holds: " + parts.joined(separator: ", ") + ".\n"
            }
            switch declaration.numbering {
            case .none: break
            case .optional: text += "- Numbered: `number` may be written; it orders the parts of the document.\n"
            case .required: text += "- Numbered: `number` is required; it orders the parts of the document.\n"
            }
            text += "- Page: the theme's `\(declaration.template).mustache`.\n\n"
            text += table(declaration.keys)
        }
        return text
    }

    private static func table(_ keys: [KeySpec]) -> String {
        var text = "| Key | Type | Required | Description |\n|---|---|---|---|\n"
        for key in keys {
            text += "| `\(key.name)` | \(typeText(key.type)) | \(key.required ? "yes" : "no") | \(key.description.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        return text
    }

    private static func place(_ placement: KindPlacement) -> String {
        switch placement {
        case .municipalityIndex: "content/<municipality>/index.md"
        case .documentIndex: "content/<municipality>/<document>/index.md"
        case .documentPart: "content/<municipality>/<document>/<part>.md"
        case .page: "content/pages/<page>.md"
        }
    }

    /// The type as the docs name it.
    static func typeText(_ type: KeyType) -> String {
        switch type {
        case .line(let maxLength): maxLength.map { "one line, at most \($0) characters" } ?? "one line"
        case .text: "text"
        case .integer(let minimum): minimum.map { "whole number, at least \($0)" } ?? "whole number"
        case .boolean: "`true` or `false`"
        case .date: "date `YYYY-MM-DD`"
        case .url: "web address (`http://`, `https://`)"
        case .email: "e-mail address"
        case .color: "colour `#rrggbb`"
        case .path: "path to a file beside the content file"
        case .oneOf(let words): "one of " + words.map { "`\($0)`" }.joined(separator: ", ")
        case .stringList(let minCount): minCount > 0 ? "list of text, at least \(minCount)" : "list of text"
        case .idList: "list of ids (`aarhus/grundlag/forste`)"
        case .expects: "map of part counts (`approaches: 5`)"
        case .quote: "map: `text`, `source`"
        case .datePeriod: "map: `start`, `end` (dates)"
        case .contacts: "list of maps: `name`, `title`, `email`, `phone`"
        }
    }
}
