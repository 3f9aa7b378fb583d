import Foundation
import XCTest
@testable import SitegenCore
import SitegenTestSupport

final class JSONSchemaTests: XCTestCase {
    func testFrontMatterSchemaHasEveryKindWithItsKeys() throws {
        let data = Data(JSONSchemaWriter.frontMatterSchema().utf8)
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        let definitions = try XCTUnwrap(schema["$defs"] as? [String: [String: Any]])
        XCTAssertEqual(Set(definitions.keys), Set(Kind.allCases.map(\.rawValue)))
        for kind in Kind.allCases {
            let definition = try XCTUnwrap(definitions[kind.rawValue])
            let properties = try XCTUnwrap(definition["properties"] as? [String: [String: Any]])
            XCTAssertEqual(Set(properties.keys), Set(KeySchema.keys(for: kind).map(\.name)), kind.rawValue)
            XCTAssertEqual(definition["additionalProperties"] as? Bool, false)
            XCTAssertEqual(Set(definition["required"] as? [String] ?? []), Set(KeySchema.keys(for: kind).filter(\.required).map(\.name)))
            for (name, property) in properties {
                XCTAssertNotNil(property["description"] as? String, "\(kind.rawValue).\(name) has a Danish description")
            }
        }
        let approach = try XCTUnwrap(definitions["approach"]?["properties"] as? [String: [String: Any]])
        XCTAssertEqual(approach["number"]?["minimum"] as? Int, 1)
        XCTAssertEqual(approach["actions"]?["minItems"] as? Int, 1)
    }

    func testConfigSchema() throws {
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONSchemaWriter.configSchema().utf8)) as? [String: Any])
        let properties = try XCTUnwrap(schema["properties"] as? [String: Any])
        XCTAssertEqual(Set(properties.keys), Set(SiteConfig.keys.map(\.name)))
        XCTAssertEqual(schema["required"] as? [String], ["title"])
    }
}
