/// What the commands tell the terminal besides diagnostics. Its texts are in the catalogs,
/// with the diagnostics'.
package enum ConsoleMessage: Hashable, Sendable {
    /// The preview cannot listen at the address it was given; nothing was built.
    case cannotListen(host: String, port: UInt16, reason: ListenFailure)
    /// The server could not go on listening (a library's own words).
    case listeningFailed(host: String, port: UInt16, detail: String)
    /// The preview is being served.
    case serving(url: String)
    /// Ctrl-C stopped the preview.
    case stopped
    /// A change was built into output/.
    case rebuilt(milliseconds: Int, changedFiles: Int)
    /// A change has errors: output/ stays as it was, the browser shows them.
    case notRebuilt
    /// `sitegen build` wrote the site.
    case built(pages: Int, folder: String)
    /// `sitegen check` found no errors.
    case checked
    /// `sitegen init` made a site in `folder`: what to do next.
    case initialised(folder: String)
    /// The count under the diagnostics of `build` and `check`.
    case summary(errors: Int, warnings: Int)

    /// The message in `language`. The values in it (a folder, a host, an error's own words) are
    /// made printable (`PrintableText`), so a name with a control or bidirectional character
    /// cannot steer the terminal; the message's own line breaks stay.
    package func text(in language: Language) -> String {
        let message = printable
        return language.fromCatalog(english: message.english, danish: message.danish, norwegian: message.norwegian)
    }

    /// The message with its values made printable.
    private var printable: ConsoleMessage {
        func escaped(_ text: String) -> String { PrintableText.escaped(text) }
        switch self {
        case .cannotListen(let host, let port, let reason):
            let why: ListenFailure
            if case .other(let detail) = reason { why = .other(escaped(detail)) } else { why = reason }
            return .cannotListen(host: escaped(host), port: port, reason: why)
        case .listeningFailed(let host, let port, let detail):
            return .listeningFailed(host: escaped(host), port: port, detail: escaped(detail))
        case .serving(let url): return .serving(url: escaped(url))
        case .built(let pages, let folder): return .built(pages: pages, folder: escaped(folder))
        case .initialised(let folder): return .initialised(folder: escaped(folder))
        case .stopped, .rebuilt, .notRebuilt, .checked, .summary: return self
        }
    }
}

/// Why an address cannot be listened on.
package enum ListenFailure: Hashable, Sendable {
    /// `--host` is not an IPv4 address.
    case notIPv4
    /// Another program listens on the port.
    case portInUse
    /// Ports below 1024 need administrator rights.
    case needsRights
    /// The address is not one of this machine's.
    case notLocalAddress
    /// Another reason, in the system's words.
    case other(String)
}
