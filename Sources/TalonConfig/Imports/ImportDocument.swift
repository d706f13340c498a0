import Foundation
import TalonCore

/// The steps every CSV import shares: read, decode, split into a table, check each row
/// with ``ImportCheck``, refuse a key listed twice; all errors collected, all or nothing.
enum ImportDocument {
    /// Parses `data` into rows, or throws every error found.
    ///
    /// - Parameters:
    ///   - keyColumn: the column whose value must be unique (`code`, `application`).
    ///   - key: that value of a built row (normalised, for applications).
    ///   - build: checks one row's fields and builds its value.
    static func parse<Value>(data: Data, file: String, columns: [String], required: [String],
                             keyColumn: String, key: (Value) -> String,
                             build: (_ field: (String) -> String?) -> (Value?, [ImportProblem]))
        throws(ConfigErrors) -> [ImportRow<Value>] {
        var errors = ImportErrorList(file: file)
        let table = try self.table(data: data, file: file, columns: columns, required: required, errors: &errors)
        var rows: [ImportRow<Value>] = []
        var seen: [String: Int] = [:]
        for record in table.rows {
            let (value, problems) = build { table.value($0, in: record) }
            for problem in problems { errors.add(Self.error(problem, file: file, line: record.line)) }
            guard let value else { continue }
            let k = key(value)
            if let first = seen[k] {
                let problem = ImportCheck.duplicate(keyColumn, k, first: ("строка \(first)", "line \(first)"))
                errors.add(Self.error(problem, file: file, line: record.line))
                continue
            }
            seen[k] = record.line
            rows.append(ImportRow(line: record.line, value: value))
        }
        guard errors.isEmpty else { throw errors.all }
        return rows
    }

    /// The file as a table; throws when it cannot be one (bad bytes, an unclosed quote, a
    /// wrong header). Rows with too many values are left out, their errors in `errors`.
    static func table(data: Data, file: String, columns: [String], required: [String],
                      errors: inout ImportErrorList) throws(ConfigErrors) -> CSVTable {
        let text = try ImportFile.decode(data, file: file)
        guard let table = CSVTable.read(text, file: file, known: columns, required: required, errors: &errors) else {
            throw errors.all
        }
        return table
    }

    static func error(_ problem: ImportProblem, file: String, line: Int) -> ConfigError {
        let code: ConfigError.Code = switch problem.kind {
        case .missing: .missingKey
        case .invalid: .invalidValue
        case .unknownReference: .unknownReference
        case .duplicate: .duplicate
        }
        return ConfigError(code, file: file, line: line, path: problem.field, message: problem.message)
    }

    /// The check for `hall`, whose time zone a loaded hall always knows.
    static func check(_ hall: HallConfig, file: String) throws(ConfigErrors) -> ImportCheck {
        guard let check = ImportCheck(hall: hall) else {
            throw ConfigErrors([ConfigError(.invalidValue, file: file, line: nil, message:
                "часовой пояс зала «\(hall.center.timeZone)» неизвестен / the hall's time zone is unknown")])
        }
        return check
    }
}
