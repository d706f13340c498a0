import ArgumentParser
import Foundation
import TalonConfig
import TalonCore
import TalonWeb

extension BenchCommand {
    /// `talon bench http`: see ``HTTPBenchmark``.
    struct HTTPBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "http",
            abstract: "Ticket issue over keep-alive HTTP at 1, 16, 64 clients; call → SSE latency and memory with 200 display clients.")

        @Option(help: "Folder on the disk for the journal (not tmpfs).") var dir = ".bench"
        @Option(help: "Issue requests per client level.") var requests = 3000
        @Option(help: "Connected display clients.") var displays = 200
        @Option(help: "Calls whose SSE delivery is measured (each to every display: 200 calls make one slow commit 0.5 % of the samples, not 2.5 %).") var calls = 200
        @Flag(help: "A short run: 300 requests, 20 displays, 10 calls.") var quick = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let exe = Bundle.main.executablePath ?? CommandLine.arguments[0]
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            // The demo hall without its daily limits, which thousands of requests reach in seconds.
            let hall = "\(dir)/bench-hall.yaml"
            let unlimited = DemoHall.yaml.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("daily_limit:") }
            try unlimited.joined(separator: "\n").write(toFile: hall, atomically: true, encoding: .utf8)
            let services = try DemoHall.load().services.map(\.id.rawValue)
            let bench = HTTPBenchmark(executable: exe, directory: dir, config: hall, services: services,
                                      requestsPerLevel: quick ? 300 : requests,
                                      displays: quick ? 20 : displays, calls: quick ? 10 : calls)
            let r = try bench.run { FileHandle.standardError.write(Data("… \($0)\n".utf8)) }
            defer { try? FileManager.default.removeItem(atPath: dir) }
            if json {
                let e = JSONEncoder()
                e.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try e.encode(r), as: UTF8.self))
                return
            }
            var lines = ["| clients | requests | requests/s | p50 µs | p99 µs |", "|---:|---:|---:|---:|---:|"]
            for l in r.levels {
                lines.append("| \(l.clients) | \(l.requests) | \(f(l.perSecond)) | \(f(l.p50Micros)) | \(f(l.p99Micros)) |")
            }
            lines.append("")
            lines.append("call → SSE delivery to \(r.displays) display clients (\(r.deliveries) deliveries): p50 \(f(r.deliveryP50Micros)) µs, p99 \(f(r.deliveryP99Micros)) µs")
            lines.append(String(format: "server resident memory: %.1f MB idle, %.1f MB with %d display clients", r.residentMegabytesIdle, r.residentMegabytes, r.displays))
            print(lines.joined(separator: "\n"))
        }

        func f(_ x: Double) -> String { String(format: "%.0f", x) }
    }
}
