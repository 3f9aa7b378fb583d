// libFuzzer target: the request guard of `sitegen serve` (request line, Host, Origin, limits).
import FuzzSupport
import SitegenServer

private let policy = RequestPolicy(host: "127.0.0.1", port: 8080)

/// The entry point libFuzzer calls with each input: the bytes a client sends on one connection.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzServeRequest(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start = pointer else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    var whole = RequestHeadScanner(policy: policy)
    let once = whole.scan(bytes)
    // The same bytes in pieces (their sizes taken from the input) must come to the same verdict:
    // the network may cut a head anywhere.
    var pieces = RequestHeadScanner(policy: policy)
    var offset = 0
    var accepted = 0
    var rejection: RequestRejection?
    var upgraded = false
    var index = 0
    while offset < count, rejection == nil, !upgraded {
        let size = min(count - offset, Int(bytes[index % count]) % 97 + 1)
        index += 1
        let outcome = pieces.scan(UnsafeBufferPointer(rebasing: bytes[offset..<offset + size]))
        accepted += outcome.acceptedHeads
        rejection = outcome.rejection
        upgraded = outcome.upgraded
        offset += size
    }
    precondition(rejection == once.rejection && accepted == once.acceptedHeads && upgraded == once.upgraded,
                 "pieces: \(String(describing: rejection)) \(accepted) \(upgraded), whole: \(once)")
    // A head is accepted only once it is complete, and never past the limits.
    if once.acceptedHeads > 0 {
        precondition(bytes.firstRange(of: Array("\n\r\n".utf8)) != nil || bytes.firstRange(of: Array("\n\n".utf8)) != nil)
    }
    if once.rejection == nil, !once.upgraded, count > 48 * 1024 {
        precondition(once.acceptedHeads > 0, "48 KB without a complete head were not refused")
    }
    // Host and Origin values: an accepted one names the server.
    let text = String(decoding: bytes.prefix(256), as: UTF8.self)
    if policy.acceptsHost(text) {
        precondition(text.lowercased().hasSuffix(":8080") && ["127.0.0.1:", "localhost:", "[::1]:"].contains { text.lowercased().hasPrefix($0) },
                     "accepted Host \(text)")
    }
    if policy.acceptsOrigin(text) {
        precondition(text.lowercased().hasPrefix("http://") && policy.acceptsHost(String(text.dropFirst(7))), "accepted Origin \(text)")
    }
    return 0
}

runFuzzer(fuzzServeRequest)
