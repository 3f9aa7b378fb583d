#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Checks, before anything is built, that the preview can listen where it is asked to: a second
/// `sitegen serve` on a taken port used to rebuild the first one's output/ and fail ten seconds
/// later with a library's timeout message.
public enum ListenAddress {
    /// Why `host`:`port` cannot be listened on, in words for the terminal; nil when it can.
    public static func problem(host: String, port: UInt16) -> String? {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            return "--host takes an IPv4 address such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network), not '\(host)'"
        }
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }  // the server's own attempt will say why
        defer { close(descriptor) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound != 0 else { return nil }
        switch errno {
        case EADDRINUSE: return "port \(port) on \(host) is in use (is another sitegen serve running?); choose another with --port"
        case EACCES: return "port \(port) needs administrator rights; choose one above 1023 with --port"
        case EADDRNOTAVAIL: return "\(host) is not an address of this machine; use 127.0.0.1 or 0.0.0.0"
        default: return String(cString: strerror(errno))
        }
    }
}
