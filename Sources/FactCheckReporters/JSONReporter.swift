import FactCheckCore
import Foundation

/// Renders reports as JSON (schema version 1), keys sorted so output is stable and diffable.
public struct JSONReporter: Sendable {
  public var tool: ReportV1.Tool
  public var datasets: [ReportV1.DatasetRef]
  public var explain: Bool

  public init(tool: ReportV1.Tool, datasets: [ReportV1.DatasetRef], explain: Bool = false) {
    self.tool = tool
    self.datasets = datasets
    self.explain = explain
  }

  public func render(_ reports: [DocumentReport]) -> String {
    let report = ReportV1(tool: tool, datasets: datasets, documents: reports.map(document))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(report) else { return "{}" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  public func document(_ r: DocumentReport) -> ReportV1.DocumentV1 {
    let doc = r.document
    let claims = r.extracted.claims.enumerated().map { i, c in
      // Taken once: each `r.checked?[i]` copies the checked claim.
      let checked = r.checked?[i]
      return claim(checked?.claim ?? c, checked: checked, doc, url: r.url)
    }
    return ReportV1.DocumentV1(
      path: doc.name, url: r.url, published: r.published.description, published_assumed: !r.publishedGiven,
      published_day_assumed: r.publishedDayAssumed ? true : nil,
      main_area: r.extracted.mainArea, data_period: r.extracted.dataPeriod, claims: claims,
      ignored: r.extracted.ignored.map { number($0, doc) },
      unparsed: r.extracted.unparsed.map { number($0, doc) }, summary: r.summary)
  }

  func claim(_ c: Claim, checked: CheckedClaim?, _ doc: Document, url: String? = nil) -> ReportV1.ClaimV1 {
    let loc = doc.location(of: c.range.start)
    let e = c.expression
    return ReportV1.ClaimV1(
      text: doc.slice(c.range), range: .init(start: c.range.start, end: c.range.end),
      line: loc.line, column: loc.column, value: e.value, min: e.min, max: e.max,
      unit: Self.unit(c), kind: c.kind.rawValue, form: e.form.rawValue, hedge: e.hedge?.rawValue,
      measure: c.measure, area: c.area, period: c.period, base_period: c.basePeriod,
      direction: c.direction?.rawValue, rule: c.ruleID, verdict: checked?.verdict.rawValue,
      reason: checked?.reason?.rawValue, claimed: checked?.claimed, expected: checked?.expected,
      evidence: checked?.evidence.map { ReportV1.EvidenceV1($0, documentURL: url) }, message: checked?.message,
      suggestion: checked?.suggestion, notes: checked.map(\.notes),
      explanation: explain ? c.reasons : nil)
  }

  static func unit(_ c: Claim) -> String {
    unit(c.kind, base: c.expression.base, form: c.expression.form)
  }

  /// `unit` from the three fields it reads: the audit writer reads them in place, where passing
  /// the claim copied it whole.
  static func unit(_ kind: ClaimKind, base: Double?, form: NumberForm) -> String {
    switch kind {
    case .count: "count"
    case .rate: "per \(Int(base ?? 100_000))"
    case .oneInN: "one_in_n"
    case .percentChange: form == .percentagePoints ? "percentage_points" : "percent"
    case .multipleChange: "multiple"
    case .countChange: "count"
    case .share: form == .fraction ? "fraction" : "percent"
    case .percent: "percent"
    case .comparison: "comparison"
    case .ratio: "multiple"
    }
  }

  func number(_ n: SetAside, _ doc: Document) -> ReportV1.NumberV1 {
    let loc = doc.location(of: n.range.start)
    return ReportV1.NumberV1(
      text: doc.slice(n.range), range: .init(start: n.range.start, end: n.range.end),
      line: loc.line, column: loc.column, value: n.value, form: n.form.rawValue,
      reason: n.reason, rule: n.ruleID)
  }
}
