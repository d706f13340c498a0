import ArgumentParser
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TalonConfig
import TalonCore

/// `talon import … --url`: sends the file's rows to a running `talon serve`
/// (`POST /api/v1/appointments` or `/api/v1/notices`), which checks them against its own
/// hall and loads them through its engine. The server's row errors (`[3].slot: …`) are
/// printed at their lines of the file.
struct ImportUpload {
    let kind: ImportKind
    let options: ImportOptions
    let base: String

    /// Rows per request: the server takes up to 20,000.
    static let chunk = 20_000

    func run() async throws -> ImportSummary {
        let rows = try ImportRunner.parsed(file: options.file) { () throws(ConfigErrors) in
            try ImportRows.load(path: options.file, kind: kind)
        }
        guard let token = options.token ?? ProcessInfo.processInfo.environment["TALON_TOKEN"], !token.isEmpty else {
            throw fail("нужен токен учётной записи руководителя: --token TOKEN или TALON_TOKEN / "
                       + "--url needs the API token of a manager account: --token TOKEN or $TALON_TOKEN")
        }
        guard var url = URL(string: base), url.scheme == "http" || url.scheme == "https", url.host != nil else {
            throw fail("--url: «\(base)» — не адрес сервера; пишите http://127.0.0.1:8080 / "
                       + "not a server address; write http://127.0.0.1:8080")
        }
        url.appendPathComponent("api/v1/\(kind.rawValue)")
        var summary = ImportSummary()
        // At least one request, so that even a file of only a header reaches the server.
        for start in stride(from: 0, to: max(rows.count, 1), by: Self.chunk) {
            let part = Array(rows[start..<min(start + Self.chunk, rows.count)])
            var loaded = try await send(part, to: url, token: token, firstLine: start > 0 ? part.first?.line : nil)
            loaded.refused = loaded.refused.map { var r = $0; r.index += start; return r }
            summary.add(loaded)
        }
        return summary
    }

    /// Sends one request of rows.
    ///
    /// - Parameter firstLine: the first line of this request, when requests before it
    ///   were loaded (a file of more than ``chunk`` rows); `nil` for the first request.
    private func send(_ rows: [ImportRow<[String: String]>], to url: URL, token: String,
                      firstLine: Int?) async throws -> ImportSummary {
        var request = URLRequest(url: url, timeoutInterval: 300)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONEncoder().encode(rows.map(\.value))
        let data: Data, response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw fail("сервер \(base) не отвечает (запущен ли talon serve?) / \(base) does not answer "
                       + "(is talon serve running?): \(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        let detail = (try? JSONDecoder().decode(ProblemBody.self, from: data))?.detail
            ?? String(decoding: data.prefix(500), as: UTF8.self)
        switch status {
        case 200:
            guard let result = try? JSONDecoder().decode(ImportSummary.self, from: data) else {
                throw fail("сервер \(base) ответил непонятно / \(base) answered something else than an import result: \(detail)")
            }
            return result
        case 401:
            throw fail("сервер не принял токен; проверьте token учётной записи в настройках зала / "
                       + "the server did not accept the token: \(detail)")
        case 403:
            throw fail("токену не разрешено загружать (нужна роль manager или admin) / "
                       + "the token may not load rows (it needs a manager or admin account): \(detail)")
        case 422:
            let loaded = firstLine.map { "строки до \($0)-й загружены, с неё — нет / the rows before line \($0) were loaded, "
                + "the rest were not" } ?? "ничего не загружено / nothing was loaded"
            throw fail(rowErrors(detail, rows: rows) + "\n" + "\(options.file): \(loaded)")
        default:
            throw fail("сервер \(base) ответил \(status) / answered \(status): \(detail)")
        }
    }

    /// The server's `[i].field: message` lines as `file:line: field: message`.
    private func rowErrors(_ detail: String, rows: [ImportRow<[String: String]>]) -> String {
        detail.split(separator: "\n").filter { $0.hasPrefix("[") || $0.hasPrefix("…") }.map { line -> String in
            guard line.hasPrefix("["), let close = line.firstIndex(of: "]"),
                  let index = Int(line[line.index(after: line.startIndex)..<close]), rows.indices.contains(index) else {
                return "\(options.file): \(line)"
            }
            var rest = line[line.index(after: close)...]
            if rest.hasPrefix(".") { rest = rest.dropFirst() }
            return "\(options.file):\(rows[index].line): \(rest)"
        }.joined(separator: "\n")
    }
}

/// The part of an RFC 9457 problem the import prints.
private struct ProblemBody: Decodable {
    var detail: String
}
