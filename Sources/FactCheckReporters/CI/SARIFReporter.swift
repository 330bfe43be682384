import FactCheckCore
import Foundation

/// Renders findings as SARIF 2.1.0: one run, every check as a rule with its help text, one
/// result per finding.
///
/// Regions give 1-based lines and columns counted in Unicode code points
/// (`columnKind: unicodeCodePoints`; `endColumn` exclusive, as SARIF defines it) and the UTF-8
/// `byteOffset` / `byteLength`. `partialFingerprints["factcheckClaim/v1"]` is the claim's
/// `Fingerprint`, which does not change when lines shift. The evidence, verdict and suggestion
/// are in the result's `properties`. Relative paths are relative to `%SRCROOT%`.
public struct SARIFReporter: Sendable {
  public var tool: ReportV1.Tool
  public var informationURI: String?

  public init(tool: ReportV1.Tool, informationURI: String? = nil) {
    self.tool = tool
    self.informationURI = informationURI
  }

  public func render(_ files: [FileFindings]) -> String {
    let checks = CheckKinds.all
    let index = Dictionary(uniqueKeysWithValues: checks.enumerated().map { ($1.id, $0) })
    let driver = SARIF.Driver(
      name: tool.name, version: tool.version, semanticVersion: tool.version,
      informationUri: informationURI,
      rules: checks.map { c in
        SARIF.Rule(id: c.id, name: c.name, shortDescription: .init(text: c.short),
                   fullDescription: .init(text: c.help), help: .init(text: c.help))
      })
    let results = files.flatMap(\.findings).map { result($0, ruleIndex: index[$0.checkID]) }
    let log = SARIF.Log(runs: [SARIF.Run(tool: .init(driver: driver), results: results,
                                         columnKind: "unicodeCodePoints")])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(log) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  func result(_ f: Finding, ruleIndex: Int?) -> SARIF.Result {
    let level: String
    switch f.severity {
    case .error: level = "error"
    case .warning: level = "warning"
    case .note: level = "note"
    }
    let region = SARIF.Region(startLine: f.line, startColumn: f.column, endLine: f.endLine,
                              endColumn: f.endColumn, byteOffset: f.range.start,
                              byteLength: f.range.length)
    let location = SARIF.Location(physicalLocation: .init(
      artifactLocation: Self.artifact(f.path), region: region))
    return SARIF.Result(
      ruleId: f.checkID, ruleIndex: ruleIndex, level: level,
      message: .init(text: f.fullMessage), locations: [location],
      partialFingerprints: f.fingerprint.map { ["factcheckClaim/v1": $0] },
      properties: f.checked.map { Self.properties($0, text: f.claimText) })
  }

  static func artifact(_ path: String) -> SARIF.ArtifactLocation {
    let allowed = CharacterSet.urlPathAllowed
    let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    if path.hasPrefix("/") { return .init(uri: "file://" + encoded, uriBaseId: nil) }
    return .init(uri: Fingerprint.normalizePath(encoded), uriBaseId: "%SRCROOT%")
  }

  static func properties(_ c: CheckedClaim, text: String?) -> SARIF.Properties {
    let e = c.evidence
    return SARIF.Properties(
      verdict: c.verdict.rawValue, reason: c.reason?.rawValue, claim: text,
      kind: c.claim.kind.rawValue, rule: c.claim.ruleID, measure: c.claim.measure,
      area: c.claim.area, period: c.claim.period, base_period: c.claim.basePeriod,
      expected: c.expected, suggestion: c.suggestion, notes: c.notes.isEmpty ? nil : c.notes,
      evidence: e.map { ReportV1.EvidenceV1($0) })
  }
}

/// The subset of the SARIF 2.1.0 object model factcheck writes.
enum SARIF {
  struct Log: Encodable {
    var version = "2.1.0"
    var schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    var runs: [Run]
    enum CodingKeys: String, CodingKey { case version, schema = "$schema", runs }
  }
  struct Run: Encodable {
    var tool: Tool
    var results: [Result]
    var columnKind: String
  }
  struct Tool: Encodable { var driver: Driver }
  struct Driver: Encodable {
    var name: String
    var version: String
    var semanticVersion: String
    var informationUri: String?
    var rules: [Rule]
  }
  struct Message: Encodable { var text: String }
  struct Rule: Encodable {
    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message
    var help: Message
  }
  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    var level: String
    var message: Message
    var locations: [Location]
    var partialFingerprints: [String: String]?
    var properties: Properties?
  }
  struct Location: Encodable { var physicalLocation: PhysicalLocation }
  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }
  struct ArtifactLocation: Encodable {
    var uri: String
    var uriBaseId: String?
  }
  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int
    var byteOffset: Int
    var byteLength: Int
  }
  struct Properties: Encodable {
    var verdict: String
    var reason: String?
    var claim: String?
    var kind: String
    var rule: String?
    var measure: String?
    var area: String?
    var period: String?
    var base_period: String?
    var expected: Double?
    var suggestion: String?
    var notes: [String]?
    var evidence: ReportV1.EvidenceV1?
  }
}
