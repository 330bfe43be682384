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
    var limit = rlimit()
    let openLimit = getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 ? Int(clamping: limit.rlim_cur) : 0
    let ahead = Self.filesOpenedAhead(openLimit: openLimit, jobs: jobs, batch: batch)
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
          // threads open and read files at once. The batch's first files are opened before
          // any is checked, so that the kernel reads those not in the page cache meanwhile.
          let opened = items.indices.map { k in k < ahead ? items[k].unread.map(ArchiveReader.openAhead) : nil }
          output.put(first: first.index, from: worker, zip(items, opened).map { item, ahead in
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

extension AuditPipeline {
  /// How many of a batch's files each worker opens ahead (`ArchiveReader.openAhead`): the
  /// whole batch, unless all workers' files would take more than half of the descriptors the
  /// process may open (`openLimit`, less 64 for everything else). Opened ahead without a
  /// bound, 16 files a worker ran a run with many jobs or a low limit out of descriptors, and
  /// the articles whose files could not be opened were reported unreadable.
  static func filesOpenedAhead(openLimit: Int, jobs: Int, batch: Int) -> Int {
    let spare = max(0, openLimit - 64) / 2
    return max(0, min(batch, spare / max(1, jobs)))
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
