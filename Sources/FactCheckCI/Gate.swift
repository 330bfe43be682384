import FactCheckCore
import FactCheckReporters

/// Decides what a CI run reports about one checked document and whether it fails the build:
/// applies suppressions, the changed lines and the baseline, in that order, and adds findings
/// for suppressions without a reason (errors) and suppressions that hide nothing (warnings).
public struct Gate: Sendable {
  /// Verdicts that fail the run (default: contradicted).
  public var failOn: Set<Verdict>
  /// Changed lines of this file; nil to judge every line.
  public var changedLines: ChangedLines.Change?
  /// Remaining baseline allowances by fingerprint, shared across the files of a run.
  public var allowances: [String: Int]?

  public init(failOn: Set<Verdict> = [.contradicted], changedLines: ChangedLines.Change? = nil,
              allowances: [String: Int]? = nil) {
    self.failOn = failOn
    self.changedLines = changedLines
    self.allowances = allowances
  }

  public struct Outcome: Sendable {
    /// The report with suppressed, unchanged and baselined claims (and unchanged unparsed
    /// numbers) removed.
    public var report: DocumentReport
    /// Suppression problems.
    public var extra: [Finding]
    public var suppressed = 0
    public var baselined = 0
    /// Whether this document fails the run.
    public var failed: Bool
  }

  /// - Parameters:
  ///   - fingerprintPath: the file's path as fingerprints record it.
  public mutating func apply(_ report: DocumentReport, suppressions: [Suppression],
                             fingerprintPath: String) -> Outcome {
    let doc = report.document
    var used = Set<Int>()
    var kept: [(Claim, CheckedClaim?)] = []
    var suppressed = 0
    var baselined = 0
    for (i, claim) in report.extracted.claims.enumerated() {
      let checked = report.checked?[i]
      let c = checked?.claim ?? claim
      let line = doc.location(of: c.range.start).line
      let isFinding = checked.map { $0.verdict != .supported } ?? false
      if isFinding, let k = suppressions.firstIndex(where: { $0.reason != nil && $0.covers(line: line) }) {
        used.insert(k)
        if changed(line) { suppressed += 1 }
        continue
      }
      guard changed(line) else { continue }
      if isFinding, let fp = Fingerprint.of(c, text: doc.slice(c.range), path: fingerprintPath) as String?,
         let left = allowances?[fp], left > 0 {
        allowances?[fp] = left - 1
        baselined += 1
        continue
      }
      kept.append((claim, checked))
    }
    var out = report
    out.extracted.claims = kept.map(\.0)
    if report.checked != nil { out.checked = kept.compactMap(\.1) }
    out.extracted.unparsed = report.extracted.unparsed.filter { changed(doc.location(of: $0.range.start).line) }
    out.extracted.ignored = report.extracted.ignored.filter { changed(doc.location(of: $0.range.start).line) }
    let extra = problems(suppressions, used: used, doc: doc)
    let failed = (out.checked ?? []).contains { failOn.contains($0.verdict) }
      || extra.contains { $0.severity == .error }
    return Outcome(report: out, extra: extra, suppressed: suppressed, baselined: baselined, failed: failed)
  }

  func changed(_ line: Int) -> Bool {
    switch changedLines {
    case nil, .whole?: true
    case .lines(let set)?: set.contains(line)
    }
  }

  func problems(_ suppressions: [Suppression], used: Set<Int>, doc: Document) -> [Finding] {
    suppressions.enumerated().compactMap { k, s in
      guard changed(s.line) else { return nil }
      let name = s.scope == .file ? "factcheck-ignore (front matter)" : s.scope.rawValue
      if s.reason == nil {
        return Finding.at(doc, s.range, severity: .error, checkID: CheckKinds.reasonMissing,
                          headline: "\(name) needs a reason: write '\(s.scope == .file ? "factcheck-ignore: why" : "<!-- \(s.scope.rawValue): why -->")'")
      }
      guard !used.contains(k) else { return nil }
      let what = s.scope == .file ? "in this file" : "on line \(s.target.map(String.init) ?? "?")"
      return Finding.at(doc, s.range, severity: .warning, checkID: CheckKinds.unusedSuppression,
                        headline: "\(name) hides no contradicted or unverifiable claim \(what); remove it")
    }
  }
}
