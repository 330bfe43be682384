import Foundation
import Testing
@testable import factcheck

/// `SpareWorkers` makes its values on threads of its own while the audit loads its first
/// worker, and hands out each one once.
@Suite struct SpareWorkersTests {
  /// A value still being made is waited for; each is taken once; then there are none.
  @Test func eachValueIsTakenOnceWaitingForTheSlowOnes() {
    let started = Date()
    let spares = SpareWorkers(count: 3) { () -> Int? in
      Thread.sleep(forTimeInterval: 0.05)
      return Int.random(in: 1...1_000_000)
    }
    let taken = (0..<3).compactMap { _ in spares.take() }
    #expect(taken.count == 3)
    #expect(Date().timeIntervalSince(started) >= 0.05)
    #expect(spares.take() == nil)
  }

  /// Taken from several threads at once, the values are shared out without loss or repeat.
  @Test func threadsTakingAtOnceShareTheValuesOut() {
    let counter = Counter()
    let spares = SpareWorkers(count: 8) { counter.next() }
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 10) { _ in results.add(spares.take()) }
    let values = results.values
    #expect(values.compactMap { $0 }.sorted() == Array(1...8))
    #expect(values.filter { $0 == nil }.count == 2)
  }

  /// More takers than values, all come before any value is made: each value goes to one of
  /// them and the one left over gets nil at once. (Waited for with a time limit, so that a
  /// taker left waiting fails the test instead of hanging the run.)
  @Test func aTakerBeyondTheCountIsNotLeftWaiting() {
    let spares = SpareWorkers(count: 2) { () -> Int? in
      Thread.sleep(forTimeInterval: 0.2)
      return 7
    }
    let results = Results()
    let done = DispatchGroup()
    for _ in 0..<3 {
      done.enter()
      Thread.detachNewThread {
        results.add(spares.take())
        done.leave()
      }
    }
    #expect(done.wait(timeout: .now() + 20) == .success)
    #expect(results.values.compactMap { $0 } == [7, 7])
    #expect(results.values.filter { $0 == nil }.count == 1)
  }

  /// A value that could not be made is nil to its taker, and none is made for a count of none.
  @Test func aFailureIsNilAndNoCountMakesNone() {
    let failing = SpareWorkers<Int>(count: 1) { nil }
    #expect(failing.take() == nil)
    let none = SpareWorkers(count: 0) { () -> Int? in 1 }
    #expect(none.take() == nil)
  }

  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int? {
      lock.lock()
      defer { lock.unlock() }
      value += 1
      return value
    }
  }

  final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Int?] = []
    func add(_ v: Int?) {
      lock.lock()
      values.append(v)
      lock.unlock()
    }
  }
}
