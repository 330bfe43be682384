/// A number turned into a statement about a measure, an area and a period.
///
/// `kind` is stored before `expression`, out of the order of `init`'s parameters, so that the
/// compiler still makes its memberwise initializer and `init` can call it without ambiguity:
/// an initializer setting the fields one by one built each claim in a temporary, copied it out
/// and destroyed the temporary (see `Evidence`), twice for each claim the resolver makes.
public struct Claim: Hashable, Sendable {
  /// The span of the claim: the number expression with its hedge.
  public var range: SourceRange
  public var kind: ClaimKind
  public var expression: NumericExpression
  /// The measure id, nil when no rule named one.
  public var measure: String?
  /// The canonical area name, nil when none could be chosen. Two areas named together ("the
  /// West Midlands and Staffordshire") are joined with " + ".
  public var area: String?
  /// True when the area was named in the claim's own sentence.
  public var areaNamed: Bool = false
  /// True when no phrase named the measure and it was taken from a figure nearby ("having
  /// stood at 1,596 in 2020" after a count): a weaker reading.
  public var measureInferred: Bool = false
  /// The period the claim is about, in the dataset's notation ("2019-20").
  public var period: String?
  /// True when the period came from "last year" (no month), which a story may mean of either
  /// of two data years: a weaker reading. ("March this year" names its year.)
  public var periodRelative: Bool = false
  /// For changes: the period compared with.
  public var basePeriod: String?
  /// For changes: which way the words say the figure moved.
  public var direction: ChangeDirection?
  /// For comparisons: what the figure is compared with.
  public var comparedWith: ComparisonTarget?
  /// The rule that named the measure (or set the claim's kind).
  public var ruleID: String?
  /// Why each of measure, area and period was chosen, for `--explain`.
  public var reasons: [String]
}

extension Claim {
  public init(
    range: SourceRange, expression: NumericExpression, kind: ClaimKind, measure: String? = nil,
    area: String? = nil, period: String? = nil, basePeriod: String? = nil,
    direction: ChangeDirection? = nil, ruleID: String? = nil, reasons: [String] = []
  ) {
    self.init(
      range: range, kind: kind, expression: expression, measure: measure, area: area,
      period: period, basePeriod: basePeriod, direction: direction, ruleID: ruleID,
      reasons: reasons)
  }

  public var value: Double { expression.value }

  /// True for the kinds that compare two periods.
  public var isChange: Bool { kind == .percentChange || kind == .multipleChange || kind == .countChange }
}

/// What kind of statement a claim makes.
public enum ClaimKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// A level: "1,596 registered sex offenders", "did not remove any".
  case count
  /// A rate per population: "99 per 100,000".
  case rate
  /// "one in every 812 people".
  case oneInN = "one_in_n"
  /// A percentage change between two periods: "up seven per cent on 2018-19".
  case percentChange = "percent_change"
  /// A multiple between two periods: "more than doubled since 2010-11".
  case multipleChange = "multiple_change"
  /// A difference of a count between two periods: "up by more than 70".
  case countChange = "count_change"
  /// A share of a total: "three quarters of", "60 per cent of".
  case share
  /// One figure as a multiple of another, at the same time: "four times the national average".
  case ratio
  /// A percentage level of a percent measure.
  case percent
  /// A direction or rank against another figure: "well below the national average", "the
  /// lowest rate in England and Wales", "the same as the year before".
  case comparison
}

/// A number that is not a statistical claim, with the reason.
///
/// As for `Claim`, `form` is stored before `range` so that `init` can call the memberwise
/// initializer and build the value in place.
public struct SetAside: Hashable, Sendable {
  public var form: NumberForm
  public var range: SourceRange
  public var value: Double
  public var reason: String
  public var ruleID: String?
}

extension SetAside {
  public init(range: SourceRange, form: NumberForm, value: Double, reason: String, ruleID: String? = nil) {
    self.init(form: form, range: range, value: value, reason: reason, ruleID: ruleID)
  }
}

/// The claims of one document and every number that did not become one.
public struct ExtractedClaims: Sendable {
  public var claims: [Claim]
  public var ignored: [SetAside]
  /// Numbers seen but not understood.
  public var unparsed: [SetAside]
  /// The area the article is about, and how it was chosen.
  public var mainArea: String?
  /// The newest period published at the publication date.
  public var dataPeriod: String?

  public init(claims: [Claim] = [], ignored: [SetAside] = [], unparsed: [SetAside] = [],
              mainArea: String? = nil, dataPeriod: String? = nil) {
    self.claims = claims
    self.ignored = ignored
    self.unparsed = unparsed
    self.mainArea = mainArea
    self.dataPeriod = dataPeriod
  }
}

/// What claim resolution needs to know about a dataset's periods.
public protocol PeriodCalendar: Sendable {
  /// The newest period whose figures were released on or before `date`.
  func latestPublishedPeriod(asOf date: CalendarDate) -> String?
  func period(containing date: CalendarDate) -> String?
  func period(_ period: String, shiftedBy years: Int) -> String?
  func periodEnd(_ period: String) -> CalendarDate?
}

/// A place name the extractor looks for in prose.
public struct AreaName: Hashable, Sendable {
  public var name: String
  public var area: String
  /// Lower for a city inside an area than for the area's own name.
  public var confidence: Double

  public init(name: String, area: String, confidence: Double) {
    self.name = name
    self.area = area
    self.confidence = confidence
  }
}

extension Dataset: PeriodCalendar {}
