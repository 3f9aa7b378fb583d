internal import NIOCore

/// The first handler of every connection of `sitegen serve`, before the HTTP parser: it runs the
/// bytes through a `RequestHeadScanner`, answers a refused head itself (and closes), and drops a
/// connection whose head does not arrive in time, so that a slow or oversized client costs a
/// timer and at most 40 KB, never a thread.
final class RequestGuardHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = IOData
    typealias OutboundOut = IOData

    /// How long a head may take, from the moment the server waits for it (the connection opened,
    /// or the last response was written).
    static let headTimeout: TimeAmount = .seconds(5)
    /// How long a refused connection is read (and what it sends thrown away) after the answer,
    /// so that closing it with unread bytes does not reset the answer away.
    static let linger: TimeAmount = .seconds(1)

    private var scanner: RequestHeadScanner
    private var deadline: Scheduled<Void>?
    private var insideHead = false
    private var mode = Mode.scanning

    private enum Mode { case scanning, passThrough, refused }

    init(policy: RequestPolicy) {
        scanner = RequestHeadScanner(policy: policy)
    }

    func channelActive(context: ChannelHandlerContext) {
        arm(context)
        context.fireChannelActive()
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { arm(context) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarm()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch mode {
        case .scanning: break
        case .passThrough: return context.fireChannelRead(data)  // WebSocket frames
        case .refused: return  // thrown away
        }
        let buffer = unwrapInboundIn(data)
        let outcome = buffer.withUnsafeReadableBytes { scanner.scan($0) }
        if let rejection = outcome.rejection {
            refuse(rejection, context: context)
            return
        }
        insideHead = outcome.insideHead
        if outcome.upgraded {
            disarm()
            mode = .passThrough
        } else if outcome.acceptedHeads > 0 {
            arm(context)
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // A response is being written: the wait for the next head starts again.
        if mode == .scanning && !insideHead { arm(context) }
        context.write(data, promise: promise)
    }

    /// Answers `rejection`, stops reading the request, and closes the connection.
    private func refuse(_ rejection: RequestRejection, context: ChannelHandlerContext) {
        disarm()
        mode = .refused
        let buffer = context.channel.allocator.buffer(bytes: rejection.response)
        let loop = context.eventLoop.assumeIsolated()
        context.writeAndFlush(wrapOutboundOut(.byteBuffer(buffer))).assumeIsolated().whenComplete { _ in
            context.close(mode: .output, promise: nil)
            loop.scheduleTask(in: Self.linger) { context.close(promise: nil) }
        }
    }

    /// (Re)starts the wait for a head.
    private func arm(_ context: ChannelHandlerContext) {
        disarm()
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: Self.headTimeout) { [self] in
            deadline = nil
            if insideHead {
                refuse(.timeout, context: context)
            } else {
                // Idle between requests: nothing to answer.
                mode = .refused
                context.close(promise: nil)
            }
        }
    }

    private func disarm() {
        deadline?.cancel()
        deadline = nil
    }
}
