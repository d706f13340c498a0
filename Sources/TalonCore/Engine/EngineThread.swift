import Foundation

/// The hall engine's own thread: a serial executor that runs the engine's jobs one after
/// another on a thread no one else uses.
///
/// The engine waits for the journal synchronously (see ``Journal/commit(_:)``): the fsync
/// is the one thing a command must wait for, and the two thread hops around an
/// asynchronous commit cost as much again. Blocking is only acceptable on a thread of its
/// own — on the cooperative pool (two threads on a two-core machine) a blocked commit
/// would stall every other task of the process.
///
/// The thread ends when ``stop()`` is called and the jobs already queued have run.
final class EngineThread: SerialExecutor, @unchecked Sendable {
    // @unchecked: `jobs` and `stopping` are only touched with `condition` locked.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var stopping = false

    /// Starts the thread, named `name` (it shows in `top -H` and in debuggers).
    init(name: String) {
        // Named from inside: on Linux a thread can only name itself.
        let thread = Thread { [self] in
            Thread.current.name = name
            run()
        }
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Lets the thread end once its queue is empty.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        var batch: [UnownedJob] = []
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            swap(&batch, &jobs)
            condition.unlock()
            for job in batch { job.runSynchronously(on: asUnownedSerialExecutor()) }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
