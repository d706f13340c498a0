import ArgumentParser
import Foundation
import TalonInput

extension BenchCommand {
    /// `talon bench input`: kernel event time → engine command latency, and the CPU cost
    /// of a touchscreen streaming 1,000 events a second.
    struct InputBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "input",
            abstract: "Input: p50/p99 from an event's kernel timestamp to its command, and CPU at 1,000 touch events/s.",
            discussion: """
                Events are stamped with CLOCK_REALTIME (evdev's clock) and written into a pipe in the \
                kernel's struct input_event layout; a poll thread reads them with read(2), decodes them \
                with the same decoders as the daemon and hands commands to an async consumer, as the \
                input service does. The binary cannot put libevdev on a pipe (libevdev asks the fd for \
                EVIOCG* ioctls, which only a real device or the test interposer answers), so the libevdev \
                path is measured by `swift test --filter BenchmarkTests`, which prints both.
                """)

        @Option(help: "Seconds for each of the two measurements.") var seconds: Double = 3

        func run() async throws {
            let result = try await InputBenchmark.run(seconds: seconds)
            print(result)
        }
    }
}
