import Foundation
import SitegenCore

/// Notices changes to a site by polling sizes and modification times of sitegen.yml and the
/// files under content/ and themes/: plain, portable, and cheap enough for thousands of files.
struct SiteWatcher: Sendable {
    let siteDirectory: URL

    /// What one poll saw: a fingerprint of the settings (sitegen.yml, themes/) and the stamp of
    /// every entry under content/, by path under content/.
    struct Snapshot: Equatable, Sendable {
        var settings: Int
        var content: [String: FileStamp]

        /// The content files whose stamps differ from `earlier`'s, when nothing else changed:
        /// the same settings, no entry added or removed, and only Markdown files changed. Then
        /// the builder can take its quick path; otherwise nil.
        func changedMarkdownFiles(since earlier: Snapshot) -> [String]? {
            guard settings == earlier.settings, content.count == earlier.content.count else { return nil }
            var changed: [String] = []
            for (path, stamp) in content {
                guard let before = earlier.content[path] else { return nil }
                if before != stamp {
                    guard path.hasSuffix(".md") else { return nil }
                    changed.append(path)
                }
            }
            return changed.sorted()
        }
    }

    /// A fingerprint of everything a build reads (sizes and times from lstat(2), symbolic links
    /// not followed): cheaper than a snapshot, so it is what each poll takes.
    func fingerprint() -> Int {
        var hasher = Hasher()
        for folder in ["content", "themes"] {
            FileStamp.combineTree(siteDirectory.appendingPathComponent(folder).path, into: &hasher)
        }
        hasher.combine(FileStamp(path: siteDirectory.appendingPathComponent("sitegen.yml").path))
        return hasher.finalize()
    }

    /// Reads the stamps of everything a build reads, from lstat(2), without following symbolic links.
    func snapshot() -> Snapshot {
        var hasher = Hasher()
        FileStamp.combineTree(siteDirectory.appendingPathComponent("themes").path, into: &hasher)
        hasher.combine(FileStamp(path: siteDirectory.appendingPathComponent("sitegen.yml").path))
        var content: [String: FileStamp] = [:]
        FileStamp.collectTree(siteDirectory.appendingPathComponent("content").path, prefix: "", into: &content)
        return Snapshot(settings: hasher.finalize(), content: content)
    }
}
