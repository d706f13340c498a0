import Foundation

/// A serial executor that runs every job on one thread of its own.
///
/// libcups keeps per-thread state (`cupsLastError`, `cupsServer`), and its calls block
/// for network round trips; an actor on this executor gives both a home: each call and
/// the error read after it happen on the same thread, and the blocking never holds up a
/// thread of the cooperative pool that the engine and the kiosk run on.
///
/// `@unchecked Sendable`: the only mutable state, `jobs`, `stopping` and `last`, is read
/// and written with `condition` locked; the thread itself is only started and named in `init`.
final class DedicatedThreadExecutor: SerialExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var stopping = false
    private var last: () -> Void = {}

    init(name: String) {
        let thread = Thread { [self] in self.runLoop() }
        thread.name = name
        thread.stackSize = 1 << 20
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the thread end once the queued jobs have run, running `last` on it before it does.
    func stop(last: @escaping () -> Void = {}) {
        condition.lock()
        stopping = true
        self.last = last
        condition.signal()
        condition.unlock()
    }

    private func runLoop() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping { condition.wait() }
            if jobs.isEmpty && stopping {
                let last = self.last
                condition.unlock()
                last()
                return
            }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            condition.unlock()
            for job in batch { job.runSynchronously(on: asUnownedSerialExecutor()) }
        }
    }
}
