import ArgumentParser
import Foundation
import TalonSim

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks whose figures go into BENCHMARKS.md.",
        subcommands: [EngineBench.self] + BenchCommand.adapterBenches)
}

extension BenchCommand {
    struct EngineBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "engine",
            abstract: "Durable commands/s and latency at 1, 8, 64 submitters beside plain SQLite commits; start-up time with 1,000,000 tickets of history.")

        @OptionGroup var hall: HallOptions
        @Option(help: "Folder on the disk to measure (not tmpfs).") var dir = ".bench"
        @Option(help: "Durable commands per level.") var commands = 6_000
        @Option(help: "Historical tickets for the start-up measurement.") var history = 1_000_000
        @Option(help: "Numbers of concurrent submitters to measure, comma-separated.")
        var submitters = "1,8,64"

        @Flag(help: "A short run (for CI smoke tests): 600 commands, 20,000 tickets of history.") var quick = false
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let given = submitters.split(separator: ",", omittingEmptySubsequences: false)
                .map { Int($0.trimmingCharacters(in: .whitespaces)) }
            let levels = given.compactMap { $0 }
            guard !levels.isEmpty, levels.count == given.count, levels.allSatisfy({ $0 >= 1 }) else {
                throw ValidationError("--submitters «\(submitters)»: give whole numbers from 1, such as 1,8,64")
            }
            let bench = EngineBenchmark(config: try hall.load(), directory: dir, levels: levels,
                                        commands: quick ? 600 : commands, baselineCommits: quick ? 200 : 1_000,
                                        historyTickets: quick ? 20_000 : history)
            let report = try await bench.run { FileHandle.standardError.write(Data("… \($0)\n".utf8)) }
            defer { try? FileManager.default.removeItem(atPath: dir) }
            if json {
                let e = JSONEncoder()
                e.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try e.encode(report), as: UTF8.self))
                return
            }
            print(Self.table(report))
        }

        static func table(_ r: EngineBenchmark.Report) -> String {
            let plain = r.plain.p50Micros
            func ratio(_ x: Double) -> String { String(format: "%.2f", x / plain) }
            var lines = [
                "one row inserted and committed (WAL, synchronous=FULL), p50 / p99:",
                "- plain SQLite, C API: \(f(plain)) / \(f(r.plain.p99Micros)) µs",
                "- the same through GRDB: \(f(r.plainThroughGRDB.p50Micros)) / \(f(r.plainThroughGRDB.p99Micros)) µs (\(ratio(r.plainThroughGRDB.p50Micros))×)",
            ]
            if let own = r.ownRows {
                lines.append("- one command's own rows, without the engine: \(f(own.p50Micros)) / \(f(own.p99Micros)) µs (\(ratio(own.p50Micros))×)")
            }
            lines += [
                "",
                "| submitters | durable commands | commands/s | p50 µs | p99 µs | commits | p50 ÷ plain commit p50 |",
                "|---:|---:|---:|---:|---:|---:|---:|",
            ]
            for l in r.levels {
                lines.append("| \(l.submitters) | \(l.commands) | \(f(l.perSecond)) | \(f(l.p50Micros)) | \(f(l.p99Micros)) | \(l.commits) | \(ratio(l.p50Micros)) |")
            }
            lines.append("")
            lines.append("start to ready with \(r.historyTickets) historical tickets: median \(String(format: "%.1f", r.startupMillisMedian)) ms (runs: \(r.startupMillisRuns.map { String(format: "%.1f", $0) }.joined(separator: ", ")) ms)")
            return lines.joined(separator: "\n")
        }

        static func f(_ x: Double) -> String { String(format: "%.0f", x) }
    }

    /// Benchmarks contributed by the adapters.
    static let adapterBenches: [any ParsableCommand.Type] = [InputBench.self, HTTPBench.self, PrintBenchCommand.self,
                                                             KioskBenchCommand.self]
}
