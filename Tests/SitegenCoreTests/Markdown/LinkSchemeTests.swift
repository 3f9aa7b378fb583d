import Foundation
import Testing
@testable import SitegenCore

/// Links in a body whose scheme is refused: `file:` (which cmark empties) is an error at the
/// link, and a `mailto:` link is one address, never with headers after it.
@Suite struct LinkSchemeTests {
    @Test(arguments: [false, true])
    func fileLinksAreErrorsAtTheirPlace(unsafe: Bool) {
        let (rendered, problems) = render("Se [x](file:///etc/passwd) og <FILE:///etc/shadow>\n", unsafe: unsafe)
        #expect(problems.map(\.code) == [.unsafeLink, .unsafeLink])
        #expect(problems.map(\.severity) == [.error, .error])
        #expect(problems.map(\.location.line) == [10, 10])
        #expect(problems.map(\.location.column) == [4, 31])
        #expect(problems.first?.message == "links to 'file:' addresses are not allowed")
        // The autolink keeps its text; no href keeps the address.
        #expect(!rendered.html.lowercased().contains("href=\"file:"), "\(rendered.html)")
        #expect(rendered.html.components(separatedBy: "href=\"\"").count == 3, "\(rendered.html)")
    }

    @Test(arguments: ["mailto:a?cc=x@evil.example", "mailto:kari@oslo.kommune.no?bcc=x@evil.example",
                      "mailto:kari@oslo.kommune.no?subject=Hej&body=x", "MAILTO:a%3Fcc=x@evil.example",
                      "mailto:kari@oslo.kommune.no,x@evil.example", "mailto:kari@oslo.kommune.no;x@evil.example",
                      "mailto:kari@oslo.kommune.no#x", "mailto:?to=x@evil.example"])
    func mailtoLinksWithMoreThanTheAddressAreRefused(url: String) {
        let (rendered, problems) = render("Skriv til [Kari](\(url)).\n")
        #expect(problems.map(\.code) == [.invalidEmail], "\(url)")
        #expect(problems.map(\.location.column) == [11])
        #expect(problems.first?.message == "the link '\(url)' must be one e-mail address with nothing after it")
        #expect(!rendered.html.lowercased().contains("mailto"), "\(rendered.html)")
    }

    /// An e-mail autolink may hold '?' and '=' in CommonMark: `<a?cc=x@evil.example>`.
    @Test func anEmailAutolinkWithHeadersIsRefused() {
        let (rendered, problems) = render("Skriv til <a?cc=x@evil.example>.\n")
        #expect(problems.map(\.code) == [.invalidEmail])
        #expect(problems.map(\.location.column) == [11])
        #expect(!rendered.html.contains("mailto"), "\(rendered.html)")
    }

    @Test func plainMailtoLinksStay() {
        let (rendered, problems) = render("Skriv til [Kari](mailto:kari@oslo.kommune.no) eller <anna@haderslev.dk>.\n")
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        #expect(rendered.html.contains("href=\"mailto:kari@oslo.kommune.no\""), "\(rendered.html)")
        #expect(rendered.html.contains("href=\"mailto:anna@haderslev.dk\""), "\(rendered.html)")
    }

    /// Every catalog has the text.
    @Test func theMailtoTextIsInEveryLanguage() {
        let problem = Problem.mailtoLinkNotAnAddress(url: "mailto:a?cc=b@c.dk")
        for text in [problem.english, problem.danish, problem.norwegian] {
            #expect(text.message.contains("mailto:a?cc=b@c.dk"))
        }
    }
}
