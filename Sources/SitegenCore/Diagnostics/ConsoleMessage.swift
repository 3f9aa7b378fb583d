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

    /// The message in `language`.
    package func text(in language: Language) -> String {
        language.fromCatalog(english: english, danish: danish, norwegian: norwegian)
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
