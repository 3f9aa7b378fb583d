#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Tells the watcher of `sitegen serve` whether anything a build reads may have changed since it
/// last asked, so that an idle poll costs one read(2) instead of an lstat(2) of every file. On
/// Linux it listens with inotify to the site folder and to every folder under content/ and
/// themes/. Elsewhere, or when the kernel refuses a watch (the per-user limit of
/// fs.inotify.max_user_watches), it always answers yes and the watcher compares stamps on every
/// poll, as it would without it. It only says when to look: what changed is still read from the
/// files' stamps.
final class ChangeNotifier: @unchecked Sendable {
    private let siteDirectory: URL
    private var descriptor: Int32 = -1

    /// Starts listening to the site in `siteDirectory`.
    init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if descriptor >= 0 && !watchFolders() { stopListening() }
        #endif
    }

    deinit {
        stopListening()
    }

    /// True when the notifier listens to the file system; false when every poll must look.
    var isListening: Bool { descriptor >= 0 }

    /// True when something may have changed since the last call (always, when not listening).
    /// A new folder is listened to from now on.
    func mayHaveChanged() -> Bool {
        #if canImport(Glibc)
        guard descriptor >= 0 else { return true }
        var changed = false
        var newFolders = false
        let headerSize = MemoryLayout<inotify_event>.size
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }  // EAGAIN: nothing more to read
            changed = true
            var offset = 0
            while offset + headerSize <= count {
                let (mask, length) = buffer.withUnsafeBytes { raw in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.mask, Int(event.len))
                }
                let folderAppeared = mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
                if folderAppeared || mask & UInt32(IN_Q_OVERFLOW) != 0 { newFolders = true }
                offset += headerSize + length
            }
        }
        if newFolders && !watchFolders() { stopListening() }
        return changed
        #else
        return true
        #endif
    }

    /// Listens to the site folder and every folder under content/ and themes/ (symbolic links
    /// are not followed; listening to a folder twice is harmless). False when the kernel refused.
    private func watchFolders() -> Bool {
        #if canImport(Glibc)
        let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        var folders = [siteDirectory.path]
        for top in ["content", "themes"] {
            Self.collectFolders(siteDirectory.appendingPathComponent(top).path, into: &folders)
        }
        for folder in folders where inotify_add_watch(descriptor, folder, mask) < 0 {
            // A folder removed since it was listed is no reason to stop listening.
            if errno != ENOENT && errno != ENOTDIR { return false }
        }
        return true
        #else
        return false
        #endif
    }

    /// Appends `path` and every folder below it, when `path` is a folder (not a symbolic link).
    private static func collectFolders(_ path: String, into folders: inout [String]) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, let directory = opendir(path) else { return }
        defer { closedir(directory) }
        folders.append(path)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            let type = entry.pointee.d_type
            // DT_UNKNOWN (some file systems): lstat tells.
            if type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) {
                collectFolders(path + "/" + name, into: &folders)
            }
        }
    }

    private func stopListening() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
    }
}
