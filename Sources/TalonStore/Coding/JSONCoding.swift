import Foundation
import TalonCore

/// The JSON form of everything the journal stores as JSON (events, commands, answers).
///
/// Fixed so a payload written today decodes to the very same value tomorrow:
/// keys sorted (the same value always gives the same bytes) and dates in Foundation's
/// own form, seconds since 2001-01-01T00:00:00Z as a JSON number. That form round-trips
/// every `Date` bit for bit, `distantFuture` included; unix seconds would not (adding
/// the 978,307,200-second offset drops the last bit of about half of today's dates).
/// In SQL: `datetime(json_extract(payload, '$.…') + 978307200, 'unixepoch')`.
///
/// The commit path writes with ``FastJSONEncoder``, which gives the same JSON as
/// ``encoder`` in about half the time; ``encoder`` is the reference the tests hold it to.
enum JSONCoding {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .deferredToDate
        // An estimate with no open window may be infinite: keep it rather than fail a commit.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "+Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .deferredToDate
        decoder.dataDecodingStrategy = .deferredToData
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "+Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return decoder
    }()

    /// The value as JSON text (SQLite's JSON functions read TEXT, not BLOB).
    static func text<T: Encodable>(_ value: T) throws -> String {
        try FastJSONEncoder.text(value)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decoder.decode(type, from: Data(text.utf8))
    }
}
