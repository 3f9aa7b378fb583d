import Foundation

/// Notices changes to a site by polling sizes and modification times of sitegen.yml and the
/// files under content/ and themes/: plain, portable, and cheap enough for thousands of files.
struct SiteWatcher: Sendable {
    let siteDirectory: URL

    /// A fingerprint of everything a build reads.
    func stamp() -> Int {
        var hasher = Hasher()
        let fm = FileManager.default
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        for folder in ["content", "themes"] {
            guard let enumerator = fm.enumerator(at: siteDirectory.appendingPathComponent(folder), includingPropertiesForKeys: keys) else { continue }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: Set(keys)) else { continue }
                hasher.combine(url.path)
                hasher.combine(values.fileSize)
                hasher.combine(values.contentModificationDate)
            }
        }
        let config = siteDirectory.appendingPathComponent("sitegen.yml")
        let attributes = try? fm.attributesOfItem(atPath: config.path)
        hasher.combine(attributes?[.modificationDate] as? Date)
        hasher.combine((attributes?[.size] as? NSNumber)?.intValue)
        return hasher.finalize()
    }
}
