import Foundation
import Testing
import TalonTestSupport

/// `talon bench engine` options and counts (the figures themselves go to BENCHMARKS.md).
@Suite("Engine benchmark")
struct EngineBenchTests {
    @Test("--submitters measures the levels given, counts every commit of a long level, and writes its rows again")
    func oneLevelCountsItsCommits() async throws {
        let folder = try TempFolder("talon-engine-bench")
        defer { folder.remove() }
        // More than the 4,096 commit durations the engine keeps for /metrics: the count
        // must not come from that buffer. One submitter waits for each answer, so each
        // command is a commit of its own.
        let child = try Child(["bench", "engine", "--submitters", "1", "--commands", "4500", "--history", "1000",
                               "--dir", folder.path + "/bench", "--json"])
        let (status, output) = await child.wait()
        #expect(status == 0, "\(output)")
        let json = String(output[output.firstIndex(of: "{")!...])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let levels = try #require(report["levels"] as? [[String: Any]])
        #expect(levels.count == 1)
        #expect(levels.first?["submitters"] as? Int == 1)
        let commands = try #require(levels.first?["commands"] as? Int)
        #expect(commands >= 4500)
        #expect(levels.first?["commits"] as? Int == commands)
        // The same commands' rows were written again without the engine, each beside a
        // plain commit (plus the plain commits before and after the levels).
        let own = try #require(report["ownRows"] as? [String: Any])
        #expect(own["count"] as? Int == commands)
        let plain = try #require(report["plain"] as? [String: Any])
        #expect(plain["count"] as? Int == 2 * commands + 1_000)
    }

    @Test("--submitters with something not a number is refused, saying what")
    func badLevelsAreRefused() async throws {
        let child = try Child(["bench", "engine", "--submitters", "1,x,64", "--dir", "/nonexistent/never-made"])
        let (status, output) = await child.wait()
        #expect(status == 64, "\(output)")
        #expect(output.contains("--submitters «1,x,64»"))
    }
}
