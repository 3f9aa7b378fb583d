import Foundation
import Yams

/// A value read from front matter and checked against its `KeyType`.
enum FieldValue {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case date(CalendarDate)
    case strings([String])
    case ids([Located<ContentID>])
    case expects([(key: String, count: Int, location: SourceLocation)])
    case quote(Quote)
    case datePeriod(DatePeriod)
    case contacts([Contact])
}

/// Reads a front matter mapping against a list of key specs: reports unknown keys, missing
/// required keys and values of the wrong type, each at its own line and column.
struct FieldReader {
    let file: String
    /// The file line of the YAML's first line.
    let firstLine: Int
    /// The YAML text, to tell a value emptied by a comment (`color: #1a5a96`) from one left
    /// empty; nil when it is not at hand.
    let yaml: TextLines?
    var diagnostics = DiagnosticBag()

    init(file: String, firstLine: Int, yaml: String? = nil) {
        self.init(file: file, firstLine: firstLine, lines: yaml.map(TextLines.init))
    }

    private init(file: String, firstLine: Int, lines: TextLines?) {
        self.file = file
        self.firstLine = firstLine
        self.yaml = lines
    }

    /// The location of a node in the content file.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: firstLine, column: 1) }
        return SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
    }

    /// Reads every key of `mapping` that `specs` allows; returns the values by key name.
    mutating func read(_ mapping: Node.Mapping, specs: [KeySpec], mappingNode: Node, kindName: String) -> [String: Located<FieldValue>] {
        var values: [String: Located<FieldValue>] = [:]
        let byName = Dictionary(specs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else {
                diagnostics.error("invalid-key", at: location(of: keyNode),
                                  LocalizedText(en: "a key must be a single word",
                                                da: "en nøgle skal være ét ord",
                                                nb: "en nøkkel må være ett ord"),
                                  hint: LocalizedText(en: "write keys as 'name: value'",
                                                      da: "skriv nøgler som 'name: value'",
                                                      nb: "skriv nøkler som 'name: value'"))
                continue
            }
            guard let spec = byName[key] else {
                if let invisible = InvisibleCharacters.first(in: key) {
                    // "ti\u{200B}tle" looks like 'title' and matches nothing: say what is there.
                    let meant = InvisibleCharacters.removed(from: key)
                    diagnostics.error("unknown-key", at: location(of: keyNode),
                                      LocalizedText(en: "the key '\(meant)' holds an invisible character (\(invisible))",
                                                    da: "nøglen '\(meant)' indeholder et usynligt tegn (\(invisible))",
                                                    nb: "nøkkelen '\(meant)' inneholder et usynlig tegn (\(invisible))"),
                                      hint: LocalizedText(en: "delete the key and type it again; such characters come with text copied from Word or web pages",
                                                          da: "slet nøglen, og skriv den igen; den slags tegn kommer med tekst kopieret fra Word eller hjemmesider",
                                                          nb: "slett nøkkelen og skriv den på nytt; slike tegn følger med tekst kopiert fra Word eller nettsider"))
                    continue
                }
                let hint: LocalizedText
                if let closest = WrittenInDanish.key(for: key, among: specs.map(\.name))
                    ?? Suggestions.closest(to: key, in: specs.map(\.name)) {
                    hint = LocalizedText(en: "did you mean '\(closest)'?",
                                         da: "mente du '\(closest)'?",
                                         nb: "mente du '\(closest)'?")
                } else {
                    let names = specs.map(\.name).joined(separator: ", ")
                    let place = Self.place(ofKeysIn: kindName)
                    hint = LocalizedText(en: "the keys a \(kindName) may have are: \(names)",
                                         da: "de tilladte nøgler i \(place) er: \(names)",
                                         nb: "de tillatte nøklene i \(place) er: \(names)")
                }
                diagnostics.error("unknown-key", at: location(of: keyNode),
                                  LocalizedText(en: "unknown key '\(key)'",
                                                da: "ukendt nøgle '\(key)'",
                                                nb: "ukjent nøkkel '\(key)'"),
                                  hint: hint)
                continue
            }
            if isNull(valueNode) {
                if reportComment(emptying: valueNode, of: keyNode, key: key, type: spec.type) { continue }
                if spec.required {
                    diagnostics.error("missing-value", at: location(of: keyNode),
                                      LocalizedText(en: "'\(key)' has no value",
                                                    da: "'\(key)' har ingen værdi",
                                                    nb: "'\(key)' har ingen verdi"),
                                      hint: LocalizedText(en: "write the value after '\(key):'",
                                                          da: "skriv værdien efter '\(key):'",
                                                          nb: "skriv verdien etter '\(key):'"))
                }
                continue
            }
            // An optional value left empty (`website: ""`) is no value, whatever its type.
            if !spec.required, let scalar = valueNode.scalar, scalar.string.trimmingWhitespace().isEmpty { continue }
            if let value = read(valueNode, as: spec.type, key: key) {
                if case .string(let text) = value, text.isEmpty {
                    // An optional value left empty (`summary: ""`) is no value.
                    guard spec.required else { continue }
                    // `title: ""` or `name: " "` would make a page without a heading or a link without text.
                    diagnostics.error("missing-value", at: location(of: valueNode),
                                      LocalizedText(en: "'\(key)' is empty",
                                                    da: "'\(key)' er tom",
                                                    nb: "'\(key)' er tom"),
                                      hint: LocalizedText(en: "write the value after '\(key):'",
                                                          da: "skriv værdien efter '\(key):'",
                                                          nb: "skriv verdien etter '\(key):'"))
                    continue
                }
                values[key] = Located(value, at: location(of: valueNode))
            }
        }
        // Where the line goes: the file's front matter, sitegen.yml, or the group it is
        // missing from (a contact's `name` goes under that contact, not at the top of the file).
        let place: (en: String, da: String, nb: String)
        if kindName == "sitegen.yml" {
            place = (en: "sitegen.yml", da: "sitegen.yml", nb: "sitegen.yml")
        } else if Kind(rawValue: kindName) != nil {
            place = YAMLParser.subject("")
        } else {
            let group = Self.place(ofKeysIn: kindName)
            place = (en: kindName == "contact" ? "each contact under 'contacts'" : "'\(kindName)'", da: group, nb: group)
        }
        for spec in specs where spec.required && !mapping.keys.contains(where: { $0.scalar?.string == spec.name }) {
            diagnostics.error("missing-key", at: location(of: mappingNode),
                              LocalizedText(en: "the required key '\(spec.name)' is missing",
                                            da: "den påkrævede nøgle '\(spec.name)' mangler",
                                            nb: "den påkrevde nøkkelen '\(spec.name)' mangler"),
                              hint: LocalizedText(en: "add a line '\(spec.name): ...' to \(place.en)",
                                                  da: "tilføj en linje '\(spec.name): ...' i \(place.da)",
                                                  nb: "legg til en linje '\(spec.name): ...' i \(place.nb)"))
        }
        return values
    }

    /// Where the keys of `kindName` are written, for the Danish and Norwegian hint that lists them:
    /// a kind becomes "en fil med 'kind: approach'", a contact "hver kontakt under 'contacts'".
    private static func place(ofKeysIn kindName: String) -> String {
        if Kind(rawValue: kindName) != nil { return "en fil med 'kind: \(kindName)'" }
        switch kindName {
        case "contact": return "hver kontakt under 'contacts'"
        case "sitegen.yml": return "sitegen.yml"
        default: return "'\(kindName)'"
        }
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    // MARK: - Typed values

    private mutating func read(_ node: Node, as type: KeyType, key: String) -> FieldValue? {
        switch type {
        case .line(let maxLength):
            guard let text = scalarText(node, key: key) else { return nil }
            if text.utf8.contains(0x0A) {
                diagnostics.error("multiline-value", at: location(of: node),
                                  LocalizedText(en: "'\(key)' must be one line",
                                                da: "'\(key)' skal stå på én linje",
                                                nb: "'\(key)' må stå på én linje"),
                                  hint: LocalizedText(en: "join the lines into one",
                                                      da: "saml linjerne til én",
                                                      nb: "slå sammen linjene til én"))
                return nil
            }
            if let maxLength, text.count > maxLength {
                diagnostics.error("too-long", at: location(of: node),
                                  LocalizedText(en: "'\(key)' is \(text.count) characters long; at most \(maxLength) are allowed",
                                                da: "'\(key)' er \(text.count) tegn lang; højst \(maxLength) tegn er tilladt",
                                                nb: "'\(key)' er \(text.count) tegn lang; høyst \(maxLength) tegn er tillatt"),
                                  hint: LocalizedText(en: "shorten it by \(text.count - maxLength) characters",
                                                      da: "gør teksten \(text.count - maxLength) tegn kortere",
                                                      nb: "gjør teksten \(text.count - maxLength) tegn kortere"))
                return nil
            }
            return .string(text)
        case .text:
            return scalarText(node, key: key).map(FieldValue.string)
        case .integer(let minimum):
            return integer(node, key: key, minimum: minimum).map(FieldValue.integer)
        case .boolean:
            guard let text = scalarText(node, key: key) else { return nil }
            // In the YAML 1.2 core schema a quoted "true" is text, not a yes-or-no value.
            switch node.scalar?.style == .plain ? text : "" {
            case "true", "True", "TRUE": return .boolean(true)
            case "false", "False", "FALSE": return .boolean(false)
            default:
                diagnostics.error("invalid-boolean", at: location(of: node),
                                  LocalizedText(en: "'\(key)' must be true or false, not '\(text)'",
                                                da: "'\(key)' skal være true eller false, ikke '\(text)'",
                                                nb: "'\(key)' må være true eller false, ikke '\(text)'"),
                                  hint: LocalizedText(en: "write '\(key): true' or '\(key): false', without quotes",
                                                      da: "skriv '\(key): true' eller '\(key): false', uden anførselstegn",
                                                      nb: "skriv '\(key): true' eller '\(key): false', uten anførselstegn"))
                return nil
            }
        case .date:
            return date(node, key: key).map(FieldValue.date)
        case .url:
            guard let text = scalarText(node, key: key) else { return nil }
            guard Validators.isWebURL(text) else {
                diagnostics.error("invalid-url", at: location(of: node),
                                  LocalizedText(en: "'\(key)' is not a web address: '\(text)'",
                                                da: "'\(key)' er ikke en webadresse: '\(text)'",
                                                nb: "'\(key)' er ikke en nettadresse: '\(text)'"),
                                  hint: text.lowercased().hasPrefix("http://") || text.lowercased().hasPrefix("https://")
                                    ? LocalizedText(en: "check the address: no spaces, and a domain after https://, e.g. https://www.aarhus.dk/skoler",
                                                    da: "tjek adressen: ingen mellemrum, og et domæne efter https://, fx https://www.aarhus.dk/skoler",
                                                    nb: "sjekk adressen: ingen mellomrom, og et domene etter https://, f.eks. https://www.aarhus.dk/skoler")
                                    : LocalizedText(en: "write the whole address, starting with https://",
                                                    da: "skriv hele adressen, så den starter med https://",
                                                    nb: "skriv hele adressen, slik at den starter med https://"))
                return nil
            }
            return .string(text)
        case .email:
            guard let text = scalarText(node, key: key) else { return nil }
            return email(text, node: node, key: key).map(FieldValue.string)
        case .color:
            guard let text = scalarText(node, key: key) else { return nil }
            guard Validators.isHexColor(text) else {
                diagnostics.error("invalid-color", at: location(of: node),
                                  LocalizedText(en: "'\(key)' must be a colour written #rrggbb, not '\(text)'",
                                                da: "'\(key)' skal være en farve skrevet som #rrggbb, ikke '\(text)'",
                                                nb: "'\(key)' må være en farge skrevet som #rrggbb, ikke '\(text)'"),
                                  hint: LocalizedText(en: "for example \(key): \"#00558c\" (in quotes, since # starts a comment in YAML)",
                                                      da: "for eksempel \(key): \"#00558c\" (i anførselstegn, fordi # starter en kommentar i YAML)",
                                                      nb: "for eksempel \(key): \"#00558c\" (i anførselstegn, fordi # starter en kommentar i YAML)"))
                return nil
            }
            return .string(text.lowercased())
        case .path:
            guard let text = scalarText(node, key: key) else { return nil }
            return .string(text)
        case .oneOf(let allowed):
            guard let text = scalarText(node, key: key) else { return nil }
            guard allowed.contains(text) else {
                let closest = Suggestions.closest(to: text, in: allowed)
                let values = allowed.joined(separator: ", ")
                diagnostics.error("invalid-value", at: location(of: node),
                                  LocalizedText(en: "'\(text)' is not a valid value for '\(key)'",
                                                da: "'\(text)' er ikke en gyldig værdi for '\(key)'",
                                                nb: "'\(text)' er ikke en gyldig verdi for '\(key)'"),
                                  hint: LocalizedText(en: (closest.map { "did you mean '\($0)'? " } ?? "") + "write one of: \(values)",
                                                      da: (closest.map { "mente du '\($0)'? " } ?? "") + "skriv en af disse: \(values)",
                                                      nb: (closest.map { "mente du '\($0)'? " } ?? "") + "skriv en av disse: \(values)"))
                return nil
            }
            return .string(text)
        case .stringList(let minCount):
            guard let (items, failed) = stringList(node, key: key) else { return nil }
            // Items with their own error count as written: "needs at least 1 item" would be wrong.
            if items.count + failed < minCount {
                diagnostics.error("empty-list", at: location(of: node),
                                  LocalizedText(en: "'\(key)' needs at least \(minCount) item\(minCount == 1 ? "" : "s")",
                                                da: "'\(key)' skal have mindst \(minCount) punkt\(minCount == 1 ? "" : "er")",
                                                nb: "'\(key)' må ha minst \(minCount) punkt\(minCount == 1 ? "" : "er")"),
                                  hint: LocalizedText(en: "write each item on its own line, starting with '- '",
                                                      da: "skriv hvert punkt på en linje for sig, og start linjen med '- '",
                                                      nb: "skriv hvert punkt på en egen linje, og start linjen med '- '"))
                return nil
            }
            return .strings(items)
        case .idList:
            guard let sequence = sequence(node, key: key) else { return nil }
            var ids: [Located<ContentID>] = []
            for item in sequence {
                guard let text = scalarText(item, key: key) else { continue }
                var id = text.trimmingWhitespace()
                while id.hasPrefix("/") { id.removeFirst() }
                while id.hasSuffix("/") { id.removeLast() }
                ids.append(Located(ContentID(contentPath: id), at: location(of: item)))
            }
            return .ids(ids)
        case .expects:
            guard let mapping = mapping(node, key: key, example: ["approaches: 5"]) else { return nil }
            let allowed = Kind.parts.compactMap(\.expectsKey)
            var counts: [(key: String, count: Int, location: SourceLocation)] = []
            for (k, v) in mapping {
                let name = k.scalar?.string ?? ""
                guard allowed.contains(name) else {
                    let hint: LocalizedText
                    if let closest = Suggestions.closest(to: name, in: allowed) {
                        hint = LocalizedText(en: "did you mean '\(closest)'?",
                                             da: "mente du '\(closest)'?",
                                             nb: "mente du '\(closest)'?")
                    } else {
                        let names = allowed.joined(separator: ", ")
                        hint = LocalizedText(en: "write one of: \(names)",
                                             da: "skriv en af disse: \(names)",
                                             nb: "skriv en av disse: \(names)")
                    }
                    diagnostics.error("unknown-key", at: location(of: k),
                                      LocalizedText(en: "unknown key '\(name)' in 'expects'",
                                                    da: "ukendt nøgle '\(name)' i 'expects'",
                                                    nb: "ukjent nøkkel '\(name)' i 'expects'"),
                                      hint: hint)
                    continue
                }
                if let count = integer(v, key: "expects.\(name)", minimum: 0) {
                    counts.append((name, count, location(of: v)))
                }
            }
            return .expects(counts)
        case .quote:
            guard let mapping = mapping(node, key: key, example: ["text: …", "source: …"]) else { return nil }
            var sub = subReader()
            let values = sub.read(mapping, specs: [
                KeySpec("text", .text, required: true, "Citatet"),
                KeySpec("source", .line(maxLength: nil), "Kilde"),
            ], mappingNode: node, kindName: "quote")
            diagnostics.merge(sub.diagnostics)
            guard case .string(let text)? = values["text"]?.value else { return nil }
            var source: String?
            if case .string(let s)? = values["source"]?.value { source = s }
            return .quote(Quote(text: text, source: source))
        case .datePeriod:
            guard let mapping = mapping(node, key: key, example: ["start: 2025-08-01", "end: 2030-07-31"]) else { return nil }
            var sub = subReader()
            let values = sub.read(mapping, specs: [
                KeySpec("start", .date, "Startdato"),
                KeySpec("end", .date, "Slutdato"),
            ], mappingNode: node, kindName: "period")
            diagnostics.merge(sub.diagnostics)
            var period = DatePeriod()
            if case .date(let d)? = values["start"]?.value { period.start = d }
            if case .date(let d)? = values["end"]?.value { period.end = d }
            if let start = period.start, let end = period.end, end < start, let at = values["end"]?.location {
                diagnostics.error("date-order", at: at,
                                  LocalizedText(en: "the period ends (\(end)) before it starts (\(start))",
                                                da: "perioden slutter (\(end)) før den begynder (\(start))",
                                                nb: "perioden slutter (\(end)) før den begynner (\(start))"),
                                  hint: LocalizedText(en: "check the two dates; 'end' must not be before 'start'",
                                                      da: "tjek de to datoer; 'end' må ikke ligge før 'start'",
                                                      nb: "sjekk de to datoene; 'end' kan ikke være før 'start'"))
            }
            return .datePeriod(period)
        case .contacts:
            guard let sequence = sequence(node, key: key) else { return nil }
            var contacts: [Contact] = []
            for item in sequence {
                guard let mapping = mapping(item, key: key, example: ["name: Kari Nordmann", "email: kari@kommune.dk"]) else { continue }
                var sub = subReader()
                let values = sub.read(mapping, specs: [
                    KeySpec("name", .line(maxLength: nil), required: true, "Navn"),
                    KeySpec("title", .line(maxLength: nil), "Titel"),
                    KeySpec("email", .email, "E-mail"),
                    KeySpec("phone", .line(maxLength: nil), "Telefon"),
                ], mappingNode: item, kindName: "contact")
                diagnostics.merge(sub.diagnostics)
                func text(_ k: String) -> String? {
                    if case .string(let s)? = values[k]?.value { return s }
                    return nil
                }
                guard let name = text("name") else { continue }
                contacts.append(Contact(name: name, title: text("title"), email: text("email"), phone: text("phone")))
            }
            return .contacts(contacts)
        }
    }

    private func subReader() -> FieldReader {
        FieldReader(file: file, firstLine: firstLine, lines: yaml)
    }

    /// Reports a single value that is empty because a `#` after the key's `:` began a YAML
    /// comment (`color: #1a5a96`), for optional keys too, whose empty value would otherwise be
    /// dropped without a word. A list or map is written on the lines below its key, where a
    /// comment after the `:` is a note. Returns whether it reported.
    private mutating func reportComment(emptying valueNode: Node, of keyNode: Node, key: String, type: KeyType) -> Bool {
        switch type {
        case .stringList, .idList, .expects, .quote, .datePeriod, .contacts: return false
        default: break
        }
        guard let yaml, valueNode.scalar?.string == "", let mark = keyNode.mark,
              let comment = CommentAfterKey.comment(in: yaml, line: mark.line, keyColumn: mark.column) else { return false }
        let example = "\(key): \(CommentAfterKey.quoted(comment.text))"
        diagnostics.error("comment-as-value", at: SourceLocation(file: file, line: mark.line + firstLine - 1, column: comment.column),
                          LocalizedText(en: "'\(key)' has no value: in YAML '#' after a blank starts a comment, so '\(comment.text)' is not read",
                                        da: "'\(key)' har ingen værdi: i YAML begynder '#' efter et mellemrum en kommentar, så '\(comment.text)' bliver ikke læst",
                                        nb: "'\(key)' har ingen verdi: i YAML begynner '#' etter et mellomrom en kommentar, så '\(comment.text)' blir ikke lest"),
                          hint: LocalizedText(en: "put the value in quotes: \(example); if it is a note, write it on a line of its own",
                                              da: "sæt værdien i anførselstegn: \(example); er det en note, så skriv den på en linje for sig",
                                              nb: "sett verdien i anførselstegn: \(example); er det en merknad, så skriv den på en egen linje"))
        return true
    }

    private mutating func scalarText(_ node: Node, key: String) -> String? {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string.trimmingWhitespace()
            if let control = ControlCharacters.first(in: text) {
                let code = control.codePointName
                diagnostics.error("control-character", at: location(of: node),
                                  LocalizedText(en: "'\(key)' holds an invisible control character (\(code))",
                                                da: "'\(key)' indeholder et usynligt kontroltegn (\(code))",
                                                nb: "'\(key)' inneholder et usynlig kontrolltegn (\(code))"),
                                  hint: LocalizedText(en: "write the value again by hand; such characters come from escapes like \\0 or from text copied out of other programs",
                                                      da: "skriv værdien igen i hånden; sådanne tegn kommer fra koder som \\0 eller fra tekst kopieret fra andre programmer",
                                                      nb: "skriv verdien på nytt for hånd; slike tegn kommer fra koder som \\0 eller fra tekst kopiert fra andre programmer"))
                return nil
            }
            return text
        case .sequence:
            diagnostics.error("type-mismatch", at: location(of: node),
                              LocalizedText(en: "'\(key)' must be a single value, not a list",
                                            da: "'\(key)' skal være én værdi, ikke en liste",
                                            nb: "'\(key)' må være én verdi, ikke en liste"),
                              hint: LocalizedText(en: "write the value on the same line as '\(key):'",
                                                  da: "skriv værdien på samme linje som '\(key):'",
                                                  nb: "skriv verdien på samme linje som '\(key):'"))
        case .mapping:
            diagnostics.error("type-mismatch", at: location(of: node),
                              LocalizedText(en: "'\(key)' must be a single value, not a map",
                                            da: "'\(key)' skal være én værdi, ikke en gruppe af nøgler",
                                            nb: "'\(key)' må være én verdi, ikke en gruppe med nøkler"),
                              hint: LocalizedText(en: "write the value on the same line as '\(key):'; put text with ': ' in quotes",
                                                  da: "skriv værdien på samme linje som '\(key):'; sæt tekst med ': ' i anførselstegn",
                                                  nb: "skriv verdien på samme linje som '\(key):'; sett tekst med ': ' i anførselstegn"))
        case .alias:
            diagnostics.error("type-mismatch", at: location(of: node),
                              LocalizedText(en: "'\(key)' uses a YAML alias, which sitegen does not support",
                                            da: "'\(key)' bruger et YAML-alias, og det understøtter sitegen ikke",
                                            nb: "'\(key)' bruker et YAML-alias, og det støtter ikke sitegen"),
                              hint: LocalizedText(en: "write the value out in full",
                                                  da: "skriv hele værdien ud",
                                                  nb: "skriv ut hele verdien"))
        }
        return nil
    }

    private mutating func sequence(_ node: Node, key: String) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        diagnostics.error("type-mismatch", at: location(of: node),
                          LocalizedText(en: "'\(key)' must be a list",
                                        da: "'\(key)' skal være en liste",
                                        nb: "'\(key)' må være en liste"),
                          hint: LocalizedText(en: "write each item on its own line below '\(key):', starting with '- '",
                                              da: "skriv hvert punkt på en linje for sig under '\(key):', og start linjen med '- '",
                                              nb: "skriv hvert punkt på en egen linje under '\(key):', og start linjen med '- '"))
        return nil
    }

    /// The map `node` holds, or an error whose hint shows the lines `example` (`start: 2025-08-01`).
    private mutating func mapping(_ node: Node, key: String, example: [String]) -> Node.Mapping? {
        if case .mapping(let mapping) = node { return mapping }
        let lines = example.map { "'\($0)'" }
        let shown = (en: lines.joined(separator: " and "), da: lines.joined(separator: " og "), nb: lines.joined(separator: " og "))
        diagnostics.error("type-mismatch", at: location(of: node),
                          LocalizedText(en: "'\(key)' must be a map of keys and values",
                                        da: "'\(key)' skal være en gruppe af nøgler med værdier",
                                        nb: "'\(key)' må være en gruppe med nøkler og verdier"),
                          hint: LocalizedText(en: "write each key on its own indented line below '\(key):', e.g. \(shown.en)",
                                              da: "skriv hver nøgle på en indrykket linje for sig under '\(key):', fx \(shown.da)",
                                              nb: "skriv hver nøkkel på en egen innrykket linje under '\(key):', f.eks. \(shown.nb)"))
        return nil
    }

    /// The texts of a list of strings, and how many items had an error of their own.
    private mutating func stringList(_ node: Node, key: String) -> (strings: [String], failed: Int)? {
        guard let items = sequence(node, key: key) else { return nil }
        var strings: [String] = []
        var failed = 0
        for item in items {
            if let written = Self.textReadAsKey(item) {
                // `- Derfor gør vi følgende: vi lytter` is a map of one key in YAML.
                let mended = "- " + YAMLMistakes.quoted(written)
                diagnostics.error("type-mismatch", at: location(of: item),
                                  LocalizedText(en: "an item of '\(key)' contains ': ', which YAML reads as a key",
                                                da: "et punkt i '\(key)' indeholder ': ', som YAML læser som en nøgle",
                                                nb: "et punkt i '\(key)' inneholder ': ', som YAML leser som en nøkkel"),
                                  hint: LocalizedText(en: "put the item in quotes: \(mended)",
                                                      da: "sæt punktet i anførselstegn: \(mended)",
                                                      nb: "sett punktet i anførselstegn: \(mended)"))
                failed += 1
                continue
            }
            guard let text = scalarText(item, key: key) else { failed += 1; continue }
            if text.isEmpty {
                // `- #1 punkt`: in YAML a '#' after a blank starts a comment, so the item is empty.
                let comment = commentEmptying(item)
                diagnostics.error("empty-item", at: location(of: item),
                                  LocalizedText(en: "an item of '\(key)' is empty",
                                                da: "et punkt i '\(key)' er tomt",
                                                nb: "et punkt i '\(key)' er tomt"),
                                  hint: comment.map { comment in
                                      let mended = "- " + YAMLMistakes.quoted(comment)
                                      return LocalizedText(en: "'#' after a blank starts a comment in YAML; put the item in quotes: \(mended)",
                                                           da: "i YAML begynder '#' efter et mellemrum en kommentar; sæt punktet i anførselstegn: \(mended)",
                                                           nb: "i YAML begynner '#' etter et mellomrom en kommentar; sett punktet i anførselstegn: \(mended)")
                                  } ?? LocalizedText(en: "write the item's text after '- ', or delete the line",
                                                     da: "skriv punktets tekst efter '- ', eller slet linjen",
                                                     nb: "skriv teksten til punktet etter '- ', eller slett linjen"))
                failed += 1
                continue
            }
            if text.containsBytes(" - "), let yaml, item.scalar?.style == .plain, let mark = item.mark,
               let folded = MergedListItem.foldedItem(in: yaml, itemLine: mark.line, itemColumn: mark.column) {
                let spaces = max(mark.column - 3, 0)
                diagnostics.warning("merged-item", at: SourceLocation(file: file, line: folded.line + firstLine - 1, column: folded.column),
                                    LocalizedText(en: "this line is read as part of the item above it in '\(key)', not as an item of its own",
                                                  da: "denne linje læses som en del af punktet over den i '\(key)', ikke som et punkt for sig",
                                                  nb: "denne linjen leses som en del av punktet over den i '\(key)', ikke som et eget punkt"),
                                    hint: LocalizedText(en: "start the '-' in the same column as the items above (\(spaces) spaces in)",
                                                        da: "sæt '-' i samme kolonne som punkterne over (\(spaces) mellemrum inde)",
                                                        nb: "sett '-' i samme kolonne som punktene over (\(spaces) mellomrom inn)"))
            }
            strings.append(text)
        }
        return (strings, failed)
    }

    /// The comment that empties a list item written `- #1 punkt`, from the '#' on; nil when the
    /// item's line is no such line.
    private func commentEmptying(_ item: Node) -> String? {
        guard let yaml, let mark = item.mark, let line = yaml.line(mark.line) else { return nil }
        let rest = line.drop { $0 == " " }
        guard rest.hasPrefix("-") else { return nil }
        let after = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard after.hasPrefix("#"), after.count < rest.count - 1 else { return nil }
        return String(after).trimmingWhitespace()
    }

    /// The text a writer meant, for a list item YAML read as a map of one key with a plain
    /// text value (`- Mål: alle lærer`); nil for any other item.
    static func textReadAsKey(_ item: Node) -> String? {
        guard case .mapping(let mapping) = item, mapping.count == 1, let pair = mapping.first,
              case .scalar(let key) = pair.key, key.style == .plain,
              case .scalar(let value) = pair.value else { return nil }
        return value.string.isEmpty ? key.string + ":" : key.string + ": " + value.string
    }

    private mutating func integer(_ node: Node, key: String, minimum: Int?) -> Int? {
        guard let text = scalarText(node, key: key) else { return nil }
        guard node.scalar?.style == .plain, let value = Int(text) else {
            let example = "\(key): \(max(minimum ?? 1, 1))"
            diagnostics.error("type-mismatch", at: location(of: node),
                              LocalizedText(en: "'\(key)' must be a whole number, not '\(text)'",
                                            da: "'\(key)' skal være et helt tal, ikke '\(text)'",
                                            nb: "'\(key)' må være et helt tall, ikke '\(text)'"),
                              hint: LocalizedText(en: "write digits only, without quotes, e.g. '\(example)'",
                                                  da: "skriv kun cifre, uden anførselstegn, f.eks. '\(example)'",
                                                  nb: "skriv bare sifre, uten anførselstegn, f.eks. '\(example)'"))
            return nil
        }
        if let minimum, value < minimum {
            diagnostics.error("invalid-number", at: location(of: node),
                              LocalizedText(en: "'\(key)' must be at least \(minimum), not \(value)",
                                            da: "'\(key)' skal være mindst \(minimum), ikke \(value)",
                                            nb: "'\(key)' må være minst \(minimum), ikke \(value)"),
                              hint: LocalizedText(en: "numbers start at \(minimum)",
                                                  da: "tallene begynder ved \(minimum)",
                                                  nb: "tallene begynner på \(minimum)"))
            return nil
        }
        return value
    }

    private mutating func date(_ node: Node, key: String) -> CalendarDate? {
        guard let text = scalarText(node, key: key) else { return nil }
        guard let date = CalendarDate(text) else {
            let digits = text.split(separator: "-", omittingEmptySubsequences: false)
            if digits.map(\.count) == [4, 2, 2], digits.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
                // Written right, but no such day: 2024-02-30, 2026-13-01, 0000-01-01.
                diagnostics.error("invalid-date", at: location(of: node),
                                  LocalizedText(en: "'\(key)' is not a day of the calendar: '\(text)'",
                                                da: "'\(key)' er ikke en dag i kalenderen: '\(text)'",
                                                nb: "'\(key)' er ikke en dag i kalenderen: '\(text)'"),
                                  hint: LocalizedText(en: "check the year, the month (01-12) and the day of the month",
                                                      da: "tjek året, måneden (01-12) og dagen i måneden",
                                                      nb: "sjekk året, måneden (01-12) og dagen i måneden"))
                return nil
            }
            diagnostics.error("invalid-date", at: location(of: node),
                              LocalizedText(en: "'\(key)' must be a date written YYYY-MM-DD, not '\(text)'",
                                            da: "'\(key)' skal være en dato skrevet som YYYY-MM-DD, ikke '\(text)'",
                                            nb: "'\(key)' må være en dato skrevet som YYYY-MM-DD, ikke '\(text)'"),
                              hint: WrittenInDanish.date(text).map { meant in
                                  LocalizedText(en: "write it as \(key): \(meant)",
                                                da: "skriv den sådan: \(key): \(meant)",
                                                nb: "skriv den slik: \(key): \(meant)")
                              } ?? LocalizedText(en: "for example \(key): 2026-11-23",
                                                 da: "for eksempel \(key): 2026-11-23",
                                                 nb: "for eksempel \(key): 2026-11-23"))
            return nil
        }
        return date
    }

    private mutating func email(_ text: String, node: Node, key: String) -> String? {
        guard Validators.isEmail(text) else {
            diagnostics.error("invalid-email", at: location(of: node),
                              LocalizedText(en: "'\(key)' is not a valid e-mail address: '\(text)'",
                                            da: "'\(key)' er ikke en gyldig e-mailadresse: '\(text)'",
                                            nb: "'\(key)' er ikke en gyldig e-postadresse: '\(text)'"),
                              hint: LocalizedText(en: "write it as name@example.dk",
                                                  da: "skriv den som name@example.dk",
                                                  nb: "skriv den som name@example.dk"))
            return nil
        }
        return text
    }
}

/// Typed access to the values a `FieldReader` read, by key.
struct FieldValues {
    let values: [String: Located<FieldValue>]
    func string(_ key: String) -> String? {
        if case .string(let s)? = values[key]?.value { return s }
        return nil
    }
    func int(_ key: String) -> Int? {
        if case .integer(let i)? = values[key]?.value { return i }
        return nil
    }
    func bool(_ key: String) -> Bool? {
        if case .boolean(let b)? = values[key]?.value { return b }
        return nil
    }
    func date(_ key: String) -> CalendarDate? {
        if case .date(let d)? = values[key]?.value { return d }
        return nil
    }
    func strings(_ key: String) -> [String] {
        if case .strings(let s)? = values[key]?.value { return s }
        return []
    }
    func ids(_ key: String) -> [Located<ContentID>] {
        if case .ids(let i)? = values[key]?.value { return i }
        return []
    }
    func location(_ key: String) -> SourceLocation? { values[key]?.location }
}
