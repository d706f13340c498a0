import ArgumentParser
import Foundation
import TalonCore
import TalonInput

/// `talon devices`: what input devices there are and what the hall makes of them.
struct DevicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "devices",
        abstract: "List input devices with their capabilities and the role each matched, or why none.",
        subcommands: [List.self, Record.self],
        defaultSubcommand: List.self)
}

extension DevicesCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Every /dev/input/event* node: name, ids, capabilities, links and the matched role.")

        @OptionGroup var hall: HallOptions
        @Option(help: "The device folder.") var dir = "/dev/input"

        func run() throws {
            print(DeviceListing.list(devices: try hall.load().devices, deviceDirectory: dir), terminator: "")
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Record a device's description and events in evemu format (replay them with `talon replay`).",
            discussion: "Stops after --seconds, or at Ctrl-C: the file is valid up to its last line.")

        @Argument(help: "The file to write.") var path: String
        @Option(help: "The device node, e.g. /dev/input/event5.") var device: String
        @Option(help: "How long to record.") var seconds: Double = 10
        @Flag(help: "Grab the device (EVIOCGRAB) so nothing else acts on its events while recording.") var grab = false

        func validate() throws {
            guard seconds > 0 else { throw ValidationError("--seconds must be positive") }
        }

        func run() throws {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let out = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot write \(path)")
            }
            defer { try? out.close() }
            let end = Date().addingTimeInterval(seconds)
            var events = 0
            do {
                try DeviceRecorder.record(path: device, grab: grab, write: { text in
                    if text.hasPrefix("E:") { events += 1 }
                    out.write(Data(text.utf8))
                }, shouldStop: { Date() >= end })
            } catch {
                FileHandle.standardError.write(Data("talon devices record: \(error.message)\n".utf8))
                throw ExitCode(1)
            }
            FileHandle.standardError.write(Data("recorded \(events) events from \(device) into \(path)\n".utf8))
        }
    }
}
