import Foundation

/// Writes JSON Schemas (draft 2020-12) for front matter and for sitegen.yml from the keys table,
/// with Danish descriptions, so editors can offer completion and checks.
public enum JSONSchemaWriter {
    /// The schema of every content file's front matter: the common keys, and per `kind` the keys
    /// of that kind (unknown keys are errors, as in `sitegen check`).
    public static func frontMatterSchema() -> String {
        var definitions: [String: Any] = [:]
        var conditions: [[String: Any]] = []
        for kind in Kind.allCases {
            let specs = KeySchema.keys(for: kind)
            definitions[kind.rawValue] = object(specs, description: "Nøglerne for kind: \(kind.rawValue)")
            conditions.append([
                "if": ["properties": ["kind": ["const": kind.rawValue]], "required": ["kind"]],
                "then": ["$ref": "#/$defs/\(kind.rawValue)"],
            ])
        }
        let schema: [String: Any] = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "sitegen: front matter",
            "description": "Nøglerne mellem de to ---linjer øverst i en indholdsfil. kind afgør, hvilke andre nøgler filen må have.",
            "type": "object",
            "required": ["kind", "title"],
            "properties": ["kind": property(KeySchema.common[0])],
            "allOf": conditions,
            "$defs": definitions,
        ]
        return serialize(schema)
    }

    /// The schema of sitegen.yml.
    public static func configSchema() -> String {
        var specs = SiteConfig.keys
        specs.removeAll { $0.name == "markdown" }
        var schema = object(specs, description: "Indstillingerne for et sitegen-site (sitegen.yml).")
        var properties = schema["properties"] as? [String: Any] ?? [:]
        properties["markdown"] = [
            "type": "object",
            "description": "Markdown-indstillinger",
            "properties": ["unsafe": ["type": "boolean", "description": "Behold rå HTML i Markdown (script-tags escapes stadig)"]],
            "additionalProperties": false,
        ]
        schema["properties"] = properties
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = "sitegen: sitegen.yml"
        return serialize(schema)
    }

    private static func object(_ specs: [KeySpec], description: String) -> [String: Any] {
        var properties: [String: Any] = [:]
        for spec in specs { properties[spec.name] = property(spec) }
        return [
            "type": "object",
            "description": description,
            "properties": properties,
            "required": specs.filter(\.required).map(\.name),
            "additionalProperties": false,
        ]
    }

    private static func property(_ spec: KeySpec) -> [String: Any] {
        var schema = type(spec.type)
        schema["description"] = spec.description
        return schema
    }

    private static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

    private static func type(_ type: KeyType) -> [String: Any] {
        switch type {
        case .line(let maxLength):
            var schema: [String: Any] = ["type": "string", "pattern": "^[^\\n]*$"]
            if let maxLength { schema["maxLength"] = maxLength }
            return schema
        case .text, .path:
            return ["type": "string"]
        case .integer(let minimum):
            var schema: [String: Any] = ["type": "integer"]
            if let minimum { schema["minimum"] = minimum }
            return schema
        case .boolean:
            return ["type": "boolean"]
        case .date:
            return ["type": "string", "format": "date", "pattern": datePattern]
        case .url:
            return ["type": "string", "format": "uri", "pattern": "^https?://"]
        case .email:
            return ["type": "string", "format": "email"]
        case .color:
            return ["type": "string", "pattern": "^#[0-9a-fA-F]{6}$"]
        case .oneOf(let values):
            return ["type": "string", "enum": values]
        case .stringList(let minCount):
            return ["type": "array", "items": ["type": "string", "minLength": 1], "minItems": minCount]
        case .idList:
            return ["type": "array", "items": ["type": "string", "pattern": "^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$"]]
        case .expects:
            let counts = Dictionary(uniqueKeysWithValues: Kind.parts.compactMap(\.expectsKey).map { ($0, ["type": "integer", "minimum": 0] as [String: Any]) })
            return ["type": "object", "properties": counts, "additionalProperties": false]
        case .quote:
            return ["type": "object", "required": ["text"], "additionalProperties": false,
                    "properties": ["text": ["type": "string", "description": "Citatet"], "source": ["type": "string", "description": "Kilde"]]]
        case .datePeriod:
            let date: [String: Any] = ["type": "string", "format": "date", "pattern": datePattern]
            return ["type": "object", "additionalProperties": false, "properties": ["start": date, "end": date]]
        case .contacts:
            return ["type": "array", "items": [
                "type": "object", "required": ["name"], "additionalProperties": false,
                "properties": [
                    "name": ["type": "string", "description": "Navn"],
                    "title": ["type": "string", "description": "Titel"],
                    "email": ["type": "string", "format": "email", "description": "E-mail"],
                    "phone": ["type": "string", "description": "Telefon"],
                ] as [String: Any],
            ] as [String: Any]]
        }
    }

    private static func serialize(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }
}
