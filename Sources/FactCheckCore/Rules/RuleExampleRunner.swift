/// Runs every rule's own examples: each `match` example must make the rule produce a claim or
/// set-aside (with the value, measure and span given), each `no_match` example must not.
public struct RuleExampleRunner: Sendable {
  public struct Failure: Hashable, Sendable, CustomStringConvertible {
    public var rule: String
    public var file: String
    public var example: String
    public var problem: String
    public var description: String { "\(file): \(rule): \(problem): \"\(example)\"" }
  }

  /// Examples are read as if published on this date.
  public static let referenceDate = CalendarDate(year: 2020, month: 11, day: 15)

  let extractor: ClaimExtractor

  public init(extractor: ClaimExtractor) {
    self.extractor = extractor
  }

  /// The failures of one rule's examples; empty when all pass.
  public func run(_ rule: Rule, segmenter: some TextSegmenter) -> [Failure] {
    var failures: [Failure] = []
    for example in rule.examples.match {
      let found = credited(rule, example.text, segmenter)
      let ok = found.contains { item in
        (example.value.map { abs($0 - item.value) < 1e-9 } ?? true)
          && (example.measure.map { $0 == item.measure } ?? true)
          && (example.span.map { $0 == item.text } ?? true)
      }
      if !ok {
        let got = found.isEmpty ? "nothing" : found.map { "'\($0.text)' = \($0.value) \($0.measure ?? "")" }.joined(separator: ", ")
        failures.append(Failure(rule: rule.id, file: rule.file, example: example.text,
                                problem: "expected a match\(Self.expectation(example)), got \(got)"))
      }
    }
    for text in rule.examples.noMatch where !credited(rule, text, segmenter).isEmpty {
      failures.append(Failure(rule: rule.id, file: rule.file, example: text, problem: "expected no match"))
    }
    return failures
  }

  struct Item {
    var text: String
    var value: Double
    var measure: String?
  }

  /// Claims and set-asides in `text` that the rule had a hand in.
  func credited(_ rule: Rule, _ text: String, _ segmenter: some TextSegmenter) -> [Item] {
    let document = Document(name: "example", text: text)
    let out = extractor.extract(from: document, segmenter: segmenter,
                                options: .init(published: Self.referenceDate))
    let tag = "(\(rule.id))"
    let claims = out.claims.filter { $0.ruleID == rule.id || $0.reasons.contains { $0.hasSuffix(tag) } }
      .map { Item(text: document.slice($0.range), value: $0.value, measure: $0.measure) }
    let ignored = out.ignored.filter { $0.ruleID == rule.id }
      .map { Item(text: document.slice($0.range), value: $0.value, measure: nil) }
    return claims + ignored
  }

  static func expectation(_ e: RuleExamples.Match) -> String {
    var parts: [String] = []
    if let v = e.value { parts.append("value \(v)") }
    if let m = e.measure { parts.append("measure \(m)") }
    if let s = e.span { parts.append("span '\(s)'") }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
  }
}
