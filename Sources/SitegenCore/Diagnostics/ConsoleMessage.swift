/// What `sitegen serve` tells the terminal besides diagnostics. Its texts are in the catalogs,
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

    /// The message in `language`.
    package func text(in language: Language) -> String {
        switch language {
        case .da: return danish
        case .nb, .nn, .no: return norwegian
        case .en: return english
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
