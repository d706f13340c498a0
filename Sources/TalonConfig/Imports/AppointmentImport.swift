public import Foundation
public import TalonCore

/// Reads bookings from a CSV file for `talon import appointments`.
///
/// ```text
/// code,service,slot,category
/// 4821-7730,passport,2026-11-24 10:30,
/// 4821-7731,benefits,2026-11-24 10:45,disabled
/// ```
///
/// UTF-8 (a byte order mark is fine), a header row, comma separated (semicolons too, as
/// a Russian spreadsheet saves them); a value holding a comma goes in double quotes.
/// `slot` is the center's local time, `2026-11-24 10:30` (in the hall's time zone), or
/// ISO 8601 with an offset, `2026-11-24T10:30:00+03:00`. `category` may be left empty.
/// The service and the category must be in the hall configuration.
///
/// Every problem of the file is reported as `FILE:LINE: column: message` (``ConfigErrors``),
/// and a file with any problem loads nothing.
public enum AppointmentImport {
    /// The columns, in the usual order.
    public static let columns = ["code", "service", "slot", "category"]
    static let required = ["code", "service", "slot"]

    /// Reads and checks the file at `path`; `path` is also the file name in messages.
    public static func load(path: String, hall: HallConfig) throws(ConfigErrors) -> [ImportRow<Appointment>] {
        try parse(data: try ImportFile.read(path: path), file: path, hall: hall)
    }

    /// Checks CSV bytes against `hall`.
    ///
    /// - Parameter file: The name shown in messages.
    public static func parse(data: Data, file: String, hall: HallConfig) throws(ConfigErrors) -> [ImportRow<Appointment>] {
        let check = try ImportDocument.check(hall, file: file)
        return try ImportDocument.parse(data: data, file: file, columns: columns, required: required,
                                        keyColumn: "code", key: { $0.code.rawValue }) { field in
            check.appointment(code: field("code"), service: field("service"), slot: field("slot"),
                              category: field("category"))
        }
    }
}
