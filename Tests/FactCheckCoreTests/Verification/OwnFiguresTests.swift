@testable import FactCheckCore
import Testing

/// `Consistency.changeFromOwnFigures` reads the claims near a change in place; the reference
/// here is the first way it was written (the neighbours' claims copied out and filtered into a
/// list). Both must note, contradict and suggest alike on claims of mixed kinds, cells,
/// periods, hedges, lines and distances.
@Suite struct OwnFiguresTests {
  /// Two lines, the first long enough that claims on it lie more than 200 bytes apart, with
  /// text outside ASCII.
  static let text = String(repeating: "Ærø rose from 1,480 to 2,150, a rise of 38 per cent; ", count: 6)
    + "\nLine two: 100 to 130, up 30%."

  static func claims(seed: UInt64, count: Int) -> [CheckedClaim] {
    var state = seed
    func next(_ n: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(n))
    }
    let measures: [String?] = ["m", "m", "n", nil]
    let areas: [String?] = ["Ærø", "Ærø", "Kent", nil]
    let periods: [String?] = ["2019", "2020", "2020", "2018", nil]
    let kinds: [ClaimKind] = [.count, .count, .percentChange, .percentChange, .rate]
    let values: [Double] = [1480, 2150, 38, 45.3, 100, 130, 30, 0, 5000, 31]
    let directions: [ChangeDirection?] = [.up, .down, nil]
    let verdicts: [Verdict] = [.unverifiable, .unverifiable, .supported]
    let length = text.utf8.count
    return (0..<count).map { _ in
      let start = next(length), end = min(length, start + 1 + next(12))
      let range = SourceRange(start: start, end: end)
      var expression = NumericExpression(range: range, value: values[next(values.count)], form: .number,
                                         resolution: next(2) == 0 ? 1 : 0.1)
      if next(6) == 0 { expression.hedge = .nearly }
      let claim = Claim(range: range, expression: expression, kind: kinds[next(kinds.count)],
                        measure: measures[next(measures.count)], area: areas[next(areas.count)],
                        period: periods[next(periods.count)], basePeriod: periods[next(periods.count)],
                        direction: directions[next(directions.count)])
      let v = expression.value
      let claimed = next(3) == 0 ? ClaimInterval(lower: v - 2, upper: v + 2) : .exactly(v)
      return CheckedClaim(claim: claim, verdict: verdicts[next(verdicts.count)], claimed: claimed, message: "m")
    }
  }

  /// The first version, kept as the reference.
  static func reference(_ checked: inout [CheckedClaim], _ document: Document) {
    for k in checked.indices where checked[k].verdict == .unverifiable && checked[k].claim.kind == .percentChange {
      let change = checked[k].claim
      guard let base = change.basePeriod else { continue }
      let line = document.lineIndex.lineNumber(of: change.range.start)
      let near = checked[max(0, k - 8)..<min(checked.count, k + 9)]
      let counts = near.map(\.claim).filter { c in
        c.kind == .count && c.measure == change.measure && c.area == change.area && c.expression.hedge == nil
          && document.lineIndex.lineNumber(of: c.range.start) == line
          && abs(c.range.start - change.range.start) <= 200
      }
      guard let from = counts.first(where: { $0.period == base }),
        let to = counts.first(where: { $0.period == change.period }), from.value > 0,
        max(from.value, to.value) / min(from.value, to.value) <= 3
      else { continue }
      let computed = (to.value / from.value - 1) * 100
      let signed = change.direction == .down ? -computed : computed
      let written = change.value
      let fits = checked[k].claimed.contains(signed)
        || (signed >= written && signed < written + change.expression.resolution)
      let arithmetic = "\(NumberText.format(to.value)) / \(NumberText.format(from.value)) − 1 = \(NumberText.format(computed, decimals: 1, signed: true))%"
      if fits {
        checked[k].notes.append("consistent with the article's own figures: \(arithmetic)")
      } else {
        checked[k].verdict = .contradicted
        checked[k].reason = nil
        checked[k].message = "the article's own figures give \(arithmetic), not '\(document.slice(change.range))'"
        checked[k].suggestion = Suggestion.rewrite(document.slice(change.range), expression: change.expression, official: abs(computed))
      }
    }
  }

  @Test func inPlaceAgreesWithTheReference() {
    let document = Document(text: Self.text)
    var noted = 0, contradicted = 0
    for seed in 0..<3000 as Range<UInt64> {
      let original = Self.claims(seed: seed, count: Int(seed % 40))
      var inPlace = original, byReference = original
      Consistency.changeFromOwnFigures(&inPlace, document)
      Self.reference(&byReference, document)
      #expect(inPlace == byReference, "seed \(seed)")
      for (before, after) in zip(original, inPlace) {
        if after.notes.count > before.notes.count { noted += 1 }
        if after.verdict != before.verdict { contradicted += 1 }
      }
    }
    // Not vacuous: both outcomes happen many times.
    #expect(noted > 20)
    #expect(contradicted > 20)
  }
}
