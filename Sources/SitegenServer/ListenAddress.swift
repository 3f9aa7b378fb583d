#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SitegenCore

/// Checks, before anything is built, that the preview can listen where it is asked to, so that a
/// second `sitegen serve` on a taken port does not rebuild the first one's output/.
package enum ListenAddress {
    /// Why `host`:`port` cannot be listened on; nil when it can.
    package static func problem(host: String, port: UInt16) -> ListenFailure? {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            return .notIPv4
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
        case EADDRINUSE: return .portInUse
        case EACCES: return .needsRights
        case EADDRNOTAVAIL: return .notLocalAddress
        default: return .other(String(cString: strerror(errno)))
        }
    }
}
