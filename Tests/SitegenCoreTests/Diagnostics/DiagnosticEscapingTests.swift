import Foundation
import Testing
@testable import SitegenCore

/// No format prints a control character or a bidirectional control from a diagnostic raw: a file
/// named with ESC could rewrite the terminal or the CI log, one with U+202E shows
/// `evil\u{202E}gnp.exe` as `evilexe.png`.
@Suite struct DiagnosticEscapingTests {
    /// ESC (with a CSI sequence after it), BEL, RIGHT-TO-LEFT OVERRIDE, LEFT-TO-RIGHT ISOLATE,
    /// RIGHT-TO-LEFT MARK and a line feed.
    static let hostile: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{202E}", "\u{2066}", "\u{200F}", "\n"]
    static let name = "evil\u{1B}[2J\u{07}\u{202E}gnp\u{2066}\u{200F}\nx"
    /// `name` as text and github show it.
    static let shownName = #"evil\u{1B}[2J\u{7}\u{202E}gnp\u{2066}\u{200F}\nx"#
    /// A folder whose name also holds what GitHub's workflow commands escape in a property.
    static let file = "content/a,b:c%d/" + name + ".md"

    static let diagnostic = Diagnostic(.error, .fileNameNotSlug(name: name, slug: "evil-2j-gnp-x"),
                                       at: SourceLocation(file: file, line: 3, column: 1))

    /// The scalars of `text` that must not reach a terminal, but the line feeds `allowedLineFeeds`
    /// the format itself writes.
    static func raw(in text: String, allowedLineFeeds: Int) -> [Unicode.Scalar] {
        let found = Array(text.unicodeScalars).filter { hostile.contains($0) || PrintableText.needsEscape($0) }
        let lineFeeds = found.filter { $0 == "\n" }.count
        return found.filter { $0 != "\n" } + (lineFeeds == allowedLineFeeds ? [] : ["\n"])
    }

    /// A line of the JSON format, as a JSON reader gets it.
    struct Decoded: Decodable {
        let file: String
        let line: Int?
        let column: Int?
        let severity: String
        let code: String
        let message: String
        let hint: String?
    }

    static func decode(_ json: String) throws -> Decoded {
        try JSONDecoder().decode(Decoded.self, from: Data(json.utf8))
    }

    @Test(arguments: Language.allCases)
    func textShowsTheCharactersAsEscapes(_ language: Language) {
        let text = DiagnosticFormatter.format(Self.diagnostic, as: .text, language: language)
        // One line for the diagnostic, one for its hint: the only line feed is the format's own.
        #expect(Self.raw(in: text, allowedLineFeeds: 1) == [], "\(text.debugDescription)")
        #expect(text.hasPrefix("content/a,b:c%d/" + Self.shownName + ".md:3:1: "), "\(text.debugDescription)")
        #expect(text.contains("'" + Self.shownName), "the message quotes the name escaped: \(text.debugDescription)")
        #expect(text.split(separator: "\n").count == 2)
    }

