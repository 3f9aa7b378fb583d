import Foundation
import SitegenCore

/// The FuzzSite target's input: up to six files separated by NUL bytes, placed at fixed paths
/// of a small site. Shared by the fuzz target and the unit test that replays saved inputs.
public enum FuzzSiteInput {
    /// Where the parts of the input go, in order.
    public static let paths = [
        "content/aarhus/index.md", "content/aarhus/plan/index.md", "content/aarhus/plan/a.md",
        "content/aarhus/plan/b.md", "content/pages/om.md", "sitegen.yml",
    ]

    /// What a build of one input did.
    public struct Outcome {
        /// The build's result.
        public var result: BuildResult
        /// The names in the site folder after the build.
        public var entries: Set<String>
        /// The rules every build must keep, whatever the input: nil when kept, else the one broken.
        public var brokenRule: String? {
            if !entries.isSubset(of: ["content", "sitegen.yml", "output"]) { return "wrote outside output/: \(entries.sorted())" }
            if result.status != .success && result.diagnostics.isEmpty { return "a failed build must say why" }
            if result.status != .success && entries.contains("output") { return "a failed build must not leave output/" }
            return nil
        }
    }

    /// Writes the site of `data` into `root` (emptied first), builds it serially, removes it again.
    public static func build(_ data: Data, in root: URL) -> Outcome {
        let fm = FileManager.default
        let parts = data.split(separator: 0, maxSplits: paths.count - 1, omittingEmptySubsequences: false)
        try? fm.removeItem(at: root)
        defer { try? fm.removeItem(at: root) }
        for (index, part) in parts.enumerated() {
            let url = root.appendingPathComponent(paths[index])
            try? fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(part).write(to: url)
        }
        if parts.count < paths.count {
            try? Data("title: Fuzz\n".utf8).write(to: root.appendingPathComponent("sitegen.yml"))
        }
        var options = BuildOptions(siteDirectory: root)
        options.parallel = false
        let result = SiteBuilder.build(options)
        let entries = Set((try? fm.contentsOfDirectory(atPath: root.path)) ?? [])
        return Outcome(result: result, entries: entries)
    }
}
