/// One numeric expression found in prose, as written: its span, value, form and hedge.
///
/// `value` is always a single number, as written ("7%" → 7, "99 per 100,000" → 99,
/// "one in every 812" → 812, "a fifth" → 0.2, "doubled" → 2, "did not remove any" → 0). A range
/// or bound also carries `min` and/or `max`.
public struct NumericExpression: Hashable, Sendable, Codable {
  /// The whole expression, hedge included ("almost 1,600", "99 for every 100,000 people").
  public var range: SourceRange
  public var value: Double
  /// Lower bound for ranges ("between 40 and 50" → 40) and lower bounds ("more than 30" → 30).
  public var min: Double?
  /// Upper bound for ranges and upper bounds ("up to 700" → 700).
  public var max: Double?
  public var form: NumberForm
  public var hedge: Hedge?
  /// The size of one unit of the last digit written, in the units of `value`: 1 for "1,596"
  /// and "seven", 0.1 for "6.7%", 100,000 for "1.2 million". Tolerance derives from it.
  public var resolution: Double
  /// Written in words ("seven", "a dozen") rather than digits.
  public var spelled: Bool
  /// For `.rate`: the population base ("per 100,000" → 100,000).
  public var base: Double?
  /// A unit named with the number, as `UnitName`: one byte, so an expression holds no
  /// reference and copies as plain bytes. With a `String` here, every copy of an expression
  /// (each form's optional result, each claim) went through outlined retain and release
  /// functions, about 9 M instructions of a 2,000-article audit.
  var unitName: UnitName?
  /// For time forms (`.year`, `.financialYear`, `.date`, `.relativePeriod`): which period.
  public var period: PeriodRef?

  /// "the majority", "the vast majority": a share given only as bounds (`Matcher.majority`).
  public var isVagueShare: Bool { form == .fraction && hedge == nil && min != nil && max != nil }

  /// A unit named with the number: "months"/"years" for durations, "GBP" for money. Only the
  /// names of `UnitName` can be set.
  public var unit: String? {
    get { unitName?.rawValue }
    set { unitName = newValue.map(UnitName.named) }
  }

  /// As the stored properties are named, but for `unitName`, coded under "unit" as its name.
  enum CodingKeys: String, CodingKey {
    case range, value, min, max, form, hedge, resolution, spelled, base
    case unitName = "unit"
    case period
  }

  public init(
    range: SourceRange, value: Double, form: NumberForm, hedge: Hedge? = nil,
    min: Double? = nil, max: Double? = nil, resolution: Double = 1, spelled: Bool = false,
    base: Double? = nil, unit: String? = nil, period: PeriodRef? = nil
  ) {
    self.range = range
    self.value = value
    self.form = form
    self.hedge = hedge
    self.min = min
    self.max = max
    self.resolution = resolution
    self.spelled = spelled
    self.base = base
    self.unitName = unit.map(UnitName.named)
    self.period = period
  }
}

/// The units the recogniser names: currencies of money and units of time of durations.
enum UnitName: String, Hashable, Sendable, Codable {
  case gbp = "GBP", usd = "USD"
  case minutes, hours, days, weeks, months, years, decades, centuries

  /// The unit called `name`; a name the recogniser never gives is a programming error.
  static func named(_ name: String) -> UnitName {
    guard let unit = UnitName(rawValue: name) else { preconditionFailure("no unit named \(name)") }
    return unit
  }
}

/// How a number is written, which decides what it can mean.
public enum NumberForm: String, Hashable, Sendable, Codable, CaseIterable {
  /// A plain quantity: "1,596", "six", "1.2 million", "a dozen", "hundreds".
  case number
  /// "7%", "seven per cent", "7pc".
  case percent
  /// "2.5 percentage points".
  case percentagePoints = "percentage_points"
  /// "99 per 100,000", "99 for every 100,000 people" (base in `base`).
  case rate
  /// "one in every 812 people" (value 812).
  case oneInN = "one_in_n"
  /// "a third", "three quarters", "half".
  case fraction
  /// "doubled", "almost sixfold", "three times higher", "twice as many".
  case multiple
  /// How many times something happened: "breached the order twice", "cautioned or convicted
  /// 1,640 times" ("twice" or "N times" with no comparison after it). A statistic only for a
  /// measure that counts events and says so in its `forms`.
  case occasions
  /// "fourth", "42nd".
  case ordinal
  /// "did not remove any", "none", "no offenders", "zero".
  case zero
  /// Money: "£3bn" (unit "GBP").
  case money
  /// A calendar year: "2012".
  case year
  /// A financial or academic year: "2019-20", "2019/20", "2019-2020".
  case financialYear = "financial_year"
  /// A month or day: "March 2020", "31 March".
  case date
  /// "this year", "last year", "the year before", "a decade ago", "as of March this year".
  case relativePeriod = "relative_period"
  /// A length of time: "30 months", "15 years".
  case duration
  /// A number used as a name: "level two", "Category 1".
  case label
  /// Digits written with a leading zero, and the digit blocks after them: a phone number or a
  /// code ("0800 11 11", "01632 960 000"), never a quantity.
  case code
  /// "one" as a pronoun: "one of the", "the one".
  case pronoun
}

/// Words that qualify a number's precision or direction.
public enum Hedge: String, Hashable, Sendable, Codable, CaseIterable {
  case almost, nearly
  case justUnder = "just under"
  case under
  case moreThan = "more than"
  case over
  case justOver = "just over"
  case atLeast = "at least"
  case upTo = "up to"
  case around, about, approximately, roughly, some
  case closeTo = "close to"
  case fewerThan = "fewer than"
  case lessThan = "less than"
  /// "between 40 and 50", "40-50".
  case between

  /// Which side of the written number the true value lies on.
  public enum Direction: Sendable { case below, above, atLeast, atMost, near, within }

  public var direction: Direction {
    switch self {
    case .almost, .nearly, .justUnder: .below
    case .moreThan, .over, .justOver: .above
    case .atLeast: .atLeast
    case .upTo, .under, .fewerThan, .lessThan: .atMost
    case .around, .about, .approximately, .roughly, .some, .closeTo: .near
    case .between: .within
    }
  }
}

/// A period named in the text, absolute or relative.
public struct PeriodRef: Hashable, Sendable, Codable {
  public enum Anchor: String, Hashable, Sendable, Codable {
    /// "2019-20", "2012", "March 2020": `year` is the calendar year (start year of a span).
    case absolute
    /// Relative to the publication date: "this year" (0), "last year" (-1), "a decade ago"
    /// (-10); `year` is the offset.
    case publication
    /// Relative to the period being discussed: "the year before" (-1); `year` is the offset.
    case context
  }

  public var anchor: Anchor
  public var year: Int
  /// For spans such as financial years: the calendar year the span ends in ("2019-20" → 2020).
  public var endYear: Int?
  /// 1–12 when a month is named ("March 2020", "as of March this year").
  public var month: Int?
  public var day: Int?

  public init(anchor: Anchor, year: Int, endYear: Int? = nil, month: Int? = nil, day: Int? = nil) {
    self.anchor = anchor
    self.year = year
    self.endYear = endYear
    self.month = month
    self.day = day
  }
}
