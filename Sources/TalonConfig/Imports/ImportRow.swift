/// One row of an import file: its value and the line it came from, so that what the
/// hall later says about the row can name the line.
public struct ImportRow<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The line of the file the row starts on, from 1 (the header is line 1).
    public var line: Int
    public var value: Value

    public init(line: Int, value: Value) {
        self.line = line
        self.value = value
    }
}
