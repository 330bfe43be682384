import FactCheckCore
import Testing

/// Every rule's own `match` / `no_match` examples, one test case per rule id.
@Suite struct RuleExampleRunnerTests {
  static let ruleIDs = Pipeline.real.rules.rules.map(\.id).sorted()

  @Test func theRealRulesAreAllLoaded() {
    #expect(Self.ruleIDs.count >= 30)
    #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count, "rule ids are unique")
    #expect(Pipeline.real.rules.datasets == ["mappa"])
  }

  @Test(arguments: ruleIDs)
  func examplesPass(_ id: String) throws {
    let pipeline = Pipeline.real
    let rule = try #require(pipeline.rules.rules.first { $0.id == id })
    #expect(!rule.examples.match.isEmpty, "\(id) has no match example")
    let runner = RuleExampleRunner(extractor: pipeline.checker.extractor)
    let failures = runner.run(rule, segmenter: segmenter)
    #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
  }

  /// The runner itself must be able to fail: an example the rule cannot match is reported.
  @Test func runnerReportsAWrongExample() throws {
    let pipeline = Pipeline.real
    var rule = try #require(pipeline.rules.rules.first { $0.id == "measure.rso_count" })
    rule.examples = RuleExamples(
      match: [.init(text: "Figures show 1,210 registered sex offenders lived in the county.", value: 1211)],
      noMatch: ["Figures show 1,210 registered sex offenders lived in the county."])
    let runner = RuleExampleRunner(extractor: pipeline.checker.extractor)
    let failures = runner.run(rule, segmenter: segmenter)
    #expect(failures.map { String($0.problem.prefix(16)) } == ["expected a match", "expected no matc"])
  }
}
