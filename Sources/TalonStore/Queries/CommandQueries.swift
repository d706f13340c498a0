import TalonCore
import GRDB

enum CommandQueries {
    /// SQLite allows 32,766 parameters since 3.32; 500 keeps statements few and small.
    /// <https://www.sqlite.org/limits.html#max_variable_number>
    static let chunk = 500

    static func results(of ids: [CommandID], db: Database, path: String) throws -> [CommandID: CommandResult] {
        let unique = Array(Set(ids))
        var answers: [CommandID: CommandResult] = [:]
        answers.reserveCapacity(unique.count)
        var start = 0
        while start < unique.count {
            let part = unique[start..<min(start + chunk, unique.count)]
            start += chunk
            let marks = repeatElement("?", count: part.count).joined(separator: ",")
            // Cached per batch size: the engine's batches have a few sizes only.
            let statement = try db.cachedStatement(sql: "SELECT id, result FROM commands WHERE id IN (\(marks))")
            let rows = try Row.fetchCursor(statement, arguments: StatementArguments(part.map(\.rawValue)))
            while let row = try rows.next() {
                let id = CommandID(row[0] as String)
                do {
                    answers[id] = try JSONCoding.decode(CommandResult.self, from: row[1])
                } catch {
                    throw StoreError.decodingFailed(path, "the answer to command «\(id)»", error)
                }
            }
        }
        return answers
    }
}
