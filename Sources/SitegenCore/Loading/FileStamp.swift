import Foundation

/// Size and modification time of a file, read with one lstat(2): the cheap way to notice that a
/// file changed, used by the incremental builder and the watcher of `sitegen serve`.
package struct FileStamp: Hashable, Sendable {
    let size: Int64
    let seconds: Int
    let nanoseconds: Int

    /// The stamp of the file at `path`, or nil when it cannot be read.
    package init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
    }

    /// The stamp of every entry under `folder` (symbolic links not followed), by its path below
    /// `folder` with `prefix` in front. Folders are there with the stamp `FileStamp.folder`: their
    /// times change whenever an editor saves through a temporary file, which says nothing the
    /// entries themselves do not.
    package static func collectTree(_ folder: String, prefix: String, into stamps: inout [String: FileStamp]) {
        for name in entries(of: folder) {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                stamps[prefix + name] = .folder
                collectTree(path, prefix: prefix + name + "/", into: &stamps)
            } else {
                stamps[prefix + name] = FileStamp(info)
            }
        }
    }

    /// The stamp `collectTree` gives every folder.
    static let folder = FileStamp(size: -1, seconds: 0, nanoseconds: 0)

    private init(size: Int64, seconds: Int, nanoseconds: Int) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    private init(_ info: stat) {
        size = Int64(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
    }

    /// The names in `folder` (without `.` and `..`), sorted unless `sorted` is false (then in
    /// the order the file system gives, which is the same while the folder is unchanged).
    private static func entries(of folder: String, sorted: Bool = true) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = DirectoryEntry.name(of: entry)
            if name != "." && name != ".." { names.append(name) }
        }
        return sorted ? names.sorted() : names
    }

    /// Combines the stamps of every file under `folder` (not following symbolic links) into `hasher`,
    /// in the order the file system lists them: the same while nothing changes, and cheaper than sorting.
    package static func combineTree(_ folder: String, into hasher: inout Hasher) {
        for name in entries(of: folder, sorted: false) {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            hasher.combine(name)
            hasher.combine(info.st_size)
            hasher.combine(info.st_mtim.tv_sec)
            hasher.combine(info.st_mtim.tv_nsec)
            if info.st_mode & S_IFMT == S_IFDIR { combineTree(path, into: &hasher) }
        }
    }
}
