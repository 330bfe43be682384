import FactCheckCore
import Testing
@testable import factcheck

/// `AuditWorker.contradicted` builds each summary line by appending into one string: it must
/// give what the interpolated form gives, for any mix of missing cell parts, expected values
/// (whole, fractional, negative, huge, none) and claim texts (non-ASCII, empty, quotes).
@Suite struct ContradictedLineTests {
  /// The form the lines were first written in, kept as the reference.
  static func reference(_ report: DocumentReport) -> [String] {
    guard let checked = report.checked else { return [] }
    return checked.filter { $0.verdict == .contradicted }.map { checked in
      let c = checked.claim
      let text = report.document.slice(c.range)
      let cell = [c.measure, c.area, c.period].compactMap { $0 }.joined(separator: ", ")
      let expected = checked.expected.map { " should be \(AuditWorker.number($0))" } ?? ""
      return "'\(text)'\(expected) (\(cell))"
    }
  }

  @Test func linesMatchTheInterpolatedForm() {
    let text = "Il y a 1 569 délinquants, « 12 % » de plus ; \"quoted\" 3,4 — and 7."
    let document = Document(text: text)
    let utf8 = Array(text.utf8)
    let parts: [String?] = [nil, "category1_rso_total", "Ærø + Essex", "", "2019-20", "a, b"]
    let expectations: [Double?] = [nil, 1596, 1596.5, -3, 0, 1e16, 0.1 + 0.2, -0.0]
    let ranges = [SourceRange(start: 0, end: 0), SourceRange(start: 0, end: utf8.count),
                  SourceRange(start: 7, end: 13), SourceRange(start: 40, end: 60),
                  SourceRange(start: utf8.count - 2, end: utf8.count + 5)]
    var checked: [CheckedClaim] = []
    var i = 0
    for measure in parts {
      for area in parts {
        for period in parts {
          i += 1
          let range = ranges[i % ranges.count]
          let claim = Claim(range: range, expression: NumericExpression(range: range, value: 1, form: .number),
                            kind: .count, measure: measure, area: area, period: period)
          let verdict: Verdict = i % 5 == 0 ? .supported : (i % 7 == 0 ? .unverifiable : .contradicted)
          checked.append(CheckedClaim(claim: claim, verdict: verdict, claimed: .exactly(1),
                                      expected: expectations[i % expectations.count], message: ""))
        }
      }
    }
    let report = DocumentReport(document: document, published: CalendarDate(year: 2020, month: 1, day: 1),
                                publishedGiven: true, extracted: ExtractedClaims(), checked: checked)
    let lines = AuditWorker.contradicted(report)
    #expect(lines == Self.reference(report))
    #expect(lines.count > 100)
    let none = DocumentReport(document: document, published: CalendarDate(year: 2020, month: 1, day: 1),
                              publishedGiven: true, extracted: ExtractedClaims(), checked: nil)
    #expect(AuditWorker.contradicted(none).isEmpty)
  }
}
