import Testing
@testable import SitegenCore

/// What the commands print besides diagnostics is in the writer's language.
@Suite struct ConsoleMessageTests {
    static let messages: [ConsoleMessage] = [
        .cannotListen(host: "127.0.0.1", port: 8080, reason: .portInUse),
        .cannotListen(host: "x", port: 8080, reason: .notIPv4),
        .cannotListen(host: "127.0.0.1", port: 80, reason: .needsRights),
        .cannotListen(host: "10.9.9.9", port: 8080, reason: .notLocalAddress),
        .listeningFailed(host: "127.0.0.1", port: 8080, detail: "timeout"),
        .serving(url: "http://127.0.0.1:8080/"), .stopped, .rebuilt(milliseconds: 12, changedFiles: 3), .notRebuilt,
        .built(pages: 43, folder: "output/"), .checked, .initialised(folder: "ny-side"), .summary(errors: 2, warnings: 1),
    ]

    @Test(arguments: messages)
    func eachMessageIsWrittenInEachLanguage(_ message: ConsoleMessage) {
        let english = message.text(in: .en)
        #expect(!english.isEmpty)
        #expect(message.text(in: .da) != english, "\(message) has no Danish text")
        #expect(message.text(in: .nb) != english, "\(message) has no Norwegian text")
        #expect(message.text(in: .nn) == message.text(in: .nb), "nynorsk reads the Bokmål catalog")
    }

    @Test func theSummaryCountsInEachLanguage() {
        #expect(ConsoleMessage.summary(errors: 1, warnings: 1).text(in: .en) == "1 error, 1 warning")
        #expect(ConsoleMessage.summary(errors: 2, warnings: 0).text(in: .en) == "2 errors, 0 warnings")
        #expect(ConsoleMessage.summary(errors: 2, warnings: 1).text(in: .da) == "2 fejl, 1 advarsel")
        #expect(ConsoleMessage.summary(errors: 1, warnings: 3).text(in: .nb) == "1 feil, 3 advarsler")
        #expect(ConsoleMessage.rebuilt(milliseconds: 5, changedFiles: 1).text(in: .da) == "bygget igen på 5 ms: 1 fil ændret")
    }
}
