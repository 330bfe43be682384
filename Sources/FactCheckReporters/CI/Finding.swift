import FactCheckCore

/// One thing a CI report shows: a checked claim, or a problem with a suppression comment.
///
/// Positions are 1-based; columns count Unicode scalars (code points) from the start of the
/// line, like the text and JSON reports; `endColumn` is exclusive (the column after the last
/// scalar). `range` is the UTF-8 byte range into the file as read.
public struct Finding: Hashable, Sendable {
  public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
    case note, warning, error
    public static func < (a: Severity, b: Severity) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  public var path: String
  public var range: SourceRange
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int
  public var severity: Severity
  /// The check that produced it: `claim.<kind>` or `suppression.<problem>` (see `CheckKinds`).
  public var checkID: String
  /// One line: what is wrong (or right) with the claim.
  public var headline: String
  /// Further lines: suggestion, notes, evidence, source.
  public var details: [String]
  /// The claim and its verdict, for claim findings.
  public var checked: CheckedClaim?
  /// The claim as written, for claim findings.
  public var claimText: String?
  /// Stable identity across line shifts (`Fingerprint.of`), for claim findings.
  public var fingerprint: String?

  public init(path: String, range: SourceRange, line: Int, column: Int, endLine: Int,
              endColumn: Int, severity: Severity, checkID: String, headline: String,
              details: [String] = [], checked: CheckedClaim? = nil, claimText: String? = nil,
              fingerprint: String? = nil) {
    self.path = path
    self.range = range
    self.line = line
    self.column = column
    self.endLine = endLine
    self.endColumn = endColumn
    self.severity = severity
    self.checkID = checkID
    self.headline = headline
    self.details = details
    self.checked = checked
    self.claimText = claimText
    self.fingerprint = fingerprint
  }

  /// The headline and the details, one per line.
  public var fullMessage: String { ([headline] + details).joined(separator: "\n") }

  /// The phrasing rule that named the claim's measure, when there is one.
  public var ruleID: String? { checked?.claim.ruleID }
}

/// The findings of one checked file, in text order.
public struct FileFindings: Hashable, Sendable {
  public var path: String
  public var findings: [Finding]
  /// Claims checked in the file (reported or not), for JUnit counts.
  public var claimCount: Int

  public init(path: String, findings: [Finding], claimCount: Int) {
    self.path = path
    self.findings = findings
    self.claimCount = claimCount
  }
}

// MARK: - From a report

extension Finding {
  /// A finding at `range` of `doc`, with its line and column span computed.
  public static func at(_ doc: Document, _ range: SourceRange, path: String? = nil,
                        severity: Severity, checkID: String, headline: String,
                        details: [String] = []) -> Finding {
    let start = doc.location(of: range.start)
    let end = doc.location(of: range.end)
    return Finding(path: path ?? doc.name, range: range, line: start.line, column: start.column,
                   endLine: end.line, endColumn: end.column, severity: severity,
                   checkID: checkID, headline: headline, details: details)
  }

  /// The findings of a checked report: contradicted claims as errors, unverifiable ones as
  /// warnings and, with `includeSupported`, supported ones as notes.
  ///
  /// - Parameters:
  ///   - fingerprintPath: the path that goes into fingerprints (relative, `/`-separated);
  ///     the document's name when nil.
  public static func claims(in report: DocumentReport, includeSupported: Bool,
                            measureLabels: [String: String] = [:],
                            fingerprintPath: String? = nil) -> [Finding] {
    let doc = report.document
    let text = TextReporter(measureLabels: measureLabels)
    return (report.checked ?? []).compactMap { checked in
      let severity: Severity
      switch checked.verdict {
      case .contradicted: severity = .error
      case .unverifiable: severity = .warning
      case .supported:
        guard includeSupported else { return nil }
        severity = .note
      }
      let claim = checked.claim
      let written = doc.slice(claim.range)
      var details: [String] = []
      if let s = TextReporter.suggestion(checked) { details.append("suggestion: replace '\(written)' with '\(s)'") }
      details += checked.notes.map { "note: \($0)" }
      if let e = checked.evidence { details += TextReporter.evidenceLines(e, documentURL: report.url) }
      var f = Finding.at(doc, claim.range, severity: severity, checkID: CheckKinds.id(claim.kind),
                         headline: text.headline(claim, checked, text: written), details: details)
      f.checked = checked
      f.claimText = written
      f.fingerprint = Fingerprint.of(claim, text: written, path: fingerprintPath ?? doc.name)
      return f
    }
  }
}
