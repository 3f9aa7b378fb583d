/// Why `sitegen serve` refuses a request before it reaches the HTTP parser: each is answered at
/// once with its status and the connection is closed.
package enum RequestRejection: Equatable, Sendable {
    /// A request line, header line or Host that is not HTTP/1 as the preview speaks it, or an
    /// `Upgrade` that is not a complete WebSocket handshake for `/_sitegen/live` (`h2c`, say,
    /// which went unanswered): 400.
    case badRequest
    /// A WebSocket handshake from a page of another site: 403.
    case foreignOrigin
    /// A request that the browser marks as made by a page of another site (`Sec-Fetch-Site`
    /// cross-site or same-site) and that is not a top-level navigation: `<script src>` of the
    /// search index from any page the writer opens would read the drafts. 403.
    case crossSite
    /// A method but GET and HEAD (`CONNECT`, `POST` …): 405. NIO's parser left a `CONNECT`
    /// without a framed answer and the connection open.
    case methodNotAllowed
    /// A request with a body (the preview only reads): 413.
    case bodyNotAccepted
    /// A request line over the limit: 414.
    case requestLineTooLong
    /// A header line, or all the header lines together, over the limit: 431.
    case headersTooLarge
    /// A Host that is not one of the server's names (DNS rebinding, say): 421.
    case misdirected
    /// A head not complete in time: 408.
    case timeout

    /// The status code.
    package var status: Int {
        switch self {
        case .badRequest: 400
        case .foreignOrigin, .crossSite: 403
        case .timeout: 408
        case .methodNotAllowed: 405
        case .bodyNotAccepted: 413
        case .requestLineTooLong: 414
        case .misdirected: 421
        case .headersTooLarge: 431
        }
    }

    /// The reason phrase of the status line, also the body's text.
    package var reason: String {
        switch self {
        case .badRequest: "Bad Request"
        case .foreignOrigin, .crossSite: "Forbidden"
        case .timeout: "Request Timeout"
        case .methodNotAllowed: "Method Not Allowed"
        case .bodyNotAccepted: "Content Too Large"
        case .requestLineTooLong: "URI Too Long"
        case .misdirected: "Misdirected Request"
        case .headersTooLarge: "Request Header Fields Too Large"
        }
    }

    /// The whole response, to be written as it is before the connection is closed.
    package var response: [UInt8] {
        let body = "\(status) \(reason.lowercased())\n"
        return Array(("HTTP/1.1 \(status) \(reason)\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\nCache-Control: no-store\r\n"
            + (self == .methodNotAllowed ? "Allow: GET, HEAD\r\n" : "")
            + RequestPolicy.isolationHeaders.map { "\($0.name): \($0.value)\r\n" }.joined() + "\r\n" + body).utf8)
    }
}

