import CCups

extension CupsConnection {
    /// Creates a job on `queue` (`nil`: the default) and sends `document` in it.
    ///
    /// Returns when cupsd has accepted the whole document: the job id. Create-Job and
    /// Send-Document go over the kept connection, with the destination looked up once.
    public func submit(_ document: PrintDocument, to queue: String?, title: String) throws(PrintError) -> Int32 {
        let name = queue ?? "(default)"
        let (dest, info) = try destination(queue)
        let http = try connection()
        var jobID: Int32 = 0
        let created = cupsCreateDestJob(http, dest, info, &jobID, title, 0, nil)
        guard created == IPP_STATUS_OK || created == IPP_STATUS_OK_IGNORED_OR_SUBSTITUTED, jobID > 0 else {
            if created == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS { throw PrintError.notAccepting(name) }
            let error = failure { message in
                PrintError(.jobFailed, "printer `\(name)` refused the job (\(message)); check it with `lpstat -p \(name)`")
            }
            if error.code == .serverUnreachable || created == IPP_STATUS_ERROR_NOT_FOUND { dropConnection() }
            throw error
        }
        guard cupsStartDestDocument(http, dest, info, jobID, title, document.mimeType, 0, nil, 1) == HTTP_STATUS_CONTINUE else {
            throw sendFailure(name)
        }
        let written = document.bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cupsWriteRequestData(http, $0.baseAddress, buffer.count) }
        }
        guard written == HTTP_STATUS_CONTINUE else { throw sendFailure(name) }
        let finished = cupsFinishDestDocument(http, dest, info)
        guard finished == IPP_STATUS_OK || finished == IPP_STATUS_OK_IGNORED_OR_SUBSTITUTED else {
            throw sendFailure(name)
        }
        return jobID
    }

    private func sendFailure(_ name: String) -> PrintError {
        let error = failure { message in
            PrintError(.jobFailed, "printer `\(name)` did not take the document (\(message)); check it with `lpstat -p \(name)`")
        }
        dropConnection()
        return error
    }

    /// A job's state (Get-Job-Attributes).
    public func job(_ id: Int32) throws(PrintError) -> JobStatus {
        let request = IPPAttributes.request(IPP_OP_GET_JOB_ATTRIBUTES, printerURI: nil,
                                            requested: ["job-id", "job-state", "job-state-reasons", "time-at-creation"])
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nil, "ipp://localhost/jobs/\(id)")
        let response = try send(request) { message in
            PrintError(.jobFailed, "job \(id) could not be looked up (\(message))")
        }
        defer { ippDelete(response) }
        guard let group = IPPAttributes.groups(response, tag: IPP_TAG_JOB).first,
              let status = Self.jobStatus(group, id: id) else {
            throw PrintError(.jobFailed, "job \(id) has no state in cupsd's answer")
        }
        return status
    }

    /// Jobs on `queue` that have not finished (Get-Jobs, which-jobs=not-completed).
    public func activeJobs(on queue: String) throws(PrintError) -> [JobStatus] {
        let request = IPPAttributes.request(IPP_OP_GET_JOBS, printerURI: Self.printerURI(queue),
                                            requested: ["job-id", "job-state", "job-state-reasons", "time-at-creation"])
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "which-jobs", nil, "not-completed")
        let response = try send(request) { _ in .queueNotFound(queue, server: server.description) }
        defer { ippDelete(response) }
        return IPPAttributes.groups(response, tag: IPP_TAG_JOB).compactMap { Self.jobStatus($0, id: nil) }
    }

    private static func jobStatus(_ group: [String: OpaquePointer], id: Int32?) -> JobStatus? {
        guard let jobID = id ?? IPPAttributes.integer(group["job-id"]).map(Int32.init),
              let state = IPPAttributes.integer(group["job-state"]).flatMap(JobStatus.State.init) else { return nil }
        return JobStatus(id: jobID, state: state, reasons: IPPAttributes.strings(group["job-state-reasons"]),
                         createdAt: IPPAttributes.integer(group["time-at-creation"]).map(Double.init))
    }
}
