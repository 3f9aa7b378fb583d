import Foundation
internal import Hummingbird
internal import HummingbirdWebSocket
internal import Logging
import SitegenCore

/// `sitegen serve`: builds the site, serves output/ on loopback, watches the site folder,
/// rebuilds what a change affects and tells the open pages to reload, or shows them the
/// diagnostics in an overlay.
package final class PreviewServer: Sendable {
    /// Where and how to listen.
    package struct Settings: Sendable {
        /// The address to listen on: loopback unless `--host` says otherwise.
        package var host = "127.0.0.1"
        /// The port to listen on.
        package var port: UInt16 = 8080
        /// How often the stamps of every file are compared when the file system cannot say
        /// what changed (no inotify).
        package var pollInterval: Duration = .milliseconds(250)
        /// How often the file system's change events are read, where there are any (inotify on
        /// Linux); the files' stamps are compared after an event, and every `backstopInterval`.
        package var notifyInterval: Duration = .milliseconds(50)
        /// How often the stamps are compared even without an event, in case one was lost.
        package var backstopInterval: Duration = .seconds(5)
        /// The language of the diagnostics in the terminal and the overlay; nil for the site's.
        package var language: Language?
        /// The format of the diagnostics in the terminal (`--format`): text, json or github.
        package var format: DiagnosticFormat = .text

        /// The defaults: 127.0.0.1:8080, the site's language.
        package init() {}
    }

    private let builder: SiteRebuilder
    private let resolver: RequestPathResolver
    private let watcher: SiteWatcher
    private let hub = LiveReloadHub()
    private let settings: Settings
    private let log: @Sendable (String) -> Void

    /// Creates a server for the site of `options`.
    /// - Parameters:
    ///   - options: The site and output folders, drafts and strictness, as for `sitegen build`.
    ///   - settings: Address, port and polling.
    ///   - log: Where messages for the terminal go.
    package init(options: BuildOptions, settings: Settings, log: @escaping @Sendable (String) -> Void) {
        var options = options
        options.neverPDF = true  // PDFs take seconds each; `sitegen build --pdf` makes them.
        builder = SiteRebuilder(options: options)
        resolver = RequestPathResolver(root: builder.outputDirectory)
        watcher = SiteWatcher(siteDirectory: options.siteDirectory)
        self.settings = settings
        self.log = log
    }

    /// Builds once, then serves and watches until the task is cancelled. Throws when the
    /// address cannot be used (the port is taken, say).
    package func run(onListening: @escaping @Sendable (URL) -> Void = { _ in }) async throws {
        // Listening starts before the first look, so no change falls between the two.
        let notifier = ChangeNotifier(siteDirectory: watcher.siteDirectory)
        let lastFingerprint = watcher.fingerprint()
        let lastSnapshot = watcher.snapshot()
        await rebuild(changedMarkdownFiles: nil)
        let (listening, listened) = AsyncStream<Void>.makeStream()
        let app = Application(
            responder: PreviewResponder(server: self),
            server: Self.serverBuilder(policy: RequestPolicy(host: settings.host, port: settings.port), hub: hub),
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: Int(settings.port)), serverName: nil),
            onServerRunning: { _ in listened.yield(); listened.finish() },
            logger: Logger(label: "sitegen-serve", factory: { _ in SwiftLogNoOpLogHandler() }))
        try await withThrowingTaskGroup(of: Void.self) { group in
            // Ctrl-C cancels: the server closes every connection at once, WebSockets included.
            group.addTask {
                defer { listened.finish() }
                try await app.runService(gracefulShutdownSignals: [])
            }
            var started = false
            for await _ in listening { started = true; break }
            guard started, !Task.isCancelled else {
                // The server could not listen: its error is the answer.
                try await group.next()
                return
            }
            onListening(URL(string: "http://\(settings.host):\(settings.port)/")!)
            try await watch(notifier: notifier, fingerprint: lastFingerprint, snapshot: lastSnapshot)
            group.cancelAll()
        }
    }

    /// Watches the site and rebuilds until the task is cancelled.
    private func watch(notifier: ChangeNotifier, fingerprint: Int, snapshot: SiteWatcher.Snapshot) async throws {
        var lastFingerprint = fingerprint
        var lastSnapshot = snapshot
        do {
            let clock = ContinuousClock()
            var lastLook = clock.now
            while !Task.isCancelled {
                try await Task.sleep(for: notifier.isListening ? settings.notifyInterval : settings.pollInterval)
                let events = notifier.isListening && notifier.mayHaveChanged()
                if notifier.isListening && !events && clock.now - lastLook < settings.backstopInterval { continue }
                lastLook = clock.now
                if events {
                    // An editor's save can take more than one write: wait until the events stop
                    // for a moment (at most a fifth of a second).
                    for _ in 0..<10 {
                        try await Task.sleep(for: .milliseconds(20))
                        guard notifier.mayHaveChanged() else { break }
                    }
                } else {
                    // Without events to go by, a poll compares a fingerprint first: only a change
                    // is worth a snapshot to compare.
                    let fingerprint = watcher.fingerprint()
                    guard fingerprint != lastFingerprint else { continue }
                    lastFingerprint = fingerprint
                }
                let snapshot = watcher.snapshot()
                guard snapshot != lastSnapshot else { continue }
                let changed = snapshot.changedMarkdownFiles(since: lastSnapshot)
                lastSnapshot = snapshot
                await rebuild(changedMarkdownFiles: changed)
            }
        } catch is CancellationError {
            // Ctrl-C: fall through to a clean stop.
        }
    }

    /// Rebuilds and tells the terminal and the open pages how it went.
    /// - Parameter changedMarkdownFiles: The content files that changed, when the watcher saw
    ///   nothing else change (the builder's quick path); nil for a full comparison.
    private func rebuild(changedMarkdownFiles: [String]?) async {
        let started = ContinuousClock.now
        let report = await builder.rebuild(changedMarkdownFiles: changedMarkdownFiles)
        let language = settings.language ?? report.language
        let elapsed = ContinuousClock.now - started
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        if !report.diagnostics.isEmpty {
            log(DiagnosticFormatter.format(report.diagnostics, as: settings.format, language: language))
        }
        if report.status == .success {
            log(ConsoleMessage.rebuilt(milliseconds: Int(milliseconds), changedFiles: report.changedPaths.count).text(in: language) + "\n")
            await hub.reload()
        } else {
            log(ConsoleMessage.notRebuilt.text(in: language) + "\n")
            await hub.show(report.diagnostics, language: language)
        }
    }

    /// Answers a request for a file of the site.
    /// - Parameter target: The request target as it came (`/aarhus/?q=x`), not yet decoded.
    func respond(to target: String) -> Response {
        switch resolver.resolve(target) {
        case .badRequest:
            return Self.response(.badRequest, type: "text/plain; charset=utf-8", body: Data("400 bad request\n".utf8))
        case .notFound:
            let page = builder.outputDirectory.appendingPathComponent("404.html")
            let body = FileManager.default.contents(atPath: page.path) ?? Data("404 not found\n".utf8)
            return Self.response(.notFound, type: "text/html; charset=utf-8", body: Self.inject(Self.servedFromRoot(body)))
        case .file(let url):
            guard var body = FileManager.default.contents(atPath: url.path) else {
                return Self.response(.notFound, type: "text/plain; charset=utf-8", body: Data("404 not found\n".utf8))
            }
            let type = RequestPathResolver.contentType(for: url)
            if type.hasPrefix("text/html") { body = Self.inject(body) }
            return Self.response(.ok, type: type, body: body)
        }
    }

    static func response(_ status: HTTPResponse.Status, type: String, body: Data, cache: Bool = false) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        if !cache { headers[.cacheControl] = "no-store" }
        for header in RequestPolicy.isolationHeaders {
            if let name = HTTPFields.Element.Name(header.name) { headers[name] = header.value }
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The 404 page with its `<base href>` (the published site's `baseURL`, so its links work at
    /// any depth there) pointing at the preview's root instead: its links and style sheet are
    /// the preview's, not the published site's.
    static func servedFromRoot(_ html: Data) -> Data {
        guard var text = String(data: html, encoding: .utf8),
              let start = text.range(of: "<base href=\""),
              let end = text[start.upperBound...].firstIndex(of: "\"") else { return html }
        text.replaceSubrange(start.upperBound..<end, with: "/")
        return Data(text.utf8)
    }

    /// Adds the live-reload script before `</body>`; only served pages get it, never output/.
    static func inject(_ html: Data) -> Data {
        guard var text = String(data: html, encoding: .utf8) else { return html }
        if let end = text.range(of: "</body>", options: .backwards) {
            text.replaceSubrange(end.lowerBound..<end.lowerBound, with: LiveReloadScript.tag + "\n")
        } else {
            text += LiveReloadScript.tag
        }
        return Data(text.utf8)
    }
}
