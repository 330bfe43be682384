@testable import FactCheckCore
import Testing

/// `CellCheck.compute` writes a change's arithmetic on the stack; `computeGenerally` is the
/// general way. Same value and same text for every kind and pair of figures, whatever they are.
@Suite struct ChangeArithmeticTests {
  static let figures: [Double] = [
    0, -0.0, 1, -1, 0.5, 7, 12.25, 99.95, 704.2, 1496, 1596, -1596, 100_000, 123_456.789,
    9_007_199_254_740_991, 1e16, 1e23, .infinity, -.infinity, .nan, 1e-9, 0.04,
  ]

  @Test func computeMatchesTheGeneralWay() {
    let kinds: [ClaimKind] = [.countChange, .multipleChange, .percentChange, .count, .rate]
    for now in Self.figures {
      for then in Self.figures {
        for kind in kinds {
          let fast = CellCheck.compute(now: now, then: then, kind: kind)
          let general = CellCheck.computeGenerally(now: now, then: then, kind: kind)
          #expect(fast.1 == general.1, "\(now) \(then) \(kind)")
          #expect(fast.0 == general.0 || (fast.0.isNaN && general.0.isNaN), "\(now) \(then) \(kind)")
        }
      }
    }
    #expect(CellCheck.compute(now: 1596, then: 1496, kind: .percentChange).1 == "1,596 / 1,496 − 1 = +6.7%")
    #expect(CellCheck.compute(now: 1496, then: 1596, kind: .countChange).1 == "1,496 − 1,596 = −100")
    #expect(CellCheck.compute(now: 3000, then: 1000, kind: .multipleChange).1 == "3,000 / 1,000 = 3.00")
  }
}
