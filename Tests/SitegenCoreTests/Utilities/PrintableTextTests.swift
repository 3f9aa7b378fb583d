import Testing
@testable import SitegenCore

/// The one escaping of what sitegen prints, and JSON's escaping of the same characters.
@Suite struct PrintableTextTests {
    /// The characters the security finding names, and the rest of C0, C1 and DEL.
    @Test func itPicksTheControlsAndTheBidirectionalCharacters() {
        var picked: [UInt32] = [0x7F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029]
        picked.append(contentsOf: 0x00...0x1F)
        picked.append(contentsOf: 0x80...0x9F)
        picked.append(contentsOf: 0x202A...0x202E)
        picked.append(contentsOf: 0x2066...0x2069)
        for value in picked {
            #expect(PrintableText.needsEscape(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
        // Printable text, the zero-width joiner of emoji sequences and the no-break space are left.
        for value: UInt32 in [0x20, 0x41, 0x7E, 0xA0, 0xE6, 0xF8, 0x2013, 0x201C, 0x200D, 0x1F600] {
            #expect(!PrintableText.needsEscape(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
    }

    @Test func itWritesVisibleEscapes() {
        #expect(PrintableText.escaped("evil\u{202E}gnp.exe") == #"evil\u{202E}gnp.exe"#)
        #expect(PrintableText.escaped("a\u{1B}[31mb\u{07}c\u{7F}d\u{9B}e\u{85}f") == #"a\u{1B}[31mb\u{7}c\u{7F}d\u{9B}e\u{85}f"#)
        #expect(PrintableText.escaped("x\ny\rz\tw\u{2066}v\u{2069}\u{200E}\u{200F}\u{061C}")
                == #"x\ny\rz\tw\u{2066}v\u{2069}\u{200E}\u{200F}\u{61C}"#)
        #expect(PrintableText.escaped("a\nb\r\u{1B}c", keepingLineBreaks: true) == "a\nb" + #"\r\u{1B}c"#)
    }

    @Test func ordinaryTextIsLeftAsItIs() {
        for text in ["", "content/aarhus/index.md", "Læringsmiljø på Ærø", "– “godt” ‘nok’ …", "👩‍💻 🇩🇰 😀",
                     "no\u{00A0}break", "عربي", "עברית", "\\u{1B} typed by hand"] {
            #expect(PrintableText.escaped(text) == text)
            #expect(PrintableText.escaped(text, keepingLineBreaks: true) == text)
        }
    }

    /// Whatever a character, neither escaping lets one of them through, and the JSON reads back
    /// as the text; escaping twice changes nothing more.
    @Test func noCharacterGetsThrough() {
        var values: [UInt32] = [0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF]
        values.append(contentsOf: 0x0000...0x2FFF)
        let scalars = values.compactMap { Unicode.Scalar($0) }
        for scalar in scalars {
            let text = "a" + String(Character(scalar)) + "b"
            let shown = PrintableText.escaped(text)
            #expect(!shown.unicodeScalars.contains(where: PrintableText.needsEscape), "U+\(String(scalar.value, radix: 16))")
            #expect(PrintableText.escaped(shown) == shown)
            #expect(shown == text || PrintableText.needsEscape(scalar))
            let json = JSONText.string(text)
            #expect(!json.unicodeScalars.contains(where: PrintableText.needsEscape), "U+\(String(scalar.value, radix: 16))")
            if PrintableText.needsEscape(scalar) {
                #expect(json.contains("\\"), "U+\(String(scalar.value, radix: 16))")
            } else if scalar != "\"" && scalar != "\\" {
                #expect(json == "\"" + text + "\"", "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test func jsonWritesThemAsUnicodeEscapes() {
        #expect(JSONText.string("a\u{7F}\u{85}\u{9B}\u{202E}\u{2066}\u{200F}\u{061C}b")
                == #""a\u007f\u0085\u009b\u202e\u2066\u200f\u061cb""#)
        #expect(JSONText.string("\u{1B}[2J\u{07}") == #""\u001b[2J\u0007""#)
        // The bytes around them are left: a no-break space, a dash, Arabic letters.
        #expect(JSONText.string("\u{A0}–\u{202E}عربي") == "\"\u{A0}–\\u202eعربي\"")
    }
}
