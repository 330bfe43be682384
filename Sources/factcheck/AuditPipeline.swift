import FactCheckData
import Foundation

/// Reads, checks and writes an archive in parallel with bounded memory.
///
/// Each of `jobs` worker threads takes the next `batch` items from the shared reader (under a
/// lock), checks them, and hands the batch's outcomes to one writer thread, which puts them out in
/// input order (or as they come, unordered). Work moves in batches because handing over single
/// articles cost a lock, a wake-up and a context switch each: about 11% of an audit's time went
/// to futex calls, and a separate reader thread competed with the workers for the cores. A
/// semaphore of `window` batches is taken before a batch is read and given back when it is
/// written, so at most `window` batches are in memory whatever the archive's size.
final class AuditPipeline: @unchecked Sendable {
  let jobs: Int
  let window: Int
  let batch: Int
  let ordered: Bool
  let results: ReorderBuffer

  init(jobs: Int, window: Int, batch: Int = 16, ordered: Bool, firstIndex: Int) {
    self.jobs = max(1, jobs)
    self.window = max(self.jobs + 1, window)
    self.batch = max(1, batch)
    self.ordered = ordered
    results = ReorderBuffer(first: firstIndex, workers: self.jobs)
  }

  /// Runs the whole audit; `write` is called on one thread, in output order. `makeWorker` is
  /// called once on each worker thread, so each can own its data (see `AuditCommand`).
  func run(reader: ArchiveReader, skip: Int,
           makeWorker: @escaping @Sendable () -> (ArchiveItem) -> AuditOutcome,
           write: @escaping @Sendable (AuditOutcome) -> Void) {
    let slots = DispatchSemaphore(value: window)
    let source = BatchSource(reader: reader, skip: skip)
    let finished = DispatchGroup()
    for _ in 0..<jobs {
      finished.enter()
      let thread = Thread { [results, batch] in
        let work = makeWorker()
        while true {
          slots.wait()
          let items = source.next(batch)
          guard let first = items.first else {
            slots.signal()
            break
          }
          results.put(first: first.index, items.map(work))
        }
        results.workerDone()
        finished.leave()
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
    let written = DispatchSemaphore(value: 0)
    let writer = Thread { [results, ordered] in
      while let outcomes = results.take(ordered: ordered) {
        for outcome in outcomes { write(outcome) }
        slots.signal()
      }
      written.signal()
    }
    writer.start()
    finished.wait()
    written.wait()
  }
}

/// The archive reader shared by the workers: each takes the next few items under a lock.
final class BatchSource: @unchecked Sendable {
  private let lock = NSLock()
  private var reader: ArchiveReader
  private var done = false
  private let skip: Int

  init(reader: ArchiveReader, skip: Int) {
    self.reader = reader
    self.skip = skip
  }

  /// Up to `count` items to check, in input order; empty once the archive is read.
  func next(_ count: Int) -> [ArchiveItem] {
    lock.lock()
    defer { lock.unlock() }
    var items: [ArchiveItem] = []
    items.reserveCapacity(count)
    while items.count < count, !done {
      guard let item = reader.next() else {
        done = true
        break
      }
      if item.index >= skip { items.append(item) }
    }
    return items
  }
}

/// Finished batches waiting for the writer; hands them out in index order when ordered.
final class ReorderBuffer: @unchecked Sendable {
  private let condition = NSCondition()
  /// Each batch's outcomes, by the index of its first item.
  private var pending: [Int: [AuditOutcome]] = [:]
  private var next: Int
  private let workers: Int
  private var workersDone = 0

  init(first: Int, workers: Int) {
    next = first
    self.workers = workers
  }

  func put(first: Int, _ outcomes: [AuditOutcome]) {
    condition.lock()
    pending[first] = outcomes
    condition.signal()
    condition.unlock()
  }

  /// A worker has no more batches to give.
  func workerDone() {
    condition.lock()
    workersDone += 1
    condition.signal()
    condition.unlock()
  }

  /// The next batch to write, or nil when all are written.
  func take(ordered: Bool) -> [AuditOutcome]? {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if ordered, let outcomes = pending.removeValue(forKey: next) {
        next = (outcomes.last?.index ?? next) + 1
        return outcomes
      }
      if !ordered, let key = pending.keys.first, let outcomes = pending.removeValue(forKey: key) {
        return outcomes
      }
      // Every batch read has been put before its worker said it was done, so once all are done
      // what is left is written.
      if workersDone == workers && pending.isEmpty { return nil }
      condition.wait()
    }
  }
}
