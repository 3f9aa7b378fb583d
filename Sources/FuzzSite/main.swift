// libFuzzer target: a whole small site built from fuzzed files in a temporary folder.
// The input is split at NUL bytes into up to six files placed at fixed paths of the layout
// (see FuzzSiteInput); nothing may be written outside output/, and a failed build must say why
// and leave no output/.
import Foundation
import FuzzSupport

/// The entry point libFuzzer calls with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSite(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes = pointer else { return 0 }
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-fuzz-\(getpid())")
    let outcome = FuzzSiteInput.build(Data(bytes: bytes, count: count), in: root)
    if let broken = outcome.brokenRule { preconditionFailure(broken) }
    return 0
}

runFuzzer(fuzzSite)
