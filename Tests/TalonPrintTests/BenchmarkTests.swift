import Foundation
import Testing
import TalonTestSupport
@testable import TalonPrint

@Suite("Print benchmark", .serialized)
struct BenchmarkTests {
    @Test("Talon's path beside lp -o raw, same bytes, same queue, same run")
    func benchmark() async throws {
        let cupsd = try PrivateCupsd()
        let iterations = Int(ProcessInfo.processInfo.environment["TALON_BENCH_ITERATIONS"] ?? "") ?? 30
        let result = try await PrintBenchmark.run(server: CupsServerAddress(host: cupsd.socketPath),
                                                  iterations: iterations)
        print("print benchmark (\(iterations) rounds):\n\(result)")
        #expect(result.talonDelivered.count == iterations)
        // The figures are a benchmark (talon bench print, BENCHMARKS.md), not a timed
        // assertion: here, that both paths delivered every job.
        #expect(result.lpDelivered.count == iterations)
    }
}