    @Test(arguments: Language.allCases)
    func githubShowsTheCharactersAsEscapesAndEscapesItsSyntax(_ language: Language) throws {
        let text = DiagnosticFormatter.format(Self.diagnostic, as: .github, language: language)
        // The hint's line break is written %0A: the annotation is one line.
        #expect(Self.raw(in: text, allowedLineFeeds: 0) == [], "\(text.debugDescription)")
        #expect(text.hasPrefix("::error file=content/a%2Cb%3Ac%25d/" + Self.shownName + ".md,line=3,col=1,title=invalid-name::"),
                "\(text.debugDescription)")
        let title = try #require(text.range(of: "title=invalid-name::"))
        let data = String(text[title.upperBound...])
        #expect(data.contains(Self.shownName), "\(data.debugDescription)")
        #expect(data.contains("%0A"), "message and hint are two lines of the annotation")
        #expect(!data.contains("\\u{A}"))
    }

    @Test(arguments: Language.allCases)
    func jsonWritesTheCharactersAsJSONEscapes(_ language: Language) throws {
        let json = DiagnosticFormatter.format(Self.diagnostic, as: .json, language: language)
        #expect(Self.raw(in: json, allowedLineFeeds: 0) == [], "\(json.debugDescription)")
        for escape in [#"\u001b"#, #"\u0007"#, #"\u202e"#, #"\u2066"#, #"\u200f"#, #"\n"#] {
            #expect(json.contains(escape), "\(escape) in \(json)")
        }
        // A JSON reader gets the file name as it is.
        let object = try Self.decode(json)
        #expect(object.file == Self.file)
        #expect(object.message.contains(Self.name))
        #expect(object.hint?.contains("evil-2j-gnp-x") == true)
        #expect(object.code == "invalid-name")
        #expect(object.line == 3)
    }

    /// The preview's overlay shows the texts as they are: they come as visible escapes.
    @Test func theOverlaysJSONCarriesVisibleEscapes() throws {
        let json = DiagnosticFormatter.json(Self.diagnostic, language: .en, visibleEscapes: true)
        #expect(Self.raw(in: json, allowedLineFeeds: 0) == [], "\(json.debugDescription)")
        let object = try Self.decode(json)
        #expect(object.file == "content/a,b:c%d/" + Self.shownName + ".md")
        #expect(Self.raw(in: object.file, allowedLineFeeds: 0) == [])
        #expect(object.message.contains(Self.shownName))
        #expect(Self.raw(in: object.message, allowedLineFeeds: 0) == [])
        #expect(object.line == 3)
        #expect(object.column == 1)
        // Without visible escapes it is the JSON format's line.
        #expect(DiagnosticFormatter.json(Self.diagnostic, language: .en, visibleEscapes: false)
                == DiagnosticFormatter.format(Self.diagnostic, as: .json, language: .en))
    }

    /// Ordinary text comes out as it was in every format: letters outside ASCII, emoji (with their
    /// zero-width joiners), typographic quotes and dashes and a no-break space.
    @Test(arguments: DiagnosticFormat.allCases)
    func ordinaryTextIsLeftAsItIs(_ format: DiagnosticFormat) {
        let name = "Læringsmiljø på Ærø – “trivsel” 👩‍💻 ünïcødé\u{00A0}x"
        let diagnostic = Diagnostic(.warning, .fileNameNotSlug(name: name, slug: "laeringsmiljoe"),
                                    at: SourceLocation(file: "content/" + name + ".md"))
        let text = DiagnosticFormatter.format(diagnostic, as: format, language: .da)
        #expect(text.contains(name), "\(format): \(text)")
        #expect(!text.contains("\\u"), "\(format): \(text)")
    }

    /// Every field goes through the escaping: the message and the hint too, whatever a catalog
    /// quotes (here the slug in the hint).
    @Test(arguments: DiagnosticFormat.allCases)
    func hintsAreEscapedToo(_ format: DiagnosticFormat) {
        let diagnostic = Diagnostic(.error, .folderNameNotSlug(name: "x", slug: "a\u{9B}31m\u{202D}b\u{061C}\u{7F}"),
                                    at: SourceLocation(file: "content/x"))
        #expect(diagnostic.hint(in: .en)?.contains("\u{202D}") == true, "the hint quotes the slug")
        let text = DiagnosticFormatter.format(diagnostic, as: format)
        #expect(Self.raw(in: text, allowedLineFeeds: format == .text ? 1 : 0) == [], "\(format): \(text.debugDescription)")
        if format == .json {
            #expect(text.contains(#"a\u009b31m\u202db\u061c\u007f"#), "\(text)")
        } else {
            #expect(text.contains(#"a\u{9B}31m\u{202D}b\u{61C}\u{7F}"#), "\(format): \(text)")
        }
    }

    /// What the commands print besides diagnostics holds names too (the output folder, the
    /// folder `sitegen init` made): printed with their escapes; the message's own line break stays.
    @Test func consoleMessagesShowTheirValuesEscaped() {
        let folder = "out\u{1B}]0;pwned\u{07}\u{202E}gnp\nx"
        for language in Language.allCases {
            for message in [ConsoleMessage.built(pages: 3, folder: folder), .initialised(folder: folder),
                            .cannotListen(host: folder, port: 80, reason: .other(folder)),
                            .listeningFailed(host: "h", port: 80, detail: folder), .serving(url: folder)] {
                let text = message.text(in: language)
                #expect(!text.unicodeScalars.contains(where: { PrintableText.needsEscape($0) && $0 != "\n" }), "\(text.debugDescription)")
                #expect(text.contains(#"out\u{1B}]0;pwned\u{7}\u{202E}gnp\nx"#), "\(text.debugDescription)")
            }
            #expect(ConsoleMessage.initialised(folder: folder).text(in: language).hasPrefix("\n"))
            #expect(ConsoleMessage.built(pages: 3, folder: "output/").text(in: language).contains("output/"))
        }
    }
}
