#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SitegenCore

/// Tells the watcher of `sitegen serve` whether anything a build reads may have changed since it
/// last asked, so that an idle poll costs one read(2) instead of an lstat(2) of every file. On
/// Linux it listens with inotify to the site folder and to every folder under content/ and
/// themes/ (each folder is listened to before it is read, so a folder made meanwhile is not
/// missed). It does not listen where events may not come: on network and FUSE file systems
/// (NFS, SMB, 9p, FUSE, VirtualBox shared folders), whose files can change on another machine,
/// elsewhere than Linux, and when the kernel refuses a watch (the per-user limit
/// fs.inotify.max_user_watches). Then every poll compares the files' stamps, as without it. It
/// only says when to look: what changed is still read from the files' stamps.
final class ChangeNotifier {
    private let siteDirectory: URL
    private var descriptor: Int32 = -1
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 8)

    /// Starts listening to the site in `siteDirectory`, where the file system tells of changes.
    init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        #if canImport(Glibc)
        let folders = [self.siteDirectory.path] + ["content", "themes"].map { self.siteDirectory.appendingPathComponent($0).path }
        guard folders.allSatisfy(Self.deliversEvents) else { return }
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if descriptor >= 0 && !watchFolders() { stopListening() }
        #endif
    }

    deinit {
        stopListening()
        buffer.deallocate()
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
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            guard count > 0 else { break }  // EAGAIN: nothing more to read
            changed = true
            var offset = 0
            while offset + headerSize <= count {
                let event = buffer.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                let folderAppeared = event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
                if folderAppeared || event.mask & UInt32(IN_Q_OVERFLOW) != 0 { newFolders = true }
                offset += headerSize + Int(event.len)
            }
        }
        if newFolders && !watchFolders() { stopListening() }
        return changed
        #else
        return true
        #endif
    }

    #if canImport(Glibc)
    /// Listens to the site folder and every folder under content/ and themes/, each before it is
    /// read (content/ and themes/ are listened to through a symbolic link, which the build
    /// refuses with a `symlink` error: a rebuild says so again, and the link replaced by the
    /// folder is seen in the site folder; links below them are not followed, as the build does
    /// not). Listening to a folder twice is harmless.
    /// False when the kernel refused.
    private func watchFolders() -> Bool {
        guard watch(siteDirectory.path) else { return false }
        for top in ["content", "themes"] {
            guard watchTree(siteDirectory.appendingPathComponent(top).path, followLink: true) else { return false }
        }
        return true
    }

    private func watch(_ folder: String) -> Bool {
        let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        // A folder removed since it was found is no reason to stop listening.
        return inotify_add_watch(descriptor, folder, mask) >= 0 || errno == ENOENT || errno == ENOTDIR
    }

    /// Listens to `path` and every folder below it, when `path` is a folder.
    private func watchTree(_ path: String, followLink: Bool = false) -> Bool {
        var info = stat()
        guard (followLink ? stat(path, &info) : lstat(path, &info)) == 0, info.st_mode & S_IFMT == S_IFDIR else { return true }
        guard watch(path) else { return false }
        guard let directory = opendir(path) else { return true }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = DirectoryEntry.name(of: entry)
            guard name != ".", name != ".." else { continue }
            let type = DirectoryEntry.type(of: entry)
            // DT_UNKNOWN (some file systems): lstat tells.
            if type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN), !watchTree(path + "/" + name) { return false }
        }
        return true
    }

    /// False for file systems whose files may change without an inotify event here: network
    /// and FUSE file systems, by the type /proc/self/mounts gives the mount that holds `path`.
    /// A path that does not exist, or mounts that cannot be read, count as local.
    private static func deliversEvents(_ path: String) -> Bool {
        guard let resolved = realpath(path, nil) else { return true }
        defer { free(resolved) }
        let target = String(cString: resolved)
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return true }
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = unescapeMountField(fields[1]), type = String(fields[2])
            let holds = point == "/" || target == point || target.hasPrefix(point + "/")
            if holds && point.utf8.count >= (best?.point.utf8.count ?? -1) { best = (point, type) }
        }
        guard let type = best?.type else { return true }
        let remote: Set<String> = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "drvfs", "vboxsf", "virtiofs", "afs", "ncpfs",
                                   "fuse", "fuseblk"]
        return !(remote.contains(type) || type.hasPrefix("fuse."))
    }

    /// A mount point as /proc/self/mounts writes it, with `\040` for a space and the like.
    private static func unescapeMountField(_ field: Substring) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(field.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "\\"), i + 3 < utf8.count,
               let value = UInt8(String(decoding: utf8[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                bytes.append(value)
                i += 4
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
    #endif

    private func stopListening() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
    }
}
