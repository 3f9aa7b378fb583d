/// Which Host and Origin header values `sitegen serve` answers: its own names only, so that a page
/// of another site cannot read the preview through DNS rebinding (a name of the attacker's that
/// resolves to 127.0.0.1 arrives with that name as its Host) nor listen to its WebSocket.
package struct RequestPolicy: Sendable, Equatable {
    /// The port the server listens on.
    package let port: UInt16
    /// The accepted names, lowercased: 127.0.0.1, localhost, [::1] and the `--host` value.
    package let hostNames: Set<String>

    /// Sent with every response: no other origin may load a file of the preview as a script,
    /// style or picture (CORP), guess a type from its bytes (nosniff) or frame a page (DENY).
    package static let isolationHeaders: [(name: String, value: String)] = [
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
    ]

    /// The policy of a server listening on `host`:`port`.
    package init(host: String, port: UInt16) {
        self.port = port
        var names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        let host = host.lowercased()
        names.insert(host.contains(":") && !host.hasPrefix("[") ? "[" + host + "]" : host)
        hostNames = names
    }

    /// Whether a Host header's value names this server: one of its names and its port (no port
    /// means 80, as in a URL).
    package func acceptsHost(_ value: String) -> Bool {
        guard let (name, port) = Self.split(authority: value) else { return false }
        return hostNames.contains(name) && (port ?? 80) == self.port
    }

    /// Whether an Origin header's value is a page of this server: `http://` and an accepted
    /// host (a browser leaves out port 80). `null` (a sandboxed or local-file page) is not.
    package func acceptsOrigin(_ value: String) -> Bool {
        let prefix = "http://"
        guard value.count > prefix.count, value.lowercased().hasPrefix(prefix) else { return false }
        return acceptsHost(String(value.dropFirst(prefix.count)))
    }

    /// The lowercased name and the port of `host[:port]` or `[ipv6][:port]`; nil when malformed.
    static func split(authority value: String) -> (name: String, port: UInt16?)? {
        let text = value.lowercased()
        let name: Substring
        let rest: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            name = text[...close]
            rest = text[text.index(after: close)...]
        } else if let colon = text.firstIndex(of: ":") {
            name = text[..<colon]
            rest = text[colon...]
        } else {
            name = text[...]
            rest = ""
        }
        guard !name.isEmpty else { return nil }
        if rest.isEmpty { return (String(name), nil) }
        let digits = rest.dropFirst()
        guard rest.first == ":", (1...5).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              digits.count == 1 || digits.first != "0",
              let port = UInt16(digits) else { return nil }
        return (String(name), port)
    }
}
