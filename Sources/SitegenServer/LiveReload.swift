import Foundation
internal import HummingbirdWebSocket
import SitegenCore

/// Keeps the open browser pages informed: after each rebuild they get `reload`, or the list of
/// diagnostics to show in an overlay, over a WebSocket at `/_sitegen/live`.
actor LiveReloadHub {
    /// The most pages connected at once: each holds a stream and two tasks, and every rebuild
    /// writes to each, so a program on the machine (or a page opening sockets in a loop) may not
    /// open them without end. A writer's tabs are far fewer.
    static let defaultLimit = 64

    private var clients: [UUID: AsyncStream<String>.Continuation] = [:]
    /// The last state, sent to each page as it connects (so a page opened while the content has
    /// errors shows them at once).
    private var state = LiveReloadHub.message(type: "ok")
    /// The most pages connected at once.
    nonisolated let limit: Int

    init(limit: Int = LiveReloadHub.defaultLimit) {
        self.limit = limit
    }

    /// Registers a page; its stream starts with the current state. Nil when `limit` pages are
    /// connected already: the socket is closed at once.
    func connect() -> (UUID, AsyncStream<String>)? {
        guard clients.count < limit else { return nil }
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream()
        continuation.yield(state)
        clients[id] = continuation
        return (id, stream)
    }

    func disconnect(_ id: UUID) {
        clients.removeValue(forKey: id)?.finish()
    }

    /// Tells every page that the site changed.
    func reload() {
        state = Self.message(type: "ok")
        broadcast(Self.message(type: "reload"))
    }

    /// Tells every page what is wrong.
    func show(_ diagnostics: [Diagnostic], language: Language) {
        // The overlay shows the texts as they are (textContent): their control and bidirectional
        // characters come as visible escapes, so `evil\u{202E}gnp.exe` does not read `evilexe.png`.
        let items = diagnostics.map { DiagnosticFormatter.json($0, language: language, visibleEscapes: true) }
        // The overlay's own words come with the list, in the writer's language.
        let errors = diagnostics.filter { $0.severity == .error }.count
        let title = "sitegen: " + ConsoleMessage.summary(errors: errors, warnings: diagnostics.count - errors).text(in: language)
        let words = "{\"error\":\(JSONText.string(Severity.error.word(in: language))),"
            + "\"warning\":\(JSONText.string(Severity.warning.word(in: language)))}"
        state = "{\"type\":\"errors\",\"title\":\(JSONText.string(title)),\"words\":\(words),\"diagnostics\":["
            + items.joined(separator: ",") + "]}"
        broadcast(state)
    }

    /// Number of connected pages.
    var count: Int { clients.count }

    private func broadcast(_ message: String) {
        for continuation in clients.values { continuation.yield(message) }
    }

    private static func message(type: String) -> String {
        "{\"type\":\"\(type)\"}"
    }
}

/// Connects each WebSocket to the hub: the hub's messages go out as text; what the page sends is
/// read only to see it leave. A socket beyond the hub's limit is closed at once.
enum LiveReloadHandler {
    static func serve(hub: LiveReloadHub, inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async {
        // Over the limit: returning closes the socket at once (a close frame, then the connection).
        guard let connection = await hub.connect() else { return }
        let (id, stream) = connection
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                do { for try await _ in inbound {} } catch {}
                await hub.disconnect(id)
            }
            group.addTask {
                for await message in stream {
                    do { try await outbound.write(.text(message)) } catch { break }
                }
                await hub.disconnect(id)
            }
            await group.next()
            group.cancelAll()
        }
    }
}

/// The script injected into HTML pages in serve mode only: reloads on `reload`, shows an
/// overlay with every diagnostic on `errors`.
enum LiveReloadScript {
    static let tag = "<script src=\"/_sitegen/live.js\"></script>"

    static let source = #"""
    (function () {
      'use strict';
      var overlay = null;
      function hide() { if (overlay) { overlay.remove(); overlay = null; } }
      function show(list, title, words) {
        hide();
        overlay = document.createElement('div');
        overlay.setAttribute('role', 'alertdialog');
        overlay.setAttribute('aria-label', 'sitegen');
        overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#fff;color:#1a1a1a;' +
          'font:16px/1.5 system-ui,sans-serif;padding:2rem;border-top:.5rem solid #b00020';
        var h = document.createElement('h2');
        h.textContent = title;
        overlay.appendChild(h);
        var ol = document.createElement('ol');
        list.forEach(function (d) {
          var li = document.createElement('li');
          li.style.margin = '0 0 1rem';
          var where = document.createElement('code');
          where.textContent = d.file + (d.line ? ':' + d.line + (d.column ? ':' + d.column : '') : '');
          var what = document.createElement('div');
          what.textContent = (words[d.severity] || d.severity) + ': ' + d.message + ' [' + d.code + ']';
          li.appendChild(where); li.appendChild(what);
          if (d.hint) { var tip = document.createElement('div'); tip.textContent = '→ ' + d.hint; li.appendChild(tip); }
          ol.appendChild(li);
        });
        overlay.appendChild(ol);
        document.body.appendChild(overlay);
      }
      function connect() {
        var ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/_sitegen/live');
        ws.onmessage = function (event) {
          var m = JSON.parse(event.data);
          if (m.type === 'reload') location.reload();
          else if (m.type === 'errors') show(m.diagnostics, m.title, m.words || {});
          else hide();
        };
        ws.onclose = function () { setTimeout(connect, 1000); };
      }
      connect();
    })();
    """#
}
