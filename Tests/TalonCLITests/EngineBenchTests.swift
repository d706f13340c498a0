import Foundation
import Testing
import TalonTestSupport

/// `talon bench engine` options and counts (the figures themselves go to BENCHMARKS.md).
@Suite("Engine benchmark")
struct EngineBenchTests {
    @Test("--submitters measures the levels given, and counts every commit of a long level")
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
    }

    @Test("--submitters with something not a number is refused, saying what")
    func badLevelsAreRefused() async throws {
        let child = try Child(["bench", "engine", "--submitters", "1,x,64", "--dir", "/nonexistent/never-made"])
        let (status, output) = await child.wait()
        #expect(status == 64, "\(output)")
        #expect(output.contains("--submitters «1,x,64»"))
    }
}
