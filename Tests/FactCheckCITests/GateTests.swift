import FactCheckCore
import FactCheckReporters
import Testing

@testable import FactCheckCI

/// The gate on a hand-built report: three contradicted claims on lines 2, 4 and 6.
@Suite struct GateTests {
  static let text = "Intro.\nThere were 1,569 offenders.\n<!-- factcheck-ignore: x -->\nUp 12 per cent.\n<!-- factcheck-ignore -->\nAnd 99 more.\n<!-- factcheck-ignore: stale -->\nNothing here.\n"

  static func report() -> (DocumentReport, [Suppression]) {
    let doc = Document(name: "a.md", text: text)
    let (s, blanked) = SuppressionScanner.scan(doc, frontMatter: nil)
    let claims = ["1,569", "12 per cent", "99"].map { needle -> CheckedClaim in
      let start = offset(needle, in: blanked)
      let r = SourceRange(start: start, end: start + needle.utf8.count)
      let e = NumericExpression(range: r, value: 1, form: .number)
      let c = Claim(range: r, expression: e, kind: .count, measure: "m", area: "Essex", period: "2019-20")
      return CheckedClaim(claim: c, verdict: .contradicted, claimed: .exactly(1), message: "wrong")
    }
    let rep = DocumentReport(
      document: blanked, published: CalendarDate(year: 2020, month: 11, day: 5), publishedGiven: true,
      extracted: ExtractedClaims(claims: claims.map(\.claim)), checked: claims)
    return (rep, s)
  }

  static func offset(_ needle: String, in doc: Document) -> Int {
    let n = Array(needle.utf8)
    return (0...(doc.utf8.count - n.count)).first { Array(doc.utf8[$0..<$0 + n.count]) == n }!
  }

  @Test func suppressionsHideWithReasonOnly() {
    let (r, s) = Self.report()
    var gate = Gate()
    let o = gate.apply(r, suppressions: s, fingerprintPath: "a.md")
    #expect(o.report.checked?.map { o.report.document.location(of: $0.claim.range.start).line } == [2, 6])
    #expect(o.suppressed == 1)
    #expect(o.extra.map(\.checkID) == [CheckKinds.reasonMissing, CheckKinds.unusedSuppression])
    #expect(o.extra.map(\.line) == [5, 7])
    #expect(o.failed)
  }

  @Test func changedLinesOnly() {
    let (r, s) = Self.report()
    var gate = Gate(changedLines: .lines([4, 6]))
    let o = gate.apply(r, suppressions: s, fingerprintPath: "a.md")
    #expect(o.report.checked?.count == 1)
    #expect(o.suppressed == 1 && o.extra.isEmpty)
  }

  @Test func baselineAllowancesAreUsedUp() {
    let (r, s) = Self.report()
    var gate = Gate()
    let all = Finding.claims(in: r, includeSupported: false, fingerprintPath: "a.md")
    let baseline = Baseline(findings: all.filter { $0.line == 2 }.map { ("a.md", $0) })
    gate.allowances = baseline.allowances()
    let o = gate.apply(r, suppressions: s, fingerprintPath: "a.md")
    #expect(o.baselined == 1)
    #expect(o.report.checked?.count == 1)
    #expect(gate.allowances?.values.allSatisfy { $0 == 0 } == true)
  }

  @Test func unverifiableFailsOnlyWhenAsked() {
    var (r, _) = Self.report()
    for i in r.checked!.indices { r.checked![i].verdict = .unverifiable }
    var gate = Gate()
    #expect(!gate.apply(r, suppressions: [], fingerprintPath: "a.md").failed)
    gate.failOn = [.contradicted, .unverifiable]
    #expect(gate.apply(r, suppressions: [], fingerprintPath: "a.md").failed)
  }
}
