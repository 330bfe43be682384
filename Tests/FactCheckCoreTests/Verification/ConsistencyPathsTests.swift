@testable import FactCheckCore
import Testing

/// `Consistency.sameFigureTwice` searches the earlier claims in a list for articles with few
/// claims and by cell in a dictionary for the others: both must mark the same claims with
/// the same messages, on claims of mixed cells, kinds, values, verdicts and hedges.
@Suite struct ConsistencyPathsTests {
  static let text = "Figures: 1,596 and 1,569 in Ærø; 1,200, 1,230, 1,231, 2,000, 150, 140, 99 and 98 elsewhere.\nMore on line two: 5,000."

  /// Deterministic pseudo-random claims: a small linear congruential generator.
  static func claims(seed: UInt64, count: Int) -> [CheckedClaim] {
    var state = seed
    func next(_ n: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(n))
    }
    let measures: [String?] = ["m", "m", "n", nil]
    let areas: [String?] = ["Ærø", "Ærø", "Kent", nil]
    let periods: [String?] = ["2019-20", "2019-20", "2018-19", nil]
    let kinds: [ClaimKind] = [.count, .count, .rate, .percent]
    let values: [Double] = [1596, 1569, 1200, 1230, 1231, 2000, 150, 140, 99, 98, 5000, 1596]
    let verdicts: [Verdict] = [.unverifiable, .unverifiable, .supported, .contradicted]
    let length = text.utf8.count
    return (0..<count).map { _ in
      let start = next(length), end = min(length, start + next(12))
      let range = SourceRange(start: start, end: end)
      var expression = NumericExpression(range: range, value: values[next(values.count)], form: .number)
      if next(6) == 0 { expression.hedge = .nearly }
      let claim = Claim(range: range, expression: expression, kind: kinds[next(kinds.count)],
                        measure: measures[next(measures.count)], area: areas[next(areas.count)],
                        period: periods[next(periods.count)])
      let v = expression.value
      let claimed = next(3) == 0 ? ClaimInterval(lower: v - 40, upper: v + 40) : .exactly(v)
      return CheckedClaim(claim: claim, verdict: verdicts[next(verdicts.count)], claimed: claimed, message: "m")
    }
  }

  @Test func listAndDictionaryMarkTheSameClaims() {
    let document = Document(text: Self.text)
    var marked = 0
    for seed in 0..<1500 as Range<UInt64> {
      let original = Self.claims(seed: seed, count: 1 + Int(seed % 30))
      var byList = original, byDictionary = original
      Consistency.sameFigureTwice(&byList, document, linearLimit: .max)
      Consistency.sameFigureTwice(&byDictionary, document, linearLimit: 0)
      #expect(byList == byDictionary, "seed \(seed)")
      marked += zip(original, byList).filter { $0.verdict != $1.verdict }.count
    }
    // Not vacuous: many claims are marked.
    #expect(marked > 50)
  }
}
