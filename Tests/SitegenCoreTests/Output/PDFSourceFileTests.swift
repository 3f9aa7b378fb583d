import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// The source WeasyPrint reads beside each print page is the build's own file: written through
/// the output writer and gone before the folder is published.
@Suite struct PDFSourceFileTests {
    @Test func theSourceIsNotPublished() throws {
        let site = try TemporarySite(minimalSiteFiles())
        // A fake Python that answers the check and writes a PDF, through a fake weasyprint script.
        try site.write("python3", "#!/bin/sh\ncase \"$2\" in --check) echo 'pdf/ua-1'; exit 0;; esac\n"
                       + "for last; do :; done; echo '%PDF-fake' > \"$last\"\n")
        let python = site.directory.appendingPathComponent("python3")
        try site.write("weasyprint", "#!\(python.path)\n")
        let fake = site.directory.appendingPathComponent("weasyprint")
        for file in [python, fake] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }
        var options = BuildOptions(siteDirectory: site.directory)
        options.pdf = true
        options.environment = ["WEASYPRINT": fake.path]
        let result = SiteBuilder.build(options)
        #expect(result.status == .success, "\(result.diagnostics)")
        let document = try #require(result.pagesWritten.first { $0.hasSuffix("/print/index.html") })
        let folder = (document as NSString).deletingLastPathComponent
        #expect(site.exists("output/" + document))
        #expect(!site.exists("output/" + folder + "/pdf-source.html"))
    }
}
