import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// The PDF source keeps only addresses of files inside the site (and `data:`), in every
/// attribute that holds one and in CSS `url()`; the interpreter of `weasyprint` is found.
@Suite struct PDFSourceTests {
    /// A staging folder with a print page's folder, a picture and a stylesheet, and a secret
    /// beside it, outside.
    static func staging() throws -> (root: URL, outside: URL) {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-pdfsource-\(UUID().uuidString)")
        let root = top.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a/b/print"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: root.appendingPathComponent("a/b/model.png"))
        try Data("p {}".utf8).write(to: root.appendingPathComponent("assets/paged.css"))
        try Data("SECRET".utf8).write(to: top.appendingPathComponent("secret.png"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("a/b/link.png"), withDestinationURL: top.appendingPathComponent("secret.png"))
        return (root, top)
    }

    static func pdfSource(_ html: String, root: URL) -> String {
        PDFSource.html(fromPrintPage: html, pagePath: "a/b/print/index.html", baseURL: "https://skole.example/", root: root)
    }

    @Test func addressesOutsideTheSiteAreRemovedFromEveryAttribute() throws {
        let (root, top) = try Self.staging()
        defer { try? FileManager.default.removeItem(at: top) }
        let hostile = [
            ##"<img src="http://127.0.0.1:9/a.png" alt="n">"##,
            ##"<img src='../../../secret.png' alt="climb">"##,
            ##"<img src=../link.png alt="symlink">"##,
            ##"<img src="&#102;ile:///etc/passwd" alt="reference">"##,
            ##"<img alt="x"src="/etc/passwd">"##,
            ##"<IMG SRC=" h&#x74;tp://127.0.0.1:9/b.png">"##,
            ##"<link rel="stylesheet" href="http://127.0.0.1:9/s.css">"##,
            ##"<link rel="attachment" href="file:///proc/self/environ">"##,
            ##"<link rel="attachment" href="../../../secret.png">"##,
            ##"<object data="http://127.0.0.1:9/o.svg"></object>"##,
            ##"<embed src="//127.0.0.1:9/e.svg">"##,
            ##"<video poster="http://127.0.0.1:9/p.png"></video>"##,
            ##"<svg><image xlink:href="http://127.0.0.1:9/i.png"/><use href="file:///etc/x.svg#a"/></svg>"##,
            ##"<img srcset="http://127.0.0.1:9/s.png 2x" src="../model.png">"##,
            ##"<base href="http://127.0.0.1:9/">"##,
            ##"<p style="background:url(http://127.0.0.1:9/bg.png)">p</p>"##,
            ##"<p style='background-image: URL( "../../../secret.png" )'>q</p>"##,
            ##"<style>@import "http://127.0.0.1:9/i.css"; p { background: url('file:///etc/x') }</style>"##,
            ##"<a href="file:///etc/passwd">f</a> <a href="../../../../../x.html">out</a>"##,
        ].joined(separator: "\n")
        let html = Self.pdfSource(hostile, root: root)
        for forbidden in ["127.0.0.1", "file:", "secret", "passwd", "link.png", "/proc", "&#", "../../../"] {
            #expect(!html.contains(forbidden), "\(forbidden) is left in:\n\(html)")
        }
        #expect(html.contains(##"<img alt="n">"##), "\(html)")
        #expect(html.contains(##"<img src="data:image/png;base64,iVBORw==">"##), "\(html)")
        #expect(html.contains("<a>f</a> <a>out</a>"), "\(html)")
    }

    @Test func theSitesOwnFilesStay() throws {
        let (root, top) = try Self.staging()
        defer { try? FileManager.default.removeItem(at: top) }
        let page = ##"<link rel="stylesheet" href="../../../assets/paged.css"><p style="background:url(../model.png)">x</p><a href="#del">d</a><img src="data:image/png;base64,AA==" alt="d"><svg><use href="#a"/></svg>"##
        #expect(Self.pdfSource(page, root: root).hasPrefix(##"<link rel="stylesheet" href="../../../assets/paged.css"><p style="background:url(../model.png)">x</p><a href="#del">d</a><img src="data:image/png;base64,AA==" alt="d"><svg><use href="#a"/></svg>"##))
    }

    @Test func theInterpreterComesFromTheShebang() throws {
        let site = try TemporarySite([:], config: nil)
        try site.write("bin/python3.12", "#!/bin/sh\n")
        try site.write("venv/weasyprint", "#!/usr/bin/env python3.12\nimport weasyprint\n")
        try site.write("long/weasyprint", "#!/bin/sh\n'''exec' \"\(site.directory.path)/bin/python3.12\" \"$0\" \"$@\"\n' '''\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: site.directory.appendingPathComponent("bin/python3.12").path)
        let python = site.directory.appendingPathComponent("bin/python3.12").path
        let environment = ["PATH": site.directory.appendingPathComponent("bin").path]
        #expect(WeasyPrintInterpreter.fromShebang(of: site.directory.appendingPathComponent("venv/weasyprint").path, environment: environment) == python)
        #expect(WeasyPrintInterpreter.fromShebang(of: site.directory.appendingPathComponent("long/weasyprint").path, environment: environment) == python)
    }

    /// A wrapper (a pyenv shim) names no Python: the probe asks the Python it starts.
    @Test(.enabled(if: PDFIsolationTests.weasyprint != nil, "needs WeasyPrint: make browser-deps"))
    func aWrappersInterpreterIsFoundByTheProbe() throws {
        let weasyprint = try #require(PDFIsolationTests.weasyprint)
        let site = try TemporarySite([:], config: nil)
        try site.write("shim/weasyprint", "#!/bin/sh\nexec \"\(weasyprint)\" \"$@\"\n")
        let shim = site.directory.appendingPathComponent("shim/weasyprint").path
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shim)
        let expected = WeasyPrintInterpreter.fromShebang(of: weasyprint, environment: ProcessInfo.processInfo.environment)
        #expect(WeasyPrintInterpreter.fromShebang(of: shim, environment: [:]) == nil)
        #expect(WeasyPrintInterpreter.find(forCommand: shim, environment: [:]).map(Self.real) == expected.map(Self.real))
    }

    @Test func aWeasyPrintWithoutPythonIsAConfigurationError() throws {
        let site = try TemporarySite(minimalSiteFiles())
        try site.write("weasyprint", "#!/bin/sh\necho 'pdf/ua-1'\n")
        let fake = site.directory.appendingPathComponent("weasyprint")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        var options = BuildOptions(siteDirectory: site.directory)
        options.pdf = true
        options.environment = ["WEASYPRINT": fake.path]
        let result = SiteBuilder.build(options)
        #expect(result.status == .configurationError)
        #expect(result.diagnostics.map(\.code.rawValue) == ["missing-weasyprint"])
        #expect(result.diagnostics.first?.message.contains("cannot find the Python") ?? false)
        #expect(!site.exists("output"))
    }

    static func real(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
