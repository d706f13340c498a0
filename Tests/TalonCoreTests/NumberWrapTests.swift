import Testing
import TalonCore
import TalonTestSupport

@Suite("Printed numbers when all 999 are taken")
struct NumberWrapTests {
    @Test("with 999 tickets of a service still in the hall, the next is refused, never a number twice")
    func allNumbersLive() async throws {
        let h = try await EngineHarness.make()
        var labels = Set<String>()
        for _ in 0..<999 { labels.insert(try await h.issue("consult").label) }
        #expect(labels.count == 999, "every number 001–999 once")
        let error = await #expect(throws: HallError.self) { try await h.issue("consult") }
        #expect(error?.code == .dailyLimitReached)
        #expect(error?.message.contains("999 номеров") == true)
        // One leaves the hall: its number is free again, and it is the one given.
        let first = try #require(await h.engine.current.tickets.values.first { $0.label == "К001" })
        try await h.run(.cancel(ticket: first.id, reason: "ушёл"))
        #expect(try await h.issue("consult").label == "К001")
    }
}
