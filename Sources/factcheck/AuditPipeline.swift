import FactCheckData
import Foundation

/// Reads, checks and writes an archive in parallel with bounded memory.
///
/// Each of `jobs` worker threads takes the next `batch` items from the shared reader (under a
/// lock), reads their files (outside it: opening and reading 20,000 files is about 90 ms of
/// system time, which held the other threads back under the lock), checks them, and hands the
/// batch's outcomes to the `OutputQueue`, where whichever worker finds the next batch in input
/// order ready writes it (or any batch, unordered). Work
/// moves in batches because handing over single articles cost a lock, a wake-up and a context
/// switch each: about 11% of an audit's time went to futex calls. There is no reader or writer
/// thread to compete with the workers for the cores. A semaphore of `window` batches is taken
/// before a batch is read and given back when it is written, so at most `window` batches are
/// in memory whatever the archive's size.
final class AuditPipeline: @unchecked Sendable {
  let jobs: Int
  let window: Int
  let batch: Int
  let ordered: Bool
  let firstIndex: Int

  init(jobs: Int, window: Int, batch: Int = 16, ordered: Bool, firstIndex: Int) {
    self.jobs = max(1, jobs)
    self.window = max(self.jobs + 1, window)
    self.batch = max(1, batch)
    self.ordered = ordered
    self.firstIndex = firstIndex
  }

  /// Runs the whole audit; `write` is called by one thread at a time, in output order.
  /// `makeWorker` is called once on each worker thread, so each can own its data (see
  /// `AuditCommand`).
  func run(reader: ArchiveReader, skip: Int,
           makeWorker: @escaping @Sendable () -> (ArchiveItem) -> AuditOutcome,
           write: @escaping @Sendable (AuditOutcome) -> Void) {
    let slots = DispatchSemaphore(value: window)
    let source = BatchSource(reader: reader, skip: skip)
    let output = OutputQueue(first: firstIndex, ordered: ordered, workers: jobs, write: write) {
      slots.signal()
    }
    let finished = DispatchGroup()
    for worker in 0..<jobs {
      finished.enter()
      let thread = Thread { [batch] in
        let work = makeWorker()
        while true {
          slots.wait()
          let items = source.next(batch)
          guard let first = items.first else {
            slots.signal()
            break
          }
          // A file is read here, outside the reader's lock, just before it is checked: the
          // threads open and read files at once. The batch's files are all opened first, so
          // that the kernel reads those not in the page cache while the first are checked.
          let ahead = items.map { $0.unread.map(ArchiveReader.openAhead) }
          output.put(first: first.index, from: worker, zip(items, ahead).map { item, ahead in
            var item = item
            if let ahead { item.load(ahead) } else { item.load() }
            return work(item)
          })
        }
        finished.leave()
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
    finished.wait()
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
    self.reader.defersFileReads = true
    self.skip = skip
  }

  /// Up to `count` items to check, in input order, and no more once they hold `maxBytes`
  /// (so a window of batches of large documents stays as small as one of single documents);
  /// empty once the archive is read. A file's bytes are not read yet (see
  /// `ArchiveItem.load()`): its item counts for none of `maxBytes`.
  func next(_ count: Int, maxBytes: Int = 1 << 20) -> [ArchiveItem] {
    lock.lock()
    defer { lock.unlock() }
    var items: [ArchiveItem] = []
    items.reserveCapacity(count)
    var bytes = 0
    while items.count < count, bytes < maxBytes, !done {
      guard let item = reader.next() else {
        done = true
        break
      }
      if item.index >= skip {
        bytes += (try? item.bytes.get().count) ?? 0
        items.append(item)
      }
    }
    return items
  }
}

/// What `OutputQueue` puts in order: the outcome of the archive item at `index`.
protocol Sequenced: Sendable {
  var index: Int { get }
}

extension AuditOutcome: Sequenced {}

/// Finished batches waiting to be written. The worker that puts a batch writes every batch
/// that is then ready, unless another is already writing (which then writes it next): so one
/// thread writes at a time, always in input order when `ordered`.
///
/// A batch written by another worker goes back to the worker that made it, which frees it
/// at its next `put`. glibc's malloc gives each thread an arena of its own, and a thread
/// freeing another's batch (some 60 blocks) took that arena's lock while its owner was
/// allocating. In perf's `sched_switch` events for a two-job audit of 20,000 articles, the
/// workers slept on malloc arena locks about 70 times before this hand-back and 13 after.
final class OutputQueue<Outcome: Sequenced>: @unchecked Sendable {
  private let lock = NSLock()
  /// Each batch's outcomes and the worker that made them, by the index of its first item.
  private var pending: [Int: (worker: Int, outcomes: [Outcome])] = [:]
  /// Batches written, by the worker that made them, for that worker to free.
  private var spent: [[[Outcome]]]
  private var next: Int
  private var writing = false
  private let ordered: Bool
  private let write: @Sendable (Outcome) -> Void
  /// Called after each batch is written (gives its slot back).
  private let written: @Sendable () -> Void

  init(first: Int, ordered: Bool, workers: Int = 1,
       write: @escaping @Sendable (Outcome) -> Void,
       written: @escaping @Sendable () -> Void) {
    spent = Array(repeating: [], count: max(1, workers))
    next = first
    self.ordered = ordered
    self.write = write
    self.written = written
  }

  /// Hands over the outcomes `worker` (in `0..<workers`) made for the batch starting at item
  /// `first`, and frees its batches that other workers have written since its last call.
  func put(first: Int, from worker: Int = 0, _ outcomes: [Outcome]) {
    lock.lock()
    // Freed when this call returns, outside the lock, on the thread that allocated them.
    var returned: [[Outcome]] = []
    swap(&returned, &spent[worker])
    pending[first] = (worker, outcomes)
    guard !writing else {
      lock.unlock()
      return
    }
    writing = true
    while var batch = takeReady() {
      lock.unlock()
      for outcome in batch.outcomes { write(outcome) }
      written()
      let own = batch.worker == worker
      if own { batch.outcomes = [] }  // freed here, outside the lock
      lock.lock()
      if !own { spent[batch.worker].append(batch.outcomes) }
    }
    writing = false
    lock.unlock()
  }

  /// The next batch to write, if it is here (under the lock).
  private func takeReady() -> (worker: Int, outcomes: [Outcome])? {
    if ordered {
      guard let batch = pending.removeValue(forKey: next) else { return nil }
      next = (batch.outcomes.last?.index ?? next) + 1
      return batch
    }
    guard let key = pending.keys.first else { return nil }
    return pending.removeValue(forKey: key)
  }
}
