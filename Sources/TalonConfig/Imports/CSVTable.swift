import Foundation
import TalonCore

/// A CSV import file as a header and rows: columns found by name, in any order.
///
/// The header is required. Column names are matched without regard to case or the
/// spaces around them; an unknown column is an error with the closest known name, so
/// a typo is not silently ignored (and no column of personal data rides along).
struct CSVTable {
    let file: String
    /// Column name → index in a record.
    let columns: [String: Int]
    let rows: [CSVRecord]

    /// At most this many rows: a day of a large center is a few thousand.
    static let maximumRows = 200_000

    /// Reads `text` (BOM already removed). Records errors in `errors`; returns `nil` when
    /// the file cannot be read as a table at all (no header, a wrong one, an unclosed
    /// quote), else the table without the rows that had more values than columns.
    static func read(_ text: String, file: String, known: [String], required: [String],
                     errors: inout ImportErrorList) -> CSVTable? {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        let separator = CSVRecords.separator(of: firstLine)
        let records: [CSVRecord]
        switch CSVRecords.split(text, separator: separator) {
        case .success(let r): records = r
        case .failure(let unclosed):
            errors.add(.syntax, line: unclosed.line, column: "", ru: "кавычка открыта и не закрыта до конца файла",
                       en: "a double quote is opened and never closed")
            return nil
        }
        guard let header = records.first else {
            errors.add(.missingKey, line: 1, column: "",
                       ru: "файл пуст; первая строка — заголовок: \(known.joined(separator: ","))",
                       en: "the file is empty; the first line is the header: \(known.joined(separator: ","))")
            return nil
        }
        var columns: [String: Int] = [:]
        var unknown: [(Int, String)] = []
        for (index, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if known.contains(name) {
                if columns[name] != nil {
                    errors.add(.duplicate, line: header.line, column: name, ru: "столбец указан дважды",
                               en: "the column is listed twice")
                } else {
                    columns[name] = index
                }
            } else {
                unknown.append((index, name))
            }
        }
        if columns.isEmpty {
            errors.add(.missingKey, line: header.line, column: "",
                       ru: "первая строка должна быть заголовком: \(known.joined(separator: ","))",
                       en: "the first line must be the header: \(known.joined(separator: ","))")
            return nil
        }
        for (_, name) in unknown {
            let shown = ImportCheck.clip(name)
            if name.isEmpty {
                errors.add(.unknownKey, line: header.line, column: "",
                           ru: "в заголовке пустое имя столбца (лишняя запятая?)",
                           en: "a column of the header has no name (an extra comma?)")
            } else if let close = Suggestion.closest(to: name, among: known.filter { columns[$0] == nil }) {
                errors.add(.unknownKey, line: header.line, column: shown,
                           ru: "неизвестный столбец; может быть, «\(close)»?", en: "unknown column; did you mean «\(close)»?")
            } else {
                errors.add(.unknownKey, line: header.line, column: shown,
                           ru: "неизвестный столбец; бывают: \(known.joined(separator: ", "))",
                           en: "unknown column; the columns are \(known.joined(separator: ", "))")
            }
        }
        for name in required where columns[name] == nil {
            errors.add(.missingKey, line: header.line, column: name, ru: "в заголовке нет этого столбца",
                       en: "the header lacks this column")
        }
        // A wrong header makes every row wrong the same way: say it once.
        guard errors.isEmpty else { return nil }
        // A spreadsheet writes a row it has no values for as «,,,»: a blank line.
        let body = records.dropFirst().filter { !$0.fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
        if body.count > maximumRows {
            errors.add(.invalidValue, line: body[maximumRows].line, column: "",
                       ru: "больше \(maximumRows) строк; разделите файл",
                       en: "more than \(maximumRows) rows; split the file")
            return nil
        }
        var rows: [CSVRecord] = []
        for row in body {
            guard row.fields.count <= header.fields.count else {
                errors.add(.syntax, line: row.line, column: "",
                           ru: "значений \(row.fields.count), а столбцов \(header.fields.count); значение "
                               + "с «\(separator)» возьмите в кавычки",
                           en: "\(row.fields.count) values for \(header.fields.count) columns; put a value that "
                               + "holds a «\(separator)» in double quotes")
                continue
            }
            rows.append(row)
        }
        return CSVTable(file: file, columns: columns, rows: rows)
    }

    /// The text of `column` in `row`; `nil` when the table has no such column or the row
    /// ends before it (trailing empty fields are often left out).
    func value(_ column: String, in row: CSVRecord) -> String? {
        guard let index = columns[column], index < row.fields.count else { return nil }
        return row.fields[index]
    }
}

/// The errors of one import file, capped so that a wrong file does not print a
/// hundred thousand lines.
struct ImportErrorList {
    let file: String
    private(set) var errors: [ConfigError] = []
    private var dropped = 0
    private var firstDroppedLine: Int?

    /// Shown in full; the rest are counted.
    static let shown = 100

    init(file: String) { self.file = file }

    var isEmpty: Bool { errors.isEmpty && dropped == 0 }

    mutating func add(_ code: ConfigError.Code, line: Int?, column: String, ru: String, en: String) {
        add(ConfigError(code, file: file, line: line, path: column, message: "\(ru) / \(en)"))
    }

    mutating func add(_ error: ConfigError) {
        if errors.count < Self.shown {
            errors.append(error)
        } else {
            dropped += 1
            firstDroppedLine = firstDroppedLine ?? error.line
        }
    }

    /// The errors, with a last line counting those left out.
    var all: ConfigErrors {
        var list = errors
        if dropped > 0 {
            list.append(ConfigError(.invalidValue, file: file, line: firstDroppedLine,
                                    message: "и ещё ошибок: \(dropped) — исправьте показанные и загрузите снова / "
                                        + "\(dropped) more errors not shown; fix these and import again"))
        }
        return ConfigErrors(list)
    }
}
