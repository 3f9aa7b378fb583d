import Testing
@testable import SitegenServer

private let key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
private let version = "Sec-WebSocket-Version: 13\r\n"
private let origin = "Origin: http://127.0.0.1:8080\r\n"

/// An `Upgrade` header is answered: only a complete WebSocket handshake for `/_sitegen/live`
/// ends the scanning (and is upgraded); any other (`h2c`, `websocket` for another path, a
/// handshake the upgrader would throw out) is refused with 400 at once.
@Suite struct RequestUpgradeTests {
    let policy = RequestPolicy(host: "127.0.0.1", port: 8080)

    /// Heads that are no complete WebSocket handshake for the live socket, each with the rest
    /// of a browser's handshake.
    static let badHandshakes: [String] = {
        let rest = key + version + origin
        let host = "Host: 127.0.0.1:8080\r\n"
        let upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\n"
        var heads: [String] = []
        // Another path (the live socket's query included), another method or version.
        for line in ["GET / HTTP/1.1", "GET /_sitegen/live.js HTTP/1.1", "GET /_sitegen/live?x=1 HTTP/1.1",
                     "HEAD /_sitegen/live HTTP/1.1", "GET /_sitegen/live HTTP/1.0"] {
            heads.append(line + "\r\n" + host + upgrade + rest)
        }
        let live = "GET /_sitegen/live HTTP/1.1\r\n" + host
        heads.append(live + "Upgrade: websocket\r\n" + rest)  // no Connection: Upgrade
        heads.append(live + upgrade + version + origin)  // no key
        heads.append(live + upgrade + key + rest)  // two keys
        heads.append(live + upgrade + key + "Sec-WebSocket-Version: 8\r\n" + origin)
        heads.append(live + "Upgrade: websocket\r\n" + upgrade + rest)  // two Upgrades
        return heads
    }()

    func scan(_ text: String) -> RequestHeadScanner.Outcome {
        var scanner = RequestHeadScanner(policy: policy)
        return scanner.scan(Array(text.utf8))
    }

    @Test func anH2cUpgradeIsABadRequest() {
        for path in ["/", "/_sitegen/live", "/aarhus/"] {
            let outcome = scan("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n")
            #expect(outcome.rejection == .badRequest, "\(path)")
            #expect(!outcome.upgraded && outcome.acceptedHeads == 0, "\(path)")
        }
    }

    @Test(arguments: ["TLS/1.0", "IRC/6.9", "websocket, h2c", "h2c, websocket", ""])
    func otherUpgradesAreBadRequests(upgrade: String) {
        let outcome = scan("GET /_sitegen/live HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUpgrade: \(upgrade)\r\nConnection: Upgrade\r\n"
            + key + version + "\r\n")
        #expect(outcome.rejection == .badRequest)
        #expect(!outcome.upgraded)
    }

    /// A WebSocket handshake is only for the live socket, and only complete.
    @Test(arguments: RequestUpgradeTests.badHandshakes)
    func incompleteOrMisplacedHandshakesAreBadRequests(head: String) {
        let outcome = scan(head + "\r\n")
        #expect(outcome.rejection == .badRequest)
        #expect(!outcome.upgraded)
    }

    /// The handshake browsers send (Firefox: `Connection: keep-alive, Upgrade`; any case of
    /// `websocket`) still upgrades, and ends the scanning.
    @Test(arguments: ["Connection: Upgrade\r\nUpgrade: websocket\r\n", "Connection: keep-alive, Upgrade\r\nUpgrade: WebSocket\r\n",
                      "Connection: upgrade\r\nUpgrade: websocket\r\n"])
    func aRealHandshakeStillUpgrades(headers: String) {
        let outcome = scan("GET /_sitegen/live HTTP/1.1\r\nHost: localhost:8080\r\n" + headers + key + version + origin
            + "\r\n\u{81}\u{85}frame")
        #expect(outcome.rejection == nil && outcome.upgraded && outcome.acceptedHeads == 1)
    }

    /// After an ordinary request, the connection is still scanned: a second head is judged too.
    @Test func anOrdinaryRequestDoesNotEndTheScanning() {
        var scanner = RequestHeadScanner(policy: policy)
        let first = scanner.scan(Array("GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nConnection: Upgrade\r\n\r\n".utf8))
        #expect(first.rejection == nil && !first.upgraded && first.acceptedHeads == 1)
        let second = scanner.scan(Array("GET / HTTP/1.1\r\nHost: evil.example:8080\r\n\r\n".utf8))
        #expect(second.rejection == .misdirected)
    }

    @Test func theRefusalIsAComplete400() {
        let text = String(decoding: RequestRejection.badRequest.response, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 400 Bad Request\r\n") && text.hasSuffix("\r\n\r\n400 bad request\n"))
    }
}
