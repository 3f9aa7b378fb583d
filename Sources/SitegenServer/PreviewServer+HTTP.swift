import Foundation
internal import Hummingbird
internal import HummingbirdCore
internal import HummingbirdWebSocket
internal import Logging
internal import NIOCore

extension PreviewServer {
    /// HTTP/1.1 with the live-reload WebSocket, each connection behind a `RequestGuardHandler`.
    static func serverBuilder(policy: RequestPolicy, hub: LiveReloadHub) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            let shouldUpgrade: @Sendable (HTTPRequest, any Channel, Logger) throws
                -> ShouldUpgradeResult<WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>> = { request, _, _ in
                    // The guard has checked the Host and the Origin already.
                    guard request.path == "/_sitegen/live" else { return .dontUpgrade }
                    return .upgrade([:]) { inbound, outbound, _ in
                        await LiveReloadHandler.serve(hub: hub, inbound: inbound, outbound: outbound)
                    }
                }
            return GuardedChannel(
                policy: policy,
                base: HTTP1WebSocketUpgradeChannel(responder: responder, configuration: .init(), shouldUpgrade: shouldUpgrade))
        }
    }
}

/// Answers the preview's requests: the live-reload script, and the files of output/.
struct PreviewResponder: HTTPResponder {
    let server: PreviewServer

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        let target = request.head.path ?? "/"
        guard request.method == .get || request.method == .head else {
            var response = PreviewServer.response(.methodNotAllowed, type: "text/plain; charset=utf-8", body: Data("405 method not allowed\n".utf8))
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let response: Response
        if target == "/_sitegen/live.js" {
            response = PreviewServer.response(.ok, type: "text/javascript; charset=utf-8", body: Data(LiveReloadScript.source.utf8), cache: true)
        } else {
            response = server.respond(to: target)
        }
        return request.method == .head ? response.createHeadResponse() : response
    }
}

/// A child channel that puts a `RequestGuardHandler` in front of `base`'s pipeline, so that
/// every byte passes the guard before the HTTP parser.
struct GuardedChannel<Base: ServerChildChannel>: ServerChildChannel {
    typealias Value = Base.Value
    let policy: RequestPolicy
    let base: Base

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        do {
            try channel.pipeline.syncOperations.addHandler(RequestGuardHandler(policy: policy), position: .first)
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        return base.setup(channel: channel, logger: logger)
    }

    func handle(value: Value, logger: Logger) async {
        // A connection still waiting for its head waits on a future that cancellation does not
        // reach: on Ctrl-C it is closed, so the server stops at once, not when the guard's timer
        // would have dropped it.
        let channel = value.channel
        await withTaskCancellationHandler {
            await base.handle(value: value, logger: logger)
        } onCancel: {
            channel.close(promise: nil)
        }
    }
}
