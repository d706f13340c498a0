public import Foundation
public import TalonCore

/// The rows of an import file as text, column by column, checked for form only: the
/// bytes, the quotes, the header. `talon import … --url` sends them so to the hall's
/// server, which checks them against its own configuration and answers row by row.
public enum ImportRows {
    /// The rows of the file at `path`, each a map from column name to its trimmed value
    /// (empty values left out).
    public static func load(path: String, kind: ImportKind) throws(ConfigErrors) -> [ImportRow<[String: String]>] {
        try parse(data: try ImportFile.read(path: path), file: path, kind: kind)
    }

    /// The rows of CSV bytes.
    ///
    /// - Parameter file: The name shown in messages.
    public static func parse(data: Data, file: String, kind: ImportKind) throws(ConfigErrors) -> [ImportRow<[String: String]>] {
        let (columns, required) = switch kind {
        case .appointments: (AppointmentImport.columns, AppointmentImport.required)
        case .notices: (NoticeImport.columns, NoticeImport.required)
        }
        var errors = ImportErrorList(file: file)
        let table = try ImportDocument.table(data: data, file: file, columns: columns, required: required, errors: &errors)
        guard errors.isEmpty else { throw errors.all }
        return table.rows.map { record in
            var fields: [String: String] = [:]
            for column in columns {
                if let value = table.value(column, in: record)?.trimmingCharacters(in: .whitespacesAndNewlines),
                   !value.isEmpty {
                    fields[column] = value
                }
            }
            return ImportRow(line: record.line, value: fields)
        }
    }
}
