import Foundation

/// Checks of single values: addresses, colours and the like.
enum Validators {
    /// True for an absolute http or https address with a host.
    static func isWebURL(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }),
              let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return false }
        return true
    }

    /// True for a plausible e-mail address: one `@`, a local part, and a domain with a dot.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        // Quotes, brackets and the like belong only in quoted local parts, which no municipal
        // address uses: refused, so an address is always safe in a mailto: link. So are '?',
        // '&', '=', '%' and '#': in a mailto: link they begin headers (`a?cc=x@evil.example`,
        // `?bcc=`, `?body=`), join them, percent-encode what follows, or end the address.
        guard parts.count == 2, !parts[0].isEmpty,
              !text.contains(where: { $0.isWhitespace || "<>,;\"'()[]\\:`?&=%#".contains($0) }) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return false }
        return !parts[0].hasPrefix(".") && !parts[0].hasSuffix(".") && !parts[0].contains("..")
    }

    /// True for `#rrggbb`, in ASCII hex digits only: `Character.isHexDigit` is true for the
    /// full-width digits and letters too (`#１２３４５６`), which no browser reads as a colour and
    /// `contrastAgainstWhite` cannot read at all.
    static func isHexColor(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.count == 7 && bytes.first == UInt8(ascii: "#") && bytes.dropFirst().allSatisfy(isASCIIHexDigit)
    }

    /// True for `0`-`9`, `a`-`f` and `A`-`F`.
    static func isASCIIHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// The WCAG 2.1 contrast ratio of a `#rrggbb` colour against white.
    static func contrastAgainstWhite(_ hex: String) -> Double? {
        guard isHexColor(hex) else { return nil }
        let digits = Array(hex.dropFirst())
        func channel(_ i: Int) -> Double {
            let value = Double(Int(String(digits[i..<i + 2]), radix: 16) ?? 0) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
        return 1.05 / (luminance + 0.05)
    }
}
