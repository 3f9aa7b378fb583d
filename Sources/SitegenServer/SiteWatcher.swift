import Foundation
import SitegenCore

/// Notices changes to a site by polling sizes and modification times of sitegen.yml and the
/// files under content/ and themes/: plain, portable, and cheap enough for thousands of files.
struct SiteWatcher: Sendable {
    let siteDirectory: URL

    /// A fingerprint of everything a build reads: sizes and times from lstat(2), walked without
    /// following symbolic links.
    func stamp() -> Int {
        var hasher = Hasher()
        for folder in ["content", "themes"] {
            FileStamp.combineTree(siteDirectory.appendingPathComponent(folder).path, into: &hasher)
        }
        hasher.combine(FileStamp(path: siteDirectory.appendingPathComponent("sitegen.yml").path))
        return hasher.finalize()
    }
}
