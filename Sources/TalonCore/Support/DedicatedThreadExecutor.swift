public import Foundation

/// A serial executor that runs every job on one thread of its own: the home of an actor
/// that must block, which it may never do on the cooperative pool (two threads on a
/// two-core machine, shared by the whole process).
///
/// - The hall engine waits on its thread for each commit's fsync: a synchronous commit
///   spares the two thread hops an asynchronous one costs.
/// - libcups keeps per-thread state (`cupsLastError`, `cupsServer`), and its calls block
///   for network round trips: each call and the error read after it happen on the same
///   thread.
///
/// `@unchecked Sendable`: the only mutable state, `jobs`, `stopping` and `last`, is read
/// and written with `condition` locked; the thread itself is only started and named in `init`.
public final class DedicatedThreadExecutor: SerialExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var stopping = false
    private var last: () -> Void = {}

    /// Starts the thread, named `name` (as `top -H` and `perf` show it), with a stack of
    /// `stackSize` bytes.
    public init(name: String, stackSize: Int = 1 << 20) {
        // Named from inside: on Linux a thread can only name itself.
        let thread = Thread { [self] in
            Thread.current.name = name
            self.runLoop()
        }
        thread.stackSize = stackSize
        thread.start()
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the thread end once the queued jobs have run, running `last` on it before it does.
    public func stop(last: @escaping () -> Void = {}) {
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
