/// One phrasing rule, loaded from `Rules/<kind>/<name>.yml`; its id is `<kind>.<name>`.
///
/// Rules are data: they parameterise one of a closed set of check kinds written in Swift
/// (`CheckKind`). Nothing in a rule is executed.
public struct Rule: Hashable, Sendable {
  public var id: String
  public var kind: CheckKind
  public var description: String
  public var link: String?
  public var level: Severity
  /// The dataset whose measure ids this rule uses (`measure`, `change`).
  public var dataset: String?
  /// `measure`: the measure the phrases name.
  public var measure: String?
  /// The phrases that trigger the rule.
  public var phrases: [Phrase]
  /// `measure`: the number forms this measure is written in (count: number, zero; rate: rate…).
  public var forms: Set<NumberForm>
  /// `change`: which way the words point.
  public var direction: ChangeDirection?
  /// `comparison`: what the claim is compared with, when the words make a claim of their own
  /// ("well below the national average", "the lowest rate in England and Wales").
  public var compareWith: ComparisonTarget?
  /// `area`: which area the words point to.
  public var area: AreaTarget?
  /// `non_claim`: why numbers matched here are not statistics.
  public var reason: String?
  /// `measure`: words right after the number that make it a subgroup the measure does not
  /// count ("163 violent offenders at level one"). `change`: words around the change word that
  /// make it no change at all ("made up").
  public var unless: [Phrase] = []
  /// `measure`, `change`: the most words between the phrase and the number.
  public var window: Int
  /// `measure`: preferred over other measures whose phrases match at the same distance.
  public var priority: Int
  public var examples: RuleExamples
  /// Where the rule was defined, for messages: `Rules/measure/x.yml`.
  public var file: String

  public init(
    id: String, kind: CheckKind, description: String, link: String? = nil,
    level: Severity = .error, dataset: String? = nil, measure: String? = nil,
    phrases: [Phrase], forms: Set<NumberForm> = [], direction: ChangeDirection? = nil,
    area: AreaTarget? = nil, reason: String? = nil, window: Int = 8, priority: Int = 0,
    examples: RuleExamples = RuleExamples(), file: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.description = description
    self.link = link
    self.level = level
    self.dataset = dataset
    self.measure = measure
    self.phrases = phrases
    self.forms = forms
    self.direction = direction
    self.area = area
    self.reason = reason
    self.window = window
    self.priority = priority
    self.examples = examples
    self.file = file
  }
}

/// The closed set of things a rule can do.
public enum CheckKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// Phrases naming a measure ("registered sex offenders"); numbers of the listed forms near
  /// them are claims about that measure.
  case measure
  /// Words that make a percentage or multiple a change between two periods ("up", "a rise of").
  case change
  /// Words that compare the claim with another figure ("the national average of #"); the
  /// number in the `#` slot takes the measure of the sentence's other claim.
  case comparison
  /// Words that point to an area: the article's own ("the county") or the national one.
  case area
  /// Phrases whose numbers are not statistics ("sentenced to at least # months", "aged #").
  case nonClaim = "non_claim"
  /// Words marking the period after them as the base of a change ("from", "on", "since").
  case basePeriod = "base_period"
  /// Words that make a bare number a part of the figure just given ("among them", "a
  /// further"): it takes that figure's measure.
  case continuation
}

public enum Severity: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
  case note, warning, error

  public static func < (a: Severity, b: Severity) -> Bool {
    let order: [Severity] = [.note, .warning, .error]
    return order.firstIndex(of: a)! < order.firstIndex(of: b)!
  }
}

public enum ChangeDirection: String, Hashable, Sendable, Codable, CaseIterable {
  case up, down, same, either
}

/// What a comparison claim compares the figure with.
public enum ComparisonTarget: String, Hashable, Sendable, Codable, CaseIterable {
  /// The national figure of the same measure and period ("below the national average").
  case national
  /// The same area's figure a period earlier ("the same as the year before").
  case previous
  /// Every area's figure: the direction says highest (up) or lowest (down).
  case rank
}

public enum AreaTarget: String, Hashable, Sendable, Codable, CaseIterable {
  /// The article's own area ("the county", "locally").
  case main
  /// The dataset's national area ("nationally", "across England and Wales").
  case national
}

/// A rule's own examples, run as tests by `factcheck rules test` and the test suite.
public struct RuleExamples: Hashable, Sendable {
  public struct Match: Hashable, Sendable {
    public var text: String
    /// The claimed value expected, when the rule makes claims.
    public var value: Double?
    /// The measure expected, when the rule makes claims.
    public var measure: String?
    /// The exact text the claim or set-aside number must span, when given.
    public var span: String?

    public init(text: String, value: Double? = nil, measure: String? = nil, span: String? = nil) {
      self.text = text
      self.value = value
      self.measure = measure
      self.span = span
    }
  }

  public var match: [Match]
  public var noMatch: [String]

  public init(match: [Match] = [], noMatch: [String] = []) {
    self.match = match
    self.noMatch = noMatch
  }
}
