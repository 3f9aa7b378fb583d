import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A listener on 127.0.0.1 at a free port that records what each connection sends first (a
/// request line), to show that nothing connected; it answers nothing.
final class LoopbackServer: Sendable {
    let port: Int
    private let socket: Int32
    private let received = Mutex<[String]>([])
    private let stopped = Mutex(false)
    private let done = DispatchSemaphore(value: 0)

    init() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, raw, &length) == 0
            }
        }
        guard bound else { close(fd); throw POSIXError(.EADDRINUSE) }
        socket = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in self.serve() }
        thread.start()
    }

    /// What each connection sent first, one entry a connection.
    func requests() -> [String] { received.withLock { $0 } }

    func stop() {
        stopped.withLock { $0 = true }
        done.wait()
        close(socket)
    }

    private func serve() {
        defer { done.signal() }
        while !stopped.withLock({ $0 }) {
            var waiting = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 100) > 0 else { continue }
            let client = accept(socket, nil, nil)
            guard client >= 0 else { continue }
            var readable = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
            var buffer = [UInt8](repeating: 0, count: 512)
            let count = poll(&readable, 1, 1000) > 0 ? read(client, &buffer, buffer.count) : 0
            let line = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self).split(separator: "\r\n").first.map(String.init)
            received.withLock { $0.append(line ?? "(a connection)") }
            close(client)
        }
    }
}
