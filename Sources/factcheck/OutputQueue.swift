import Foundation

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
