import Foundation

/// Makes folders with mkdir(2), so a failure keeps its error number: Foundation's
/// `createDirectory` on Linux reports a file in the way as CocoaError 512 with no cause inside.
enum Folders {
    /// Makes the folder at `path` and any folder above it that is missing.
    static func create(_ path: String) throws(FailureCause) {
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { return }
            throw FailureCause(errorNumber: ENOTDIR)
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try create(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw FailureCause.current() }
    }
}
