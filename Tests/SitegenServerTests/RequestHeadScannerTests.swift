import Testing
@testable import SitegenServer

/// The request guard of `sitegen serve`: which heads reach the HTTP parser.
@Suite struct RequestHeadScannerTests {
    let policy = RequestPolicy(host: "127.0.0.1", port: 8080)

    /// Scans `text` in one piece.
    func scan(_ text: String, policy: RequestPolicy? = nil) -> RequestHeadScanner.Outcome {
        var scanner = RequestHeadScanner(policy: policy ?? self.policy)
        return scanner.scan(Array(text.utf8))
    }

    @Test(arguments: ["127.0.0.1:8080", "localhost:8080", "LOCALHOST:8080", "[::1]:8080"])
    func ownHostsAreAnswered(host: String) {
        let outcome = scan("GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n")
        #expect(outcome.rejection == nil && outcome.acceptedHeads == 1)
    }

    @Test(arguments: ["evil.example.com:8080", "127.0.0.1:8081", "127.0.0.1", "localhost.evil.example:8080",
                      "127.0.0.1.nip.io:8080", "127.0.0.1:08080", "[::1]", ""])
    func otherHostsAreMisdirectedOrBad(host: String) {
        let rejection = scan("GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n").rejection
        #expect(rejection == .misdirected || rejection == .badRequest, "\(host)")
    }

    @Test func theHostOptionsAddressIsAccepted() {
        let lan = RequestPolicy(host: "192.168.1.10", port: 80)
        #expect(scan("GET / HTTP/1.1\r\nHost: 192.168.1.10\r\n\r\n", policy: lan).acceptedHeads == 1)
        #expect(scan("GET / HTTP/1.1\r\nHost: 192.168.1.10:80\r\n\r\n", policy: lan).acceptedHeads == 1)
        #expect(scan("GET / HTTP/1.1\r\nHost: 192.168.1.11\r\n\r\n", policy: lan).rejection == .misdirected)
    }

    @Test func aMissingOrSecondHostIsBad() {
        #expect(scan("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n").rejection == .badRequest)
        #expect(scan("GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nHost: evil.example.com\r\n\r\n").rejection == .badRequest)
    }

    @Test func theLiveReloadSocketTakesOnlyItsOwnOrigin() {
        let handshake = "GET /_sitegen/live HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        #expect(scan(handshake + "Origin: https://attacker.example\r\n\r\n").rejection == .foreignOrigin)
        #expect(scan(handshake + "Origin: null\r\n\r\n").rejection == .foreignOrigin)
        #expect(scan(handshake + "Origin: https://127.0.0.1:8080\r\n\r\n").rejection == .foreignOrigin)
        let own = scan(handshake + "Origin: http://localhost:8080\r\n\r\n\u{81}")
        #expect(own.rejection == nil && own.upgraded)
        // No Origin: not a browser's page (every browser sends one), so nothing to protect from.
        #expect(scan(handshake + "\r\n").upgraded)
    }

    /// A page of another site (or a file:// page) may link to the preview, but not load its files:
    /// `<script src=".../search/index.js">` would read every page, drafts too.
    @Test(arguments: [
        ("cross-site", "no-cors", "script"), ("same-site", "no-cors", "script"), ("cross-site", "cors", "empty"),
        ("Cross-Site", "no-cors", "image"), ("cross-site", "navigate", "iframe"), ("same-site", "no-cors", "style"),
    ])
    func loadsFromOtherSitesAreRefused(site: String, mode: String, destination: String) {
        let head = "GET /search/index.js HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nSec-Fetch-Site: \(site)\r\n"
            + "Sec-Fetch-Mode: \(mode)\r\nSec-Fetch-Dest: \(destination)\r\n\r\n"
        #expect(scan(head).rejection == .crossSite)
    }

    @Test(arguments: [
        ("cross-site", "navigate", "document"), ("none", "navigate", "document"), ("same-origin", "no-cors", "script"),
        ("same-origin", "cors", "empty"), ("", "", ""),
    ])
    func ownPagesAndNavigationsAreAnswered(site: String, mode: String, destination: String) {
        var head = "GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
        if !site.isEmpty { head += "Sec-Fetch-Site: \(site)\r\nSec-Fetch-Mode: \(mode)\r\nSec-Fetch-Dest: \(destination)\r\n" }
        #expect(scan(head + "\r\n").acceptedHeads == 1)
    }

