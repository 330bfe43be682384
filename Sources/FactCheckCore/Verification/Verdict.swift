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
///
/// The stored properties are not in the order of `init`'s parameters, so that the compiler
/// still makes its memberwise initializer, which `init` calls: an initializer that sets the
/// properties one by one builds the value in a temporary and then copies it out and destroys
/// the temporary (the compiler does not promote a value this large to registers): about 900
/// instructions of retains, releases and copying for each evidence (`CellCheck.judge` 14.1 M ->
/// 10.2 M instructions for 2,000 articles).
public struct Evidence: Hashable, Sendable {
  public var dataset: String
  public var measure: String
  public var area: String
  public var period: String
  /// The official value, or the value computed from official figures.
  public var value: Double
  public var basePeriod: String?
  public var sourceURL: String
  public var sourcePublished: String?
  public var sourceKind: String
  public var releaseDate: CalendarDate?
  public var flags: [String]
  /// How a computed value was obtained: "1,596 / 1,496 − 1 = +6.7%".
  public var arithmetic: String?
  /// Later values of the same cell: "revised to 787 (source published 2024-11)".
  public var revisions: [String]
}

extension Evidence {
  public init(dataset: String, measure: String, area: String, period: String, basePeriod: String? = nil,
              value: Double, sourceURL: String, sourcePublished: String?, sourceKind: String,
              releaseDate: CalendarDate?, flags: [String], arithmetic: String? = nil,
              revisions: [String] = []) {
    self.init(
      dataset: dataset, measure: measure, area: area, period: period, value: value,
      basePeriod: basePeriod, sourceURL: sourceURL, sourcePublished: sourcePublished,
      sourceKind: sourceKind, releaseDate: releaseDate, flags: flags, arithmetic: arithmetic,
      revisions: revisions)
  }
}

/// A claim with its verdict and everything that explains it.
///
/// As for `Evidence`, the stored properties are not in the order of `init`'s parameters, so
/// that the initializers can call the compiler's memberwise one and build the value in place.
public struct CheckedClaim: Hashable, Sendable {
  public var claim: Claim
  /// The interval the claim covers given how it is written.
  public var claimed: ClaimInterval
  public var verdict: Verdict
  /// The official (or computed) value the claim was compared with.
  public var expected: Double?
  public var evidence: Evidence?
  public var message: String
  /// For a contradicted claim: the claim rewritten with the official figure.
  public var suggestion: String?
  public var notes: [String]
  public var reason: UnverifiableReason?
}

extension CheckedClaim {
  public init(claim: Claim, verdict: Verdict, claimed: ClaimInterval, expected: Double? = nil,
              evidence: Evidence? = nil, message: String, suggestion: String? = nil,
              notes: [String] = [], reason: UnverifiableReason? = nil) {
    self.init(
      claim: claim, claimed: claimed, verdict: verdict, expected: expected, evidence: evidence,
      message: message, suggestion: suggestion, notes: notes, reason: reason)
  }

  /// Unverifiable with nothing found yet, as the verifier starts each claim. Setting the
  /// properties one by one, the value was built in a temporary, copied out and the temporary
  /// destroyed (about 1,000 instructions a claim: 5.6 M for the 5,380 claims of 2,000 articles).
  init(unchecked claim: Claim, claimed: ClaimInterval) {
    self.init(
      claim: claim, claimed: claimed, verdict: .unverifiable, expected: nil, evidence: nil,
      message: "", suggestion: nil, notes: [], reason: nil)
  }
}
