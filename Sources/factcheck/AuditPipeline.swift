import FactCheckData
import Foundation

/// Reads, checks and writes an archive in parallel with bounded memory.
///
/// The calling thread reads items and hands them to `jobs` worker threads through a queue; one
/// writer thread puts the results out in input order (or as they come, unordered). A semaphore
/// of `window` slots is taken per item read and given back when its line is written, so at most
/// `window` articles and lines are in memory whatever the archive's size, and a slow document
/// holds up reading only once the window is full.
final class AuditPipeline: @unchecked Sendable {
  let jobs: Int
  let window: Int
  let ordered: Bool
  let queue = BlockingQueue<ArchiveItem>()
  let results: ReorderBuffer

  init(jobs: Int, window: Int, ordered: Bool, firstIndex: Int) {
    self.jobs = max(1, jobs)
    self.window = max(self.jobs, window)
    self.ordered = ordered
    results = ReorderBuffer(first: firstIndex)
  }

  /// Runs the whole audit; `write` is called on one thread, in output order. `makeWorker` is
  /// called once on each worker thread, so each can own its data (see `AuditCommand`).
  func run(reader: ArchiveReader, skip: Int,
           makeWorker: @escaping @Sendable () -> (ArchiveItem) -> AuditOutcome,
           write: @escaping @Sendable (AuditOutcome) -> Void) {
    let slots = DispatchSemaphore(value: window)
    let finished = DispatchGroup()
    for _ in 0..<jobs {
      finished.enter()
      let thread = Thread { [queue, results] in
        let work = makeWorker()
        while let item = queue.pop() { results.put(work(item)) }
        finished.leave()
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
    let written = DispatchSemaphore(value: 0)
    let writer = Thread { [results, ordered] in
      while let outcome = results.take(ordered: ordered) {
        write(outcome)
        slots.signal()
      }
      written.signal()
    }
    writer.start()
    var count = skip
    for item in reader where item.index >= skip {
      slots.wait()
      queue.push(item)
      count = item.index + 1
    }
    queue.close()
    results.finish(end: count)
    finished.wait()
    written.wait()
  }
}

/// A FIFO that blocks readers until an item comes or it is closed.
final class BlockingQueue<T>: @unchecked Sendable {
  private let condition = NSCondition()
  private var items: [T] = []
  private var head = 0
  private var closed = false

  func push(_ item: T) {
    condition.lock()
    items.append(item)
    condition.signal()
    condition.unlock()
  }

  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// The next item, or nil once the queue is closed and empty.
  func pop() -> T? {
    condition.lock()
    defer { condition.unlock() }
    while head == items.count && !closed { condition.wait() }
    guard head < items.count else { return nil }
    let item = items[head]
    head += 1
    if head > 1024 && head * 2 > items.count {
      items.removeFirst(head)
      head = 0
    }
    return item
  }
}

/// Finished outcomes waiting for the writer; hands them out in index order when ordered.
final class ReorderBuffer: @unchecked Sendable {
  private let condition = NSCondition()
  private var pending: [Int: AuditOutcome] = [:]
  private var next: Int
  private var taken = 0
  private var end: Int?
  private let first: Int

  init(first: Int) {
    self.first = first
    next = first
  }

  func put(_ outcome: AuditOutcome) {
    condition.lock()
    pending[outcome.index] = outcome
    condition.broadcast()
    condition.unlock()
  }

  /// Sets the index one past the last item; the writer stops after it.
  func finish(end: Int) {
    condition.lock()
    self.end = end
    condition.broadcast()
    condition.unlock()
  }

  /// The next outcome to write, or nil when all are written.
  func take(ordered: Bool) -> AuditOutcome? {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let end, first + taken >= end { return nil }
      if ordered, let outcome = pending.removeValue(forKey: next) {
        next += 1
        taken += 1
        return outcome
      }
      if !ordered, let key = pending.keys.first, let outcome = pending.removeValue(forKey: key) {
        taken += 1
        return outcome
      }
      condition.wait()
    }
  }
}