    /// Refusals carry the same isolation headers as answers.
    @Test func refusalsCarryTheIsolationHeaders() {
        let text = String(decoding: RequestRejection.crossSite.response, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 403 Forbidden\r\n"))
        for header in ["Cross-Origin-Resource-Policy: same-origin", "X-Content-Type-Options: nosniff", "X-Frame-Options: DENY"] {
            #expect(text.contains(header + "\r\n"))
        }
    }

    /// CONNECT (and any method but GET and HEAD) is answered 405 at once and the connection
    /// closed: NIO's parser gave a CONNECT an unframed answer and left the connection open.
    @Test(arguments: ["CONNECT 127.0.0.1:8080", "POST /", "OPTIONS *", "PUT /a", "DELETE /"])
    func otherMethodsAreRefused(line: String) {
        let outcome = scan("\(line) HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\nGET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n")
        #expect(outcome.rejection == .methodNotAllowed, "\(line)")
        #expect(String(decoding: RequestRejection.methodNotAllowed.response, as: UTF8.self).contains("\r\nAllow: GET, HEAD\r\n"))
        #expect(scan("HEAD / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n").acceptedHeads == 1)
    }

    @Test func anOversizedRequestLineIsRefusedBeforeItEnds() {
        #expect(scan("GET /" + String(repeating: "a", count: 8192)).rejection == .requestLineTooLong)
        #expect(scan("GET /" + String(repeating: "a", count: 8000) + " HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n").acceptedHeads == 1)
    }

    @Test func oversizedHeadersAreRefusedBeforeTheyEnd() {
        #expect(scan("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 8190)).rejection == .headersTooLarge)
        let line = "X: " + String(repeating: "a", count: 4000) + "\r\n"
        #expect(scan("GET / HTTP/1.1\r\n" + String(repeating: line, count: 9)).rejection == .headersTooLarge)
        #expect(scan("GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n" + String(repeating: line, count: 7) + "\r\n").acceptedHeads == 1)
    }

    /// The old server read lines in quadratic time: 64 MB of one header line took it hours.
    /// The scanner stops at 8 KB, whatever follows.
    @Test func aHugeHeaderStopsAtTheLimit() {
        var scanner = RequestHeadScanner(policy: policy)
        #expect(scanner.scan(Array("GET / HTTP/1.1\r\nX: ".utf8)).rejection == nil)
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 16)
        var rejection: RequestRejection?
        for _ in 0..<1024 where rejection == nil { rejection = scanner.scan(chunk).rejection }
        #expect(rejection == .headersTooLarge)
    }

    @Test func malformedHeadsAndBodiesAreRefused() {
        #expect(scan("GET /\r\n").rejection == .badRequest)
        #expect(scan("GET / HTTP/2.0\r\n").rejection == .badRequest)
        #expect(scan("GET / HTTP/1.1\r\nno colon\r\n").rejection == .badRequest)
        #expect(scan("GET / HTTP/1.1\r\n folded: x\r\n").rejection == .badRequest)
        #expect(scan(String(repeating: "\r\n", count: 9)).rejection == .badRequest)
        #expect(scan("POST / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Length: 5\r\n\r\nhello").rejection == .bodyNotAccepted)
        #expect(scan("POST / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nTransfer-Encoding: chunked\r\n\r\n").rejection == .bodyNotAccepted)
    }

    @Test func aHeadCutAnywhereComesToTheSameVerdict() {
        let text = Array("GET /a/ HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\nHEAD / HTTP/1.1\r\nHost: localhost:8080\r\n\r\nGET / HT".utf8)
        for cut in 0...text.count {
            var scanner = RequestHeadScanner(policy: policy)
            let first = scanner.scan(text[..<cut])
            let second = scanner.scan(text[cut...])
            #expect(first.acceptedHeads + second.acceptedHeads == 2 && second.insideHead, "cut at \(cut)")
        }
    }

    @Test func eachRefusalIsACompleteResponse() {
        let text = String(decoding: RequestRejection.misdirected.response, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 421 Misdirected Request\r\n"))
        #expect(text.contains("Connection: close\r\n") && text.hasSuffix("\r\n\r\n421 misdirected request\n"))
    }
}
