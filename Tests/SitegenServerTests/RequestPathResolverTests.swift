import Foundation
import XCTest
@testable import SitegenServer
import SitegenTestSupport

final class RequestPathResolverTests: XCTestCase {
    func testResolvesInsideAndRefusesEveryWayOut() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a"), withIntermediateDirectories: true)
        try Data("home".utf8).write(to: root.appendingPathComponent("index.html"))
        try Data("a".utf8).write(to: root.appendingPathComponent("a/index.html"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("out").path, withDestinationPath: "/etc")
        let resolver = RequestPathResolver(root: root)
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL
        XCTAssertEqual(resolver.resolve("/"), .file(realRoot.appendingPathComponent("index.html")))
        XCTAssertEqual(resolver.resolve("/a/?q=x"), .file(realRoot.appendingPathComponent("a/index.html")))
        XCTAssertEqual(resolver.resolve("/a"), .file(realRoot.appendingPathComponent("a/index.html")))
        XCTAssertEqual(resolver.resolve("/b/"), .notFound)
        for hostile in ["/../etc/passwd", "/%2e%2e/etc/passwd", "/a/%2E%2E/%2E%2E/etc/passwd", "/a\\..\\..\\etc", "/%00",
                        "/a/%5c..%5c..", "relative", "/%zz", "/./index.html"] {
            XCTAssertEqual(resolver.resolve(hostile), .badRequest, hostile)
        }
        XCTAssertEqual(resolver.resolve("/out/passwd"), .notFound, "a symbolic link out of the root is not followed")
    }

    func testContentTypesCarryACharset() {
        XCTAssertEqual(RequestPathResolver.contentType(for: URL(fileURLWithPath: "/x/index.html")), "text/html; charset=utf-8")
        XCTAssertEqual(RequestPathResolver.contentType(for: URL(fileURLWithPath: "/x/a.PNG")), "image/png")
        XCTAssertEqual(RequestPathResolver.contentType(for: URL(fileURLWithPath: "/x/a.bin")), "application/octet-stream")
    }
}

/// The preview's 404 page.
final class PreviewNotFoundTests: XCTestCase {
    /// Its `<base href>` names the published site (`baseURL`); served by `sitegen serve` it names
    /// the preview's root, so its style sheet and links are the preview's.
    func testThe404PagesBaseIsThePreviewsRoot() {
        let page = Data("<head>\n<base href=\"https://skoler.aarhus.dk/ledelse/\">\n</head><body><a href=\"index.html\">x</a></body>".utf8)
        let served = String(decoding: PreviewServer.servedFromRoot(page), as: UTF8.self)
        XCTAssertTrue(served.contains("<base href=\"/\">"), served)
        XCTAssertFalse(served.contains("skoler.aarhus.dk"))
        let plain = Data("<head></head><body>x</body>".utf8)
        XCTAssertEqual(PreviewServer.servedFromRoot(plain), plain)
    }
}
