// libFuzzer target: the filter of files beside the content, above all the check of an SVG
// picture's bytes, which must never crash or hang, and must refuse every picture with a
// script element written out plainly.
import Foundation
import FuzzSupport
import SitegenCore

/// The entry point libFuzzer calls with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAssets(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let pointer else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: pointer, count: count))
    let verdict = StageEntryPoints.checkFileBesideContent(name: "bilde.svg", bytes: bytes)
    let lines = bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    precondition(verdict.line >= 0 && verdict.line <= lines, "line \(verdict.line) of \(lines)")
    if hasElement("script", in: bytes) || hasElement("foreignobject", in: bytes) {
        precondition(!verdict.publishable, "an SVG with a script or foreignObject was accepted")
    }
    // The first line names the file for the extension rules.
    let name = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }.prefix(80), as: UTF8.self)
    _ = StageEntryPoints.checkFileBesideContent(name: name, bytes: bytes)
    return 0
}

/// True when `bytes` hold `<name` (in any capitals) followed by what ends an element's name:
/// `<scripti>` is no script element, and neither is `<scriptˋ>` (XML names are Unicode: a byte
/// beyond ASCII goes on with the name; bytes that are no UTF-8 are refused whole).
private func hasElement(_ name: String, in bytes: [UInt8]) -> Bool {
    let word = Array(("<" + name).utf8)
    guard bytes.count >= word.count else { return false }
    for start in 0...(bytes.count - word.count) {
        let matches = (0..<word.count).allSatisfy { bytes[start + $0] | (bytes[start + $0] >= 0x41 && bytes[start + $0] <= 0x5A ? 0x20 : 0) == word[$0] }
        guard matches else { continue }
        let next = start + word.count < bytes.count ? bytes[start + word.count] : UInt8(ascii: ">")
        let isNameByte = (0x61...0x7A).contains(next | 0x20) || (0x30...0x39).contains(next) || "-_.:".utf8.contains(next)
            || next >= 0x80
        if !isNameByte { return true }
    }
    return false
}

runFuzzer(fuzzAssets)
