/// "Did you mean…": the closest of a few known words to a misspelt one.
enum Suggestion {
    /// The candidate closest to `word` if it is close enough to be a typo (or the same
    /// word in another case or separator style, `timeZone` for `time_zone`).
    ///
    /// Swapping a character for its lookalike (`O` and `0`, Cyrillic `р` and Latin `p`)
    /// counts half an edit, since that is the likeliest typo; among equally close
    /// candidates the alphabetically first wins, so the answer never depends on the
    /// order of `candidates`.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let squashed = squash(word)
        if let same = candidates.filter({ squash($0) == squashed }).min() { return same }
        let limit = max(1, min(3, word.count / 3))
        let target = Array(word.lowercased())
        var best: (candidate: String, cost: Int)?
        for candidate in candidates {
            let cost = halfEdits(target, Array(candidate.lowercased()), limit: 2 * limit)
            guard cost <= 2 * limit else { continue }
            if let current = best, (current.cost, current.candidate) <= (cost, candidate) { continue }
            best = (candidate, cost)
        }
        return best?.candidate
    }

    private static func squash(_ text: String) -> String {
        text.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " }
    }

    /// Levenshtein distance, giving up early (returning `limit + 1`) once it exceeds `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        let cost = halfEdits(a, b, limit: 2 * limit, lookalikes: false)
        return cost > 2 * limit ? limit + 1 : cost / 2
    }

    /// Edit distance in half edits: 2 for an insertion, deletion or substitution, 1 for
    /// swapping lookalikes. Gives up (returning more than `limit`) once it exceeds `limit`.
    static func halfEdits(_ a: [Character], _ b: [Character], limit: Int, lookalikes: Bool = true) -> Int {
        if 2 * abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return 2 * max(a.count, b.count) }
        var previous = (0...b.count).map { 2 * $0 }
        var current = previous
        for i in 1...a.count {
            current[0] = 2 * i
            var rowMin = current[0]
            for j in 1...b.count {
                let substitution = a[i - 1] == b[j - 1] ? 0
                    : lookalikes && Suggestion.lookalike(a[i - 1], b[j - 1]) ? 1 : 2
                current[j] = min(previous[j] + 2, current[j - 1] + 2, previous[j - 1] + substitution)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Pairs that are easy to mistake for each other (compared in lower case).
    private static let lookalikePairs: Set<String> = [
        "o0", "l1", "i1", "s5", "b8", "z2", "-_",
        // Cyrillic and Latin letters drawn the same: an id typed in the wrong layout.
        "аa", "еe", "оo", "рp", "сc", "хx", "уy", "кk", "мm", "тt", "нh", "вb",
    ]

    private static func lookalike(_ x: Character, _ y: Character) -> Bool {
        lookalikePairs.contains(String([x, y])) || lookalikePairs.contains(String([y, x]))
    }
}
