import Foundation
import Hummingbird
import Synchronization
import TalonCore

/// What each wall display last said it shows: its last event, its latest call, whether
/// it is connected. Displays report after every change; a manager (and the browser
/// test) can see that a display really shows a call. Kept in memory only.
final class DisplayReports: Sendable {
    struct Report: Codable, Sendable {
        var sequence: Int64?
        var lastCall: String?
        var live: Bool?
        var receivedAt: Date?
    }

    private let reports = Mutex<[DeviceID: Report]>([:])

    func set(_ report: Report, for id: DeviceID) { reports.withLock { $0[id] = report } }
    func get(_ id: DeviceID) -> Report? { reports.withLock { $0[id] } }
}

extension WebHall {
    func addDisplayReportRoutes(to api: RouterGroup<TalonRequestContext>) {
        api.post("displays/:display/shown") { request, context in
            let id = DeviceID(try context.parameters.require("display"))
            guard case .display(let d) = try context.require(.read), d.id == id else {
                throw Problem.forbidden("only display «\(id)» itself reports what it shows")
            }
            var report = try await body(DisplayReports.Report.self, request)
            report.receivedAt = Date()
            displayReports.set(report, for: id)
            return Response(status: .noContent)
        }
        api.get("displays/:display/shown") { _, context in
            try context.require(.read)
            let id = DeviceID(try context.parameters.require("display"))
            guard let report = displayReports.get(id) else {
                throw Problem.notFound("display «\(id)» has not reported yet", code: "no_report")
            }
            return try json(report)
        }
    }
}
