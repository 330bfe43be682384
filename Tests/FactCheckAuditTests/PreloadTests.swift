import Foundation
import Testing

@testable import factcheck

/// `Preload` computes its value beside the caller and hands it over once: of many threads
/// taking it at the same time, exactly one gets it, after it is made.
@Suite struct PreloadTests {
  final class Counter: @unchecked Sendable {
    let lock = NSLock()
    var values: [Int] = []
    var nils = 0
  }

  @Test func oneTakerGetsTheValue() {
    for round in 0..<50 {
      let preload = Preload { () -> Int in
        Thread.sleep(forTimeInterval: 0.001)
        return round
      }
      let counter = Counter()
      DispatchQueue.concurrentPerform(iterations: 4) { _ in
        let value = preload.take()
        counter.lock.lock()
        if let value { counter.values.append(value) } else { counter.nils += 1 }
        counter.lock.unlock()
      }
      #expect(counter.values == [round])
      #expect(counter.nils == 3)
      #expect(preload.take() == nil)
    }
  }
}
