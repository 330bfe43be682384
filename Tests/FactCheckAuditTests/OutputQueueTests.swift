import Foundation
import Testing
@testable import factcheck

/// `OutputQueue` writes batches in input order, and a batch written by another worker is
/// freed by the worker that made it (at its next `put`), not by the writer.
@Suite struct OutputQueueTests {
  /// An outcome that notes, when it is freed, which `put` call was running.
  final class Tracked: Sequenced, @unchecked Sendable {
    let index: Int
    let log: Log
    init(_ index: Int, log: Log) {
      self.index = index
      self.log = log
    }
    deinit { log.freed(index) }
  }

  final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var current = "none"
    private(set) var freedDuring: [Int: String] = [:]
    private(set) var written: [Int] = []
    func during(_ call: String) { lock.withLock { current = call } }
    func freed(_ index: Int) { lock.withLock { freedDuring[index] = current } }
    func wrote(_ index: Int) { lock.withLock { written.append(index) } }
  }

  private func batch(_ range: Range<Int>, _ log: Log) -> [Tracked] {
    range.map { Tracked($0, log: log) }
  }

  /// Worker 1's batch waits for worker 0's; worker 0 writes both but frees only its own, and
  /// worker 1's is freed during worker 1's next call.
  @Test func aBatchWrittenByAnotherWorkerIsFreedByItsMaker() {
    let log = Log()
    var queue: OutputQueue<Tracked>? = OutputQueue(first: 0, ordered: true, workers: 2,
                                                   write: { log.wrote($0.index) }, written: {})
    log.during("worker 1 puts 3..<6")
    queue?.put(first: 3, from: 1, batch(3..<6, log))
    #expect(log.written.isEmpty)
    log.during("worker 0 puts 0..<3")
    queue?.put(first: 0, from: 0, batch(0..<3, log))
    #expect(log.written == Array(0..<6))
    log.during("worker 0 puts 6..<8")
    queue?.put(first: 6, from: 0, batch(6..<8, log))
    log.during("worker 1 puts 8..<9")
    queue?.put(first: 8, from: 1, batch(8..<9, log))
    log.during("queue released")
    queue = nil
    #expect(log.written == Array(0..<9))
    for i in 0..<3 { #expect(log.freedDuring[i] == "worker 0 puts 0..<3") }
    for i in 3..<6 { #expect(log.freedDuring[i] == "worker 1 puts 8..<9") }
    for i in 6..<8 { #expect(log.freedDuring[i] == "worker 0 puts 6..<8") }
    #expect(log.freedDuring[8] == "worker 1 puts 8..<9")
  }

  /// Unordered, a batch is written as soon as it is put, by the worker putting it.
  @Test func unorderedWritesEachBatchAtOnce() {
    let log = Log()
    let queue = OutputQueue<Tracked>(first: 0, ordered: false, workers: 2,
                                     write: { log.wrote($0.index) }, written: {})
    queue.put(first: 4, from: 1, batch(4..<6, log))
    #expect(log.written == [4, 5])
    queue.put(first: 0, from: 0, batch(0..<4, log))
    #expect(log.written == [4, 5, 0, 1, 2, 3])
  }

  /// Many threads putting batches at once: every outcome is written once, in order.
  @Test func threadsPuttingAtOnceWriteEverythingInOrder() {
    let log = Log()
    let queue = OutputQueue<Tracked>(first: 0, ordered: true, workers: 4,
                                     write: { log.wrote($0.index) }, written: {})
    DispatchQueue.concurrentPerform(iterations: 4) { worker in
      for b in stride(from: worker, to: 200, by: 4) {
        queue.put(first: b * 5, from: worker, batch(b * 5..<b * 5 + 5, log))
      }
    }
    #expect(log.written == Array(0..<1000))
  }
}
