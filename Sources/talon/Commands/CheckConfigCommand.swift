import ArgumentParser
import Foundation
import TalonConfig

struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Check a hall configuration; name the file, line and key of every error.")

    @Argument(help: "The YAML file to check.") var file: String

    func run() throws {
        let result = HallConfigLoader.check(path: file)
        if result.isValid {
            print(result.text)
        } else {
            FileHandle.standardError.write(Data((result.text + "\n").utf8))
            throw ExitCode(result.exitStatus)
        }
    }
}
