import Foundation

/// A min-heap of timed simulation events; equal times keep insertion order, so a run
/// is the same on every machine.
struct EventQueue<Element> {
    private var heap: [(time: Date, order: Int, element: Element)] = []
    private var counter = 0

    var isEmpty: Bool { heap.isEmpty }

    mutating func push(_ element: Element, at time: Date) {
        counter += 1
        heap.append((time, counter, element))
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(i, parent) else { break }
            heap.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (time: Date, element: Element)? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count, less(l, m) { m = l }
            if r < heap.count, less(r, m) { m = r }
            if m == i { break }
            heap.swapAt(i, m)
            i = m
        }
        return (top.time, top.element)
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        (heap[a].time, heap[a].order) < (heap[b].time, heap[b].order)
    }
}
