import FactCheckCore

/// The JSON report, schema version 1. Field names are the contract documented in the README.
public struct ReportV1: Encodable, Sendable {
  public var schemaVersion = 1
  public var tool: Tool
  public var datasets: [DatasetRef]
  public var documents: [DocumentV1]

  public struct Tool: Encodable, Sendable {
    public var name: String
    public var version: String
    public init(name: String, version: String) {
      self.name = name
      self.version = version
    }
  }

  public struct DatasetRef: Encodable, Sendable {
    public var id: String
    public var version: String
    public init(id: String, version: String) {
      self.id = id
      self.version = version
    }
  }

  public struct Range: Encodable, Sendable, Hashable {
    public var start: Int
    public var end: Int
  }

  public struct DocumentV1: Encodable, Sendable {
    var path: String
    /// The article's own address (front matter `url`), when given.
    var url: String?
    var published: String
    var published_assumed: Bool
    /// True (else left out) when the date had no day and the month's first was taken.
    var published_day_assumed: Bool?
    var main_area: String?
    var data_period: String?
    var claims: [ClaimV1]
    var ignored: [NumberV1]
    var unparsed: [NumberV1]
    var summary: DocumentReport.Summary
  }

  public struct ClaimV1: Encodable, Sendable {
    var text: String
    var range: Range
    var line: Int
    var column: Int
    var value: Double
    var min: Double?
    var max: Double?
    var unit: String
    var kind: String
    var form: String
    var hedge: String?
    var measure: String?
    var area: String?
    var period: String?
    var base_period: String?
    var direction: String?
    var rule: String?
    var verdict: String?
    var reason: String?
    var claimed: ClaimInterval?
    var expected: Double?
    var evidence: EvidenceV1?
    var message: String?
    var suggestion: String?
    var notes: [String]?
    var explanation: [String]?
  }

  public struct EvidenceV1: Encodable, Sendable {
    var dataset: String
    var measure: String
    var area: String
    var period: String
    var base_period: String?
    var value: Double
    var source_url: String
    var source_published: String?
    var source_kind: String
    var release_date: String?
    var flags: [String]
    var arithmetic: String?
    var revisions: [String]
    /// True when `source_url` is the checked article's own `url`: the figure was taken from
    /// this very article, so its match checks nothing. Left out otherwise.
    var source_is_document: Bool?
  }

  public struct NumberV1: Encodable, Sendable {
    var text: String
    var range: Range
    var line: Int
    var column: Int
    var value: Double
    var form: String
    var reason: String
    var rule: String?
  }
}

extension ReportV1.EvidenceV1 {
  /// The evidence object of the JSON report, also embedded in SARIF results; `documentURL` is
  /// the checked article's address, when known.
  init(_ e: Evidence, documentURL: String? = nil) {
    let own = documentURL.map { TextReporter.sameAddress($0, e.sourceURL) } ?? false
    self.init(
      dataset: e.dataset, measure: e.measure, area: e.area, period: e.period,
      base_period: e.basePeriod, value: e.value, source_url: e.sourceURL,
      source_published: e.sourcePublished, source_kind: e.sourceKind,
      release_date: e.releaseDate?.description, flags: e.flags, arithmetic: e.arithmetic,
      revisions: e.revisions, source_is_document: own ? true : nil)
  }
}
