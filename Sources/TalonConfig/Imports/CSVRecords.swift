/// One record of a CSV file: its fields as written (quotes removed) and the line it
/// starts on.
struct CSVRecord: Sendable, Hashable {
    var line: Int
    var fields: [String]
}

/// Splits CSV text into records (RFC 4180, leniently): fields separated by a comma (or a
/// semicolon, see ``separator(of:)``), a field in double quotes may hold separators, line
/// breaks and doubled quotes (`"a ""b"", c"`); spaces before an opening quote are
/// ignored; lines end in LF, CRLF or CR; blank lines are skipped. A quote inside an
/// unquoted field is kept as it is.
///
/// The one error is a quote never closed, reported at the line where it opened: the rest
/// of the file would be one field.
enum CSVRecords {
    /// The records of `text`, or the line of an unclosed quote.
    static func split(_ text: String, separator: Unicode.Scalar) -> Result<[CSVRecord], UnclosedQuote> {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1, quoteLine = 1
        var inQuotes = false, atFieldStart = true
        var scalars = text.unicodeScalars.makeIterator()
        var lookahead: Unicode.Scalar? = scalars.next()

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
        }
        func endRecord() {
            endField()
            // A blank line is one empty unquoted field: skip it.
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
        }

        while let c = lookahead {
            lookahead = scalars.next()
            if inQuotes {
                if c == "\"" {
                    if lookahead == "\"" {
                        field.append("\"")
                        lookahead = scalars.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" || (c == "\r" && lookahead != "\n") { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case separator:
                endField()
            case "\r", "\n":
                if c == "\r" && lookahead == "\n" { lookahead = scalars.next() }
                endRecord()
                line += 1
                recordLine = line
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
                quoteLine = line
                field = String.UnicodeScalarView() // spaces before the quote
            case " " where atFieldStart, "\t" where atFieldStart:
                field.append(c)
            default:
                // Text after a closing quote (`"a"b`) is kept; so is a quote mid-field.
                atFieldStart = false
                field.append(c)
            }
        }
        if inQuotes { return .failure(UnclosedQuote(line: quoteLine)) }
        if !fields.isEmpty || !field.isEmpty { endRecord() }
        return .success(records)
    }

    /// The separator of a file whose first line is `header`: a comma, unless the header
    /// has none and has semicolons — a spreadsheet saved as CSV in a Russian locale
    /// separates with `;`.
    static func separator(of header: Substring) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, inQuotes = false
        for c in header.unicodeScalars {
            if c == "\"" { inQuotes.toggle() }
            if inQuotes { continue }
            if c == "," { commas += 1 }
            if c == ";" { semicolons += 1 }
        }
        return commas == 0 && semicolons > 0 ? ";" : ","
    }

    /// A quoted field that never ends.
    struct UnclosedQuote: Error, Hashable {
        var line: Int
    }
}
