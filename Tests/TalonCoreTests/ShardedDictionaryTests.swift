import Foundation
import Testing
@testable import TalonCore

@Suite("The sharded ticket table behaves as a dictionary")
struct ShardedDictionaryTests {
    @Test func keepsTheSameEntriesAsADictionary() {
        var plain: [String: Int] = [:]
        var sharded: ShardedDictionary<String, Int> = [:]
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<5_000 {
            let key = "t\(Int.random(in: 0..<1_500, using: &rng))"
            let value: Int? = Int.random(in: 0..<4, using: &rng) == 0 ? nil : Int.random(in: 0..<100, using: &rng)
            plain[key] = value
            sharded[key] = value
        }
        #expect(sharded.count == plain.count)
        #expect(sharded.isEmpty == plain.isEmpty)
        #expect(Set(sharded.keys) == Set(plain.keys))
        #expect(sharded.values.sorted() == plain.values.sorted())
        for (key, value) in plain { #expect(sharded[key] == value) }
        #expect(Array(sharded).count == plain.count, "iteration visits every entry once")

        let even = sharded.filter { $0.value % 2 == 0 }
        #expect(even.count == plain.filter { $0.value % 2 == 0 }.count)
        #expect(even.allSatisfy { $0.value % 2 == 0 })
    }

    @Test func aCopyIsIndependent() {
        var original: ShardedDictionary<String, Int> = ["a": 1, "b": 2]
        var copy = original
        copy["a"] = 10
        copy["c"] = 3
        original["b"] = nil
        #expect(original == ["a": 1])
        #expect(copy == ["a": 10, "b": 2, "c": 3])
    }

    @Test func encodesAndComparesAsTheDictionaryItHolds() throws {
        let plain = ["П001": 1, "Г002": 2, "К003": 3]
        let sharded = ShardedDictionary(plain)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // A snapshot written by a Talon that kept a plain dictionary reads back, and the other way.
        #expect(try encoder.encode(sharded) == encoder.encode(plain))
        #expect(try JSONDecoder().decode(ShardedDictionary<String, Int>.self, from: encoder.encode(plain)) == sharded)
        // Equal contents give equal hashes whatever order they were inserted in.
        var reversed: ShardedDictionary<String, Int> = [:]
        for (key, value) in plain.sorted(by: { $0.key > $1.key }) { reversed[key] = value }
        var forward: ShardedDictionary<String, Int> = [:]
        for (key, value) in plain.sorted(by: { $0.key < $1.key }) { forward[key] = value }
        #expect(reversed == forward)
        #expect(reversed.hashValue == forward.hashValue)
        #expect(sharded != ShardedDictionary(["П001": 1, "Г002": 2]))
    }
}