/// Reads the heads of the requests on one connection as their bytes arrive, in one pass and with
/// bounded memory, and decides before the HTTP parser sees a head whether it is answered: a
/// request line or header line over 8 KB, or headers over 32 KB, is refused as soon as the limit
/// is passed, without reading the rest; a complete head is checked against the `RequestPolicy`.
/// A WebSocket handshake that passes ends the scanning: what follows are frames. Only a complete
/// handshake for `/_sitegen/live` does (the one the server upgrades); any other `Upgrade` is
/// refused, so that no connection passes the guard unscanned and none goes unanswered.
package struct RequestHeadScanner: Sendable {
    /// The limits on a head, in bytes without the line ends.
    package struct Limits: Sendable, Equatable {
        /// The request line.
        package var requestLine = 8192
        /// One header line.
        package var headerLine = 8192
        /// All the header lines, with their line ends.
        package var headers = 32768

        /// The limits of `sitegen serve`.
        package init() {}
    }

    /// What one call of `scan` found.
    package struct Outcome: Equatable, Sendable {
        /// Why the connection is refused; nothing of the chunk may be passed on then.
        package var rejection: RequestRejection?
        /// How many heads were completed and accepted in the chunk.
        package var acceptedHeads = 0
        /// Whether a head has begun and is not complete yet.
        package var insideHead = false
        /// Whether an accepted WebSocket handshake ended the scanning.
        package var upgraded = false
    }

    private enum State: Sendable {
        case requestLine
        case headers
        case passThrough
        case rejected
    }

    package let policy: RequestPolicy
    package let limits: Limits
    private var state = State.requestLine
    /// The bytes of the current line (at most the limit, plus one).
    private var line: [UInt8] = []
    /// The bytes of the header lines so far.
    private var headerBytes = 0
    /// The empty lines before the current request line.
    private var emptyLines = 0
    private var head = HeadFields()

    /// A scanner for one connection.
    package init(policy: RequestPolicy, limits: Limits = Limits()) {
        self.policy = policy
        self.limits = limits
    }

    /// Scans the next bytes of the connection.
    package mutating func scan(_ bytes: some Sequence<UInt8>) -> Outcome {
        var outcome = Outcome()
        for byte in bytes {
            switch state {
            case .passThrough:
                outcome.insideHead = false
                return outcome
            case .rejected:
                return outcome
            case .requestLine, .headers:
                if let rejection = take(byte, into: &outcome) {
                    state = .rejected
                    outcome.rejection = rejection
                    return outcome
                }
            }
        }
        outcome.insideHead = state == .headers || (state == .requestLine && !line.isEmpty)
        return outcome
    }

    /// One byte of a head; the rejection it leads to, if any.
    private mutating func take(_ byte: UInt8, into outcome: inout Outcome) -> RequestRejection? {
        let isRequestLine = state == .requestLine
        if byte != UInt8(ascii: "\n") {
            line.append(byte)
            if !isRequestLine {
                headerBytes += 1
                if headerBytes > limits.headers { return .headersTooLarge }
            }
            if isRequestLine && line.count > limits.requestLine { return .requestLineTooLong }
            if !isRequestLine && line.count > limits.headerLine { return .headersTooLarge }
            return nil
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        defer { line.removeAll(keepingCapacity: true) }
        if isRequestLine {
            // Empty lines before a request line are allowed (RFC 9112, 2.2), a few of them.
            guard !line.isEmpty else {
                emptyLines += 1
                return emptyLines > 8 ? .badRequest : nil
            }
            emptyLines = 0
            guard let target = Self.requestTarget(line) else { return .badRequest }
            head = HeadFields(target: target, isHTTP11GET: line.starts(with: "GET ".utf8) && line.suffix(9).elementsEqual(" HTTP/1.1".utf8))
            head.readsOnly = line.starts(with: "GET ".utf8) || line.starts(with: "HEAD ".utf8)
            headerBytes = 0
            state = .headers
            return nil
        }
        headerBytes += 1
        if headerBytes > limits.headers { return .headersTooLarge }
        guard line.isEmpty else { return head.add(line) }
        if let rejection = head.verdict(policy) { return rejection }
        outcome.acceptedHeads += 1
        // `verdict` accepts an Upgrade only as a WebSocket handshake for the live socket.
        state = head.isWebSocketHandshake ? .passThrough : .requestLine
        outcome.upgraded = head.isWebSocketHandshake
        return nil
    }

    /// The target of `METHOD SP target SP HTTP/1.x`; nil when the line is not one.
    static func requestTarget(_ line: [UInt8]) -> String? {
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
              parts[0].allSatisfy(isTokenByte), parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }),
              parts[2].elementsEqual("HTTP/1.1".utf8) || parts[2].elementsEqual("HTTP/1.0".utf8) else { return nil }
        return String(decoding: parts[1], as: UTF8.self)
    }

    /// A byte of an HTTP token (method, header name): visible ASCII but the separators.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && !Array("\"(),/:;<=>?@[\\]{}".utf8).contains(byte)
    }
}

