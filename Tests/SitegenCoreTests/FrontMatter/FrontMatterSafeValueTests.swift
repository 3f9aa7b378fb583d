import Foundation
import Testing
@testable import SitegenCore
import SitegenTestSupport

/// Values that end up in a link or a style: an e-mail address may not add headers to its
/// `mailto:` link, a colour is written in ASCII hex digits only.
@Suite struct FrontMatterSafeValueTests {
    /// `?`, `&`, `=`, `%` and `#` would give the `mailto:` link headers (`?cc=`), join them,
    /// percent-encode them or cut the address.
    @Test(arguments: ["name?cc=x@evil.example", "kari&cc=x@evil.example", "kari=x@evil.example",
                      "kari%3Fcc%3Dx@evil.example", "kari#x@oslo.kommune.no", "kari@oslo.kommune.no?bcc=x@evil.example"])
    func addressesThatWouldAddHeadersAreRefused(address: String) {
        #expect(!Validators.isEmail(address))
        let (_, contacts) = parseFile("---\nkind: programme\ntitle: P\ngoal: G\ncontacts:\n  - name: Kari\n    email: \"\(address)\"\n---\n",
                                      path: "aarhus/p/index.md")
        #expect(contacts.map(\.code) == [.invalidEmail], "\(contacts.map(\.message))")
        #expect(contacts.map(\.location.line) == [7])
        let (_, contact) = parseFile("---\nkind: municipality\ntitle: A\nname: A\ncountry: dk\ncontact: \"\(address)\"\n---\n", path: "a/index.md")
        #expect(contact.map(\.code) == [.invalidEmail], "\(contact.map(\.message))")
        #expect(contact.first?.message == "'contact' is not a valid e-mail address: '\(address)'")
    }

    @Test func ordinaryAddressesStillPass() {
        for address in ["kari.nordmann@oslo.kommune.no", "skole+info@aarhus.dk", "a_b-c@x.dk"] {
            #expect(Validators.isEmail(address), "\(address)")
        }
    }

    /// `Character.isHexDigit` is true for the full-width forms too.
    @Test(arguments: ["#１２３４５６", "#ａｂｃｄｅｆ", "#00558ｃ", "#００５５８c"])
    func fullWidthDigitsAreNoColour(color: String) {
        #expect(!Validators.isHexColor(color))
        #expect(Validators.contrastAgainstWhite(color) == nil)
        let (_, problems) = parseFile("---\nkind: municipality\ntitle: A\nname: A\ncountry: dk\ncolor: \"\(color)\"\n---\n", path: "a/index.md")
        #expect(problems.map(\.code) == [.invalidColor], "\(problems.map(\.message))")
        #expect(problems.map(\.location.line) == [6])
    }

    @Test func asciiColoursStillPass() {
        for color in ["#00558c", "#ABCDEF", "#abcdef", "#000000"] {
            #expect(Validators.isHexColor(color), "\(color)")
        }
        for color in ["#00558", "00558cc", "#00558g", "#0055 8c"] {
            #expect(!Validators.isHexColor(color), "\(color)")
        }
        let (_, problems) = parseFile("---\nkind: municipality\ntitle: A\nname: A\ncountry: dk\ncolor: \"#00558C\"\n---\n", path: "a/index.md")
        #expect(problems.isEmpty, "\(problems.map(\.message))")
    }
}
