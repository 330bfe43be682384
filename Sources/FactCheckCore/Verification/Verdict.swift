/// Whether the official figures support a claim.
public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable {
  case supported, contradicted, unverifiable
}

/// Why a claim could not be checked.
public enum UnverifiableReason: String, Hashable, Sendable, Codable {
  case noMeasure = "no_measure"
  case unknownMeasure = "measure_not_in_dataset"
  case noArea = "no_area"
  case unknownArea = "unknown_area"
  case ambiguousArea = "ambiguous_area"
  case noPeriod = "no_period"
  case noFigure = "no_figure"
  case notYetPublished = "not_yet_published"
  case notChecked = "kind_not_checked"
  case implausible
  /// The claim matches another period's or area's figure, and its own measure or period was
  /// only inferred: the sentence may well be about that figure.
  case uncertainReading = "uncertain_reading"
}

/// The official figure a verdict rests on, with where it comes from.
public struct Evidence: Hashable, Sendable {
  public var dataset: String
  public var measure: String
  public var area: String
  public var period: String
  public var basePeriod: String?
  /// The official value, or the value computed from official figures.
  public var value: Double
  public var sourceURL: String
  public var sourcePublished: String?
  public var sourceKind: String
  public var releaseDate: CalendarDate?
  public var flags: [String]
  /// How a computed value was obtained: "1,596 / 1,496 − 1 = +6.7%".
  public var arithmetic: String?
  /// Later values of the same cell: "revised to 787 (source published 2024-11)".
  public var revisions: [String]

  public init(dataset: String, measure: String, area: String, period: String, basePeriod: String? = nil,
              value: Double, sourceURL: String, sourcePublished: String?, sourceKind: String,
              releaseDate: CalendarDate?, flags: [String], arithmetic: String? = nil,
              revisions: [String] = []) {
    self.dataset = dataset
    self.measure = measure
    self.area = area
    self.period = period
    self.basePeriod = basePeriod
    self.value = value
    self.sourceURL = sourceURL
    self.sourcePublished = sourcePublished
    self.sourceKind = sourceKind
    self.releaseDate = releaseDate
    self.flags = flags
    self.arithmetic = arithmetic
    self.revisions = revisions
  }
}

/// A claim with its verdict and everything that explains it.
public struct CheckedClaim: Hashable, Sendable {
  public var claim: Claim
  public var verdict: Verdict
  /// The interval the claim covers given how it is written.
  public var claimed: ClaimInterval
  /// The official (or computed) value the claim was compared with.
  public var expected: Double?
  public var evidence: Evidence?
  public var message: String
  /// For a contradicted claim: the claim rewritten with the official figure.
  public var suggestion: String?
  public var notes: [String]
  public var reason: UnverifiableReason?

  public init(claim: Claim, verdict: Verdict, claimed: ClaimInterval, expected: Double? = nil,
              evidence: Evidence? = nil, message: String, suggestion: String? = nil,
              notes: [String] = [], reason: UnverifiableReason? = nil) {
    self.claim = claim
    self.verdict = verdict
    self.claimed = claimed
    self.expected = expected
    self.evidence = evidence
    self.message = message
    self.suggestion = suggestion
    self.notes = notes
    self.reason = reason
  }

  /// Unverifiable with nothing found yet, as the verifier starts each claim. Built through the
  /// public initializer, with its defaults, the value was made twice and copied over (3.2 M
  /// instructions for 2,000 articles).
  init(unchecked claim: Claim, claimed: ClaimInterval) {
    self.claim = claim
    verdict = .unverifiable
    self.claimed = claimed
    expected = nil
    evidence = nil
    message = ""
    suggestion = nil
    notes = []
    reason = nil
  }
}
