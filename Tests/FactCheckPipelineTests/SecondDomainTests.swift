import FactCheckCore
import Foundation
import Testing

/// The engine on a second, made-up domain: school exclusions by local authority, academic
/// years, a July release and rates per 10,000. Nothing here names a MAPPA measure or area.
@Suite struct SecondDomainTests {
  static let article = Repo.fixtures + "/articles/northshire-exclusions.txt"
  /// After the 2021/22 release (20 July 2023), before its revision (18 July 2024).
  static let published = "2023-09-14"

  func report() throws -> DocumentReport {
    try Pipeline.schools.check(file: Self.article, published: Self.published)
  }

  @Test func rulesBindToTheFixtureDataset() throws {
    let pipeline = Pipeline.schools
    #expect(pipeline.rules.datasets == ["school_exclusions"])
    #expect(pipeline.dataset?.id == "school_exclusions")
    let measures = Set(pipeline.rules.rules.compactMap(\.measure))
    #expect(measures == ["permanent_exclusions", "suspensions", "permanent_exclusion_rate",
                         "exclusion_one_in_n"])
  }

  /// The fixture set's own rules. (Some `Rules/common` examples lean on MAPPA words and areas,
  /// "registered sex offenders", "Kent", so they are run against the real rules only.)
  static let ownRuleIDs = Pipeline.schools.rules.rules.filter { $0.dataset == "school_exclusions" }
    .map(\.id).sorted()

  @Test(arguments: ownRuleIDs)
  func ruleExamplesPass(_ id: String) throws {
    let rule = try #require(Pipeline.schools.rules.rules.first { $0.id == id })
    let failures = RuleExampleRunner(extractor: Pipeline.schools.checker.extractor)
      .run(rule, segmenter: segmenter)
    #expect(failures.isEmpty, "\(failures.map(\.description))")
  }

  struct Expected: CustomTestStringConvertible, Sendable {
    var claim: String
    var kind: ClaimKind
    var measure: String
    var area: String
    var period: String
    var basePeriod: String? = nil
    var testDescription: String { claim }
  }

  static let expected = [
    Expected(claim: "150", kind: .count, measure: "permanent_exclusions", area: "Northshire", period: "2021/22"),
    Expected(claim: "120", kind: .count, measure: "permanent_exclusions", area: "Northshire", period: "2020/21"),
    Expected(claim: "25 per cent", kind: .percentChange, measure: "permanent_exclusions",
             area: "Northshire", period: "2021/22", basePeriod: "2020/21"),
    Expected(claim: "4,100", kind: .count, measure: "suspensions", area: "Northshire", period: "2021/22"),
    Expected(claim: "10 permanent exclusions for every 10,000", kind: .rate,
             measure: "permanent_exclusion_rate", area: "Northshire", period: "2021/22"),
    Expected(claim: "one in every 1,000", kind: .oneInN, measure: "exclusion_one_in_n",
             area: "Northshire", period: "2021/22"),
    Expected(claim: "90", kind: .count, measure: "permanent_exclusions", area: "Southvale", period: "2021/22"),
  ]

  @Test(arguments: expected)
  func claimResolvesAndIsSupported(_ e: Expected) throws {
    let report = try report()
    let texts = report.findings.map(\.text)
    let finding = report.finding(e.claim)
    let found = try #require(finding, "claims: \(texts)")
    #expect(found.claim.kind == e.kind)
    #expect(found.claim.measure == e.measure)
    #expect(found.claim.area == e.area)
    #expect(found.claim.period == e.period)
    if let base = e.basePeriod { #expect(found.claim.basePeriod == base) }
    #expect(found.verdict == .supported, "\(found.message)")
    #expect(found.evidence?.dataset == "school_exclusions")
  }

  @Test func theWholeArticleIsSupported() throws {
    let report = try report()
    #expect(report.extracted.mainArea == "Northshire")
    #expect(report.summary.contradicted == 0)
    #expect(report.summary.unverifiable == 0)
    #expect(report.summary.supported == Self.expected.count)
  }

  @Test func wrongFigureIsContradictedWithASuggestion() throws {
    let text = try String(contentsOfFile: Self.article, encoding: .utf8)
      .replacingOccurrences(of: "excluded 150 pupils", with: "excluded 160 pupils")
    let report = Pipeline.schools.check(text, published: Self.published)
    let finding = report.finding("160")
    let found = try #require(finding)
    #expect(found.verdict == .contradicted)
    #expect(found.expected == 150)
    #expect(found.suggestion == "150")
    #expect(found.claim.measure == "permanent_exclusions")
    #expect(found.claim.area == "Northshire")
  }

  @Test func provisionalFigureIsJudgedAsPublishedThenNotedAsRevised() throws {
    let report = try report()
    let finding = report.finding("150")
    let found = try #require(finding)
    #expect(found.expected == 150)
    #expect(found.notes.contains { $0.contains("156") }, "notes: \(found.notes)")
  }
}
