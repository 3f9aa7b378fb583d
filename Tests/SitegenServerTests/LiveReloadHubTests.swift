import Foundation
import Testing
@testable import SitegenServer

/// The live-reload hub takes at most `limit` pages at once; a socket beyond it is closed at once.
@Suite struct LiveReloadHubTests {
    @Test func connectionsBeyondTheLimitAreRefused() async {
        let hub = LiveReloadHub(limit: 3)
        var ids: [UUID] = []
        for _ in 0..<3 {
            let connection = await hub.connect()
            #expect(connection?.0 != nil)
            if let connection { ids.append(connection.0) }
        }
        let refused = await hub.connect()
        #expect(refused?.0 == nil)
        let count = await hub.count
        #expect(count == 3)
        // A page that leaves makes room for the next.
        await hub.disconnect(ids[0])
        let next = await hub.connect()
        #expect(next?.0 != nil)
        let again = await hub.connect()
        #expect(again?.0 == nil)
    }

    @Test func theServersHubTakes64Pages() async {
        let hub = LiveReloadHub()
        #expect(hub.limit == 64)
        for _ in 0..<64 {
            let connection = await hub.connect()
            #expect(connection?.0 != nil)
        }
        let refused = await hub.connect()
        #expect(refused?.0 == nil)
    }

    /// A page let in still gets the current state first.
    @Test func aConnectedPageHearsTheState() async throws {
        let hub = LiveReloadHub(limit: 1)
        let maybe = await hub.connect()
        let connection = try #require(maybe)
        var messages = connection.1.makeAsyncIterator()
        let first = await messages.next()
        #expect(first == "{\"type\":\"ok\"}")
    }
}
