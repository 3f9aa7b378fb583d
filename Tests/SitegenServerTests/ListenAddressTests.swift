#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest
import SitegenCore
@testable import SitegenServer
import SitegenTestSupport

/// `sitegen serve` checks its address before it builds anything.
final class ListenAddressTests: XCTestCase {
    func testATakenPortAndAHostNameAreSaidPlainly() throws {
        // A port another program listens on.
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var isOpen = true
        defer { if isOpen { close(descriptor) } }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(descriptor, pointer, length) == 0, listen(descriptor, 1) == 0 else { return -1 }
                return getsockname(descriptor, pointer, &length)
            }
        }
        XCTAssertEqual(bound, 0)
        let port = UInt16(bigEndian: address.sin_port)
        XCTAssertEqual(ListenAddress.problem(host: "127.0.0.1", port: port), .portInUse)
        XCTAssertEqual(ListenAddress.problem(host: "example.org", port: 8080), .notIPv4)
        let taken = ConsoleMessage.cannotListen(host: "127.0.0.1", port: port, reason: .portInUse)
        XCTAssertEqual(taken.text(in: .en), "sitegen serve: cannot listen on 127.0.0.1:\(port): port \(port) on 127.0.0.1 is in use (is another sitegen serve running?); choose another with --port")
        XCTAssertTrue(taken.text(in: .da).contains("er optaget"), taken.text(in: .da))
        XCTAssertTrue(taken.text(in: .nb).contains("er i bruk"), taken.text(in: .nb))
        close(descriptor)
        isOpen = false
        XCTAssertNil(ListenAddress.problem(host: "127.0.0.1", port: port), "free again")
    }
}
