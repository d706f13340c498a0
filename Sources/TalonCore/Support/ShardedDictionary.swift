/// A dictionary split into a fixed number of smaller ones, so that a copy shared with a
/// reader is cheap to write to.
///
/// The engine hands readers (the displays, the kiosk screen, the web) its state as an
/// immutable snapshot: a copy that shares storage. The engine's next change to a shared
/// Swift `Dictionary` copies all of it — for a hall's ticket table late in the day,
/// thousands of tickets on every command while anyone is reading. Here a change copies
/// the small array of shards and the one shard it touches: about `shards + count / shards`
/// entries instead of `count`.
///
/// Encodes, decodes and compares exactly as a `Dictionary` with the same contents, so a
/// snapshot written with one reads with the other. Iteration order is unspecified, as a
/// `Dictionary`'s is.
public struct ShardedDictionary<Key: Hashable, Value> {
    private var shards: [[Key: Value]]
    /// Entries in all shards.
    public private(set) var count = 0

    /// Enough for a busy hall's day (a few thousand tickets): a change then copies about
    /// a hundred entries.
    static var shardCount: Int { 64 }

    public init() {
        shards = Array(repeating: [:], count: Self.shardCount)
    }

    public init(_ dictionary: [Key: Value]) {
        self.init()
        for (key, value) in dictionary { self[key] = value }
    }

    private static func shard(of key: Key) -> Int {
        key.hashValue & (shardCount - 1)
    }

    public var isEmpty: Bool { count == 0 }

    public subscript(key: Key) -> Value? {
        get { shards[Self.shard(of: key)][key] }
        set {
            let i = Self.shard(of: key)
            let before = shards[i].count
            shards[i][key] = newValue
            count += shards[i].count - before
        }
    }

    /// Every value, in no particular order: a view, as `Dictionary.values` is, not a copy.
    public var values: FlattenCollection<LazyMapCollection<[[Key: Value]], Dictionary<Key, Value>.Values>> {
        shards.lazy.map(\.values).joined()
    }

    /// Every key, in no particular order: a view, not a copy.
    public var keys: FlattenCollection<LazyMapCollection<[[Key: Value]], Dictionary<Key, Value>.Keys>> {
        shards.lazy.map(\.keys).joined()
    }

    /// The entries for which `isIncluded` is true.
    public func filter(_ isIncluded: ((key: Key, value: Value)) throws -> Bool) rethrows -> ShardedDictionary {
        var result = self
        for i in result.shards.indices {
            let kept = try result.shards[i].filter(isIncluded)
            if kept.count != result.shards[i].count {
                result.count -= result.shards[i].count - kept.count
                result.shards[i] = kept
            }
        }
        return result
    }
}

extension ShardedDictionary: Sequence {
    public struct Iterator: IteratorProtocol {
        var outer: IndexingIterator<[[Key: Value]]>
        var inner: Dictionary<Key, Value>.Iterator?

        public mutating func next() -> (key: Key, value: Value)? {
            while true {
                if let element = inner?.next() { return element }
                guard let shard = outer.next() else { return nil }
                inner = shard.makeIterator()
            }
        }
    }

    public func makeIterator() -> Iterator { Iterator(outer: shards.makeIterator(), inner: nil) }

    public var underestimatedCount: Int { count }
}

extension ShardedDictionary: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (Key, Value)...) {
        self.init()
        for (key, value) in elements { self[key] = value }
    }
}

extension ShardedDictionary: Sendable where Key: Sendable, Value: Sendable {}

extension ShardedDictionary: Equatable where Value: Equatable {
    public static func == (lhs: ShardedDictionary, rhs: ShardedDictionary) -> Bool {
        lhs.count == rhs.count && lhs.allSatisfy { rhs[$0.key] == $0.value }
    }
}

extension ShardedDictionary: Hashable where Value: Hashable {
    /// As `Dictionary` does: independent of the order of the entries.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for (key, value) in self {
            var h = Hasher()
            h.combine(key)
            h.combine(value)
            combined ^= h.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}

extension ShardedDictionary: Encodable where Key: Encodable, Value: Encodable {
    public func encode(to encoder: any Encoder) throws {
        try Dictionary(uniqueKeysWithValues: self.lazy.map { ($0.key, $0.value) }).encode(to: encoder)
    }
}

extension ShardedDictionary: Decodable where Key: Decodable, Value: Decodable {
    public init(from decoder: any Decoder) throws {
        self.init(try [Key: Value](from: decoder))
    }
}
