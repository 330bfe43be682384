import FactCheckCore

/// The checks factcheck runs, with their help text: one per kind of claim, and two for
/// suppression comments. SARIF lists them as rules; the other CI formats name them.
public enum CheckKinds {
  public struct Check: Hashable, Sendable {
    public var id: String
    public var name: String
    public var short: String
    public var help: String
  }

  public static func id(_ kind: ClaimKind) -> String { "claim.\(kind.rawValue)" }

  public static let reasonMissing = "suppression.reason-missing"
  public static let unusedSuppression = "suppression.unused"

  /// Every check, claim kinds first (in `ClaimKind.allCases` order), then suppressions.
  public static var all: [Check] {
    ClaimKind.allCases.map { k in
      Check(id: id(k), name: name(k), short: short(k), help: help(k) + common)
    } + [
      Check(id: reasonMissing, name: "SuppressionWithoutReason",
            short: "A factcheck-ignore comment gives no reason.",
            help: "A suppression must say why the figure is accepted: "
              + "<!-- factcheck-ignore: reason --> on the line before the claim, "
              + "<!-- factcheck-ignore-line: reason --> on its line, or "
              + "'factcheck-ignore: reason' in front matter for the whole file. "
              + "Without a reason it suppresses nothing and is reported as an error."),
      Check(id: unusedSuppression, name: "UnusedSuppression",
            short: "A factcheck-ignore comment hides no finding.",
            help: "The suppression no longer matches a contradicted or unverifiable claim "
              + "(the figure was corrected or the text moved). Remove it."),
    ]
  }

  static let common = " A contradicted claim is an error (with the official figure, its source "
    + "and a suggested rewrite); one that cannot be checked is a warning, with the reason."

  static func name(_ k: ClaimKind) -> String {
    k.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined() + "Claim"
  }

  static func short(_ k: ClaimKind) -> String {
    switch k {
    case .count: "A count must match the official figure."
    case .rate: "A rate per population must match the official rate."
    case .oneInN: "A 'one in N' figure must match the official population ratio."
    case .percentChange: "A percentage change must match the change in the official figures."
    case .multipleChange: "A multiple ('doubled') must match the official figures."
    case .countChange: "A rise or fall in a count must match the official figures."
    case .share: "A share of a total must match the official figures."
    case .ratio: "One figure as a multiple of another must match the official figures."
    case .percent: "A percentage level must match the official figure."
    case .comparison: "A comparison ('higher than', 'the lowest') must hold in the official figures."
    }
  }

  static func help(_ k: ClaimKind) -> String {
    switch k {
    case .count:
      "A number of people or cases ('1,596 registered sex offenders') is compared with the official figure for its measure, area and period. How the number is written sets the tolerance: a whole count is exact, a round or hedged one ('almost 1,600') covers an interval."
    case .rate:
      "A rate ('99 per 100,000 people') is compared with the official rate for its area and period, within half a unit of its last digit."
    case .oneInN:
      "'One in every 812 people' is turned into a rate and compared with the official one."
    case .percentChange:
      "'Up seven per cent on 2018-19' is compared with the change computed from the two official figures; the arithmetic is shown."
    case .multipleChange:
      "'More than doubled since 2010-11' is compared with the ratio of the two official figures."
    case .countChange:
      "'Up by more than 70' is compared with the difference of the two official figures."
    case .share:
      "'Three quarters of' is compared with the share computed from the official figures, where the dataset has both parts."
    case .ratio:
      "'Four times the national average' is compared with the ratio of the two official figures."
    case .percent:
      "A percentage level of a measure kept as a percentage is compared with the official figure."
    case .comparison:
      "'Well below the national average', 'the lowest rate in England and Wales' or 'the same as the year before' is checked against the official figures it compares."
    }
  }
}
