import Foundation

extension FailureCause {
    /// The cause of a thrown error, in the words its `localizedDescription` gives (the system's
    /// own for a `FailureCause`), with the POSIX error number where Foundation keeps one, for
    /// the catalogs to say it in the writer's language.
    init(describing error: any Error) {
        if let cause = error as? FailureCause {
            self = cause
        } else {
            self.init(errorNumber: FailureCause(error).errorNumber, detail: error.localizedDescription)
        }
    }
}
