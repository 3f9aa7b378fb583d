import Foundation
import SitegenCore

// What every test target shares: a temporary site, the small valid site most tests start
// from, and where the repository and its fixtures are.

/// The repository's root folder.
public let repositoryRoot: URL = {
    // The folder above the tests that holds Package.swift, however deep this file sits.
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path), folder.path != "/" {
        folder.deleteLastPathComponent()
    }
    return folder
}()
/// Tests/Fixtures.
public let fixturesDirectory = repositoryRoot.appendingPathComponent("Tests/Fixtures")

/// A site written into a temporary folder for one test, removed when the test ends.
public final class TemporarySite {
    /// The site folder.
    public let directory: URL

    /// Writes `files` (path → text) and a sitegen.yml unless one is given.
    public init(_ files: [String: String], config: String? = "title: Testsite\nlanguage: da\n") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("content"), withIntermediateDirectories: true)
        if let config { try write("sitegen.yml", config) }
        for (path, text) in files { try write(path, text) }
    }

    public func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    public func write(_ path: String, _ data: Data) throws {
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Writes `text` to `path` and moves the file's time on, so that a rebuild sees the change
    /// by size and time even on a file system with coarse timestamps.
    public func edit(_ path: String, _ text: String) throws {
        try write(path, text)
        let url = directory.appendingPathComponent(path)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(2)], ofItemAtPath: url.path)
    }

    public func read(_ path: String) -> String? {
        try? String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path)
    }

    public func build(check: Bool = false, drafts: Bool = false, strict: Bool = false, parallel: Bool = true, output: URL? = nil) -> BuildResult {
        var options = BuildOptions(siteDirectory: directory)
        options.checkOnly = check
        options.includeDrafts = drafts
        options.strict = strict
        options.parallel = parallel
        options.outputDirectory = output
        return SiteBuilder.build(options)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }
}

/// A small valid site: one municipality, one framework with two approaches and a role, a page.
public func minimalSiteFiles() -> [String: String] {
    [
        "content/aarhus/index.md": """
        ---
        kind: municipality
        title: Aarhus Kommune
        name: Aarhus Kommune
        country: dk
        color: "#00558c"
        ---
        ## Om kommunen

        Aarhus har mange skoler.
        """,
        "content/aarhus/grundlag/index.md": """
        ---
        kind: framework
        title: Fælles ledelsesgrundlag
        label: Ledelsesgrundlag
        adopted: 2024-01-15
        revised: 2025-03-01
        purposes:
          - At lede sammen
        expects:
          approaches: 2
          roles: 1
        ---
        ## Baggrund

        Se [den første tilgang](forste.md#hvorfor).
        """,
        "content/aarhus/grundlag/forste.md": """
        ---
        kind: approach
        title: Den første tilgang
        number: 1
        statement: Vi leder læring.
        actions:
          - Vi gør noget
        related:
          - aarhus/grundlag/anden
        ---
        ## Hvorfor

        Fordi det virker.
        """,
        "content/aarhus/grundlag/anden.md": """
        ---
        kind: approach
        title: Den anden tilgang
        number: 2
        statement: Vi leder trivsel.
        actions:
          - Vi gør mere
        ---
        Tilbage til [grundlaget](index.md).
        """,
        "content/aarhus/grundlag/vejlederen.md": """
        ---
        kind: role
        title: Vejlederens rolle
        actor: Vejlederen
        responsibilities:
          - Vejleder kolleger
        ---
        """,
        "content/pages/om.md": """
        ---
        kind: page
        title: Om sitet
        menu: 1
        ---
        ## Om

        Læs om [Aarhus](../aarhus/index.md).
        """,
    ]
}

