/// Follows a CUPS job until it completes, is canceled, or a time runs out.
struct JobFollower: Sendable {
    let connection: CupsConnection

    /// The job's last known status; `nil` if it could never be read.
    func follow(_ id: Int32, for limit: Duration) async -> JobStatus? {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        var pause = Duration.milliseconds(5)
        var last: JobStatus?
        while true {
            if let status = try? await connection.job(id) {
                last = status
                if status.state.isFinal { return status }
            }
            if clock.now >= deadline { return last }
            try? await Task.sleep(for: pause)
            pause = min(pause * 2, .milliseconds(200))
        }
    }
}