/// The header fields of one head that the policy looks at.
private struct HeadFields: Sendable {
    var target = ""
    /// Whether the request line is `GET … HTTP/1.1`, as a WebSocket handshake's is.
    var isHTTP11GET = false
    /// Whether the method is GET or HEAD, the only ones the preview answers.
    var readsOnly = true
    var hosts: [String] = []
    var origins: [String] = []
    /// The values of the Upgrade headers, lowercased.
    var upgrades: [String] = []
    /// Whether a Connection header has the `upgrade` option.
    var connectionUpgrade = false
    /// The values of the Sec-WebSocket-Key and Sec-WebSocket-Version headers.
    var webSocketKeys: [String] = []
    var webSocketVersions: [String] = []
    var body = false
    /// Fetch Metadata, as browsers send it (lowercased); empty when absent.
    var fetchSite = ""
    var fetchMode = ""
    var fetchDestination = ""

    /// Reads one header line; a malformed one is a bad request.
    mutating func add(_ line: [UInt8]) -> RequestRejection? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0,
              line[..<colon].allSatisfy(RequestHeadScanner.isTokenByte) else { return .badRequest }
        let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
        let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingOWS()
        switch name {
        case "host": hosts.append(value)
        case "origin": origins.append(value)
        case "upgrade": upgrades.append(value.lowercased())
        case "connection":
            if value.lowercased().split(separator: ",").contains(where: { String($0).trimmingOWS() == "upgrade" }) {
                connectionUpgrade = true
            }
        case "sec-websocket-key": webSocketKeys.append(value)
        case "sec-websocket-version": webSocketVersions.append(value)
        case "sec-fetch-site": fetchSite = value.lowercased()
        case "sec-fetch-mode": fetchMode = value.lowercased()
        case "sec-fetch-dest": fetchDestination = value.lowercased()
        case "transfer-encoding": body = true
        case "content-length": if value != "0" { body = true }
        default: break
        }
        return nil
    }

    /// Why the complete head is refused; nil when it is answered.
    func verdict(_ policy: RequestPolicy) -> RequestRejection? {
        guard hosts.count == 1 else { return .badRequest }
        guard policy.acceptsHost(hosts[0]) else { return .misdirected }
        if body { return .bodyNotAccepted }
        if !readsOnly { return .methodNotAllowed }
        // A page of another site may open the preview (a link), nothing more: no script, style,
        // picture, frame or fetch. Without Fetch Metadata it is no browser page, or an old
        // browser, which the headers of every response still hold back.
        if fetchSite == "cross-site" || fetchSite == "same-site",
           !(fetchMode == "navigate" && (fetchDestination == "document" || fetchDestination.isEmpty)) {
            return .crossSite
        }
        // Browsers always send Origin with a WebSocket handshake, so a page of another site is
        // refused; a client without one is not a browser page, and could read loopback anyway.
        let isLiveReload = target == "/_sitegen/live" || target.hasPrefix("/_sitegen/live?")
        if !upgrades.isEmpty || isLiveReload {
            guard origins.count <= 1, origins.allSatisfy(policy.acceptsOrigin) else { return .foreignOrigin }
        }
        // Any other Upgrade (`h2c`, `websocket` for another path, a handshake NIO's upgrader
        // would throw out) is answered 400, never passed on: it went unanswered, and the guard
        // would have stopped scanning the connection.
        if !upgrades.isEmpty && !isWebSocketHandshake { return .badRequest }
        return nil
    }

    /// A complete WebSocket handshake (RFC 6455, 4.2.1) for the live socket, as the server
    /// upgrades it: `GET /_sitegen/live HTTP/1.1`, one `Upgrade: websocket`, `Connection:
    /// Upgrade`, one Sec-WebSocket-Key and `Sec-WebSocket-Version: 13`.
    var isWebSocketHandshake: Bool {
        isHTTP11GET && target == "/_sitegen/live" && upgrades == ["websocket"] && connectionUpgrade
            && webSocketKeys.count == 1 && !webSocketKeys[0].isEmpty && webSocketVersions == ["13"]
    }
}

private extension String {
    /// Without the spaces and tabs around it (HTTP's optional white space).
    func trimmingOWS() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
