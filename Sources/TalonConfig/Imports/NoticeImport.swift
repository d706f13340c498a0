public import Foundation
public import TalonCore

/// Reads document-readiness notices from a CSV file for `talon import notices`.
///
/// ```text
/// application,service,status,expected
/// 77-2026-0041873,pickup,ready,
/// 77-2026-0041902,pickup,in_progress,2026-11-27
/// ```
///
/// The file rules are those of ``AppointmentImport``. `status` is `ready`, `in_progress`
/// or `issued`; `expected` is a day, `2026-11-27`, required for `in_progress`. Application
/// numbers are normalised as visitors type them (``ReadinessNotice/normalised(_:)``), so
/// one written twice with different spacing is a duplicate.
public enum NoticeImport {
    /// The columns, in the usual order.
    public static let columns = ["application", "service", "status", "expected"]
    static let required = ["application", "service", "status"]

    /// Reads and checks the file at `path`; `path` is also the file name in messages.
    public static func load(path: String, hall: HallConfig) throws(ConfigErrors) -> [ImportRow<ReadinessNotice>] {
        try parse(data: try ImportFile.read(path: path), file: path, hall: hall)
    }

    /// Checks CSV bytes against `hall`.
    ///
    /// - Parameter file: The name shown in messages.
    public static func parse(data: Data, file: String, hall: HallConfig) throws(ConfigErrors) -> [ImportRow<ReadinessNotice>] {
        let check = try ImportDocument.check(hall, file: file)
        return try ImportDocument.parse(data: data, file: file, columns: columns, required: required,
                                        keyColumn: "application", key: { $0.application.rawValue }) { field in
            check.notice(application: field("application"), service: field("service"), status: field("status"),
                         expected: field("expected"))
        }
    }
}
