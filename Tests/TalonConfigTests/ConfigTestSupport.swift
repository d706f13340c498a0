import Foundation
@testable import TalonConfig
import TalonCore

/// A small valid hall whose line numbers the error tests rely on.
let smallHall = """
center:
  id: test
  name: {ru: Тест, en: Test}
  time_zone: Europe/Moscow
  hours: "08:00-20:00"
services:
  - id: passport
    name: {ru: Паспорт, en: Passport}
    prefix: П
    handling_minutes: 12
  - id: consultation
    name: {ru: Консультация, en: Consultation}
    prefix: К
    handling_minutes: 7
windows:
  - {id: w1, number: 1, services: [passport, consultation]}
  - {id: w2, number: 2, services: [consultation]}

"""

/// `smallHall` with `old` replaced by `new` (which must occur).
func smallHall(replacing old: String, with new: String) -> String {
    precondition(smallHall.contains(old), "the small hall has no «\(old)»")
    return smallHall.replacingOccurrences(of: old, with: new)
}

/// The rendered errors of `yaml`, or [] if it is valid.
func renderedErrors(_ yaml: String, file: String = "test.yaml") -> [String] {
    do {
        _ = try HallConfigLoader.parse(yaml: yaml, file: file)
        return []
    } catch {
        return error.errors.map(\.description)
    }
}

/// The errors of `yaml`; [] if valid.
func configErrors(_ yaml: String, file: String = "test.yaml") -> [ConfigError] {
    do {
        _ = try HallConfigLoader.parse(yaml: yaml, file: file)
        return []
    } catch {
        return error.errors
    }
}

/// The repository root, found from this file so that tests run from any directory.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
