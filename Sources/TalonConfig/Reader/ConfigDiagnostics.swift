/// Collects the errors of one load, so that parsing goes on after a problem and reports
/// them all at the end.
///
/// A reference type on purpose: every ``ConfigNode`` of a document shares one, and a
/// getter that finds a problem records it here and returns `nil`. One load uses it from
/// one thread; it is never shared across tasks.
final class ConfigDiagnostics {
    /// The file name used in every error.
    let file: String
    private(set) var errors: [ConfigError] = []

    init(file: String) {
        self.file = file
    }

    /// Records `error`.
    func record(_ error: ConfigError) {
        errors.append(error)
    }

    /// Records a problem at `line` and `path`.
    func record(_ code: ConfigError.Code, line: Int?, column: Int? = nil, path: ConfigPath = .root,
                _ message: String) {
        errors.append(ConfigError(code, file: file, line: line, column: column,
                                  path: path.description, message: message))
    }

    var isEmpty: Bool { errors.isEmpty }

    /// How many errors so far. A parser notes it before an item and compares after, to
    /// drop an item that had any error without tracking each field.
    var count: Int { errors.count }
}
