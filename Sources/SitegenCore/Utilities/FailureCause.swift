import Foundation

/// Why the system refused an operation (a write, a read, starting a program), kept as its error
/// number where there is one, so that each catalog can say it in the writer's language; `detail`
/// holds the system's or the other tool's own words for the rest.
struct FailureCause: Hashable, Sendable, CustomStringConvertible {
    /// The POSIX error number, when the failure has one.
    let errorNumber: Int32?
    /// The failure in the words of the system or the tool that failed, in English.
    let detail: String

    /// A cause with an error number; `detail` defaults to the system's text for it.
    init(errorNumber: Int32?, detail: String? = nil) {
        self.errorNumber = errorNumber
        self.detail = detail ?? errorNumber.map { String(cString: strerror($0)) } ?? "unknown error"
    }

    /// The cause `errno` holds now.
    static func current() -> FailureCause {
        FailureCause(errorNumber: errno)
    }

    /// The cause of a thrown error: its POSIX error number where Foundation keeps one (a
    /// `CocoaError` wraps it as its underlying error), else its description. This is the one way
    /// a cause is made from an error.
    init(_ error: any Error) {
        if let cause = error as? FailureCause {
            self = cause
            return
        }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain {
            self.init(errorNumber: Int32(nsError.code))
        } else if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(errorNumber: Int32(underlying.code))
        } else if let number = Self.errorNumber(ofCocoaError: nsError) {
            // Foundation on Linux often gives only its own code, without the POSIX error inside.
            self.init(errorNumber: number)
        } else {
            self.init(errorNumber: nil, detail: nsError.localizedDescription)
        }
    }

    /// The POSIX error a Foundation file error stands for, where it names one.
    private static func errorNumber(ofCocoaError error: NSError) -> Int32? {
        guard error.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        case .fileReadNoPermission, .fileWriteNoPermission: return EACCES
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        default: return nil
        }
    }

    var description: String { detail }
}

extension FailureCause: Error {}
