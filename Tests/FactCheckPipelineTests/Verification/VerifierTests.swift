import FactCheckCore
import Testing

/// Verdicts on single sentences, through the real `Rules/` and MAPPA figures, each sentence
/// read as published on a given date (as `--published` does).
@Suite struct VerifierTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    var published: String
    /// The claim's exact text.
    var claim: String
    var verdict: Verdict
    var measure: String
    var area: String
    var period: String
    var expected: Double? = nil
    var suggestion: String? = nil
    /// Text one of the claim's notes must contain.
    var note: String? = nil
    var arithmetic: String? = nil
    var reason: UnverifiableReason? = nil
    var testDescription: String { "\(claim) (\(verdict.rawValue)) in \(sentence)" }
  }

  static let essexCount = "Ministry of Justice figures show %@ registered sex offenders were living in Essex in March this year."

  static func essex(_ n: String) -> String { essexCount.replacingOccurrences(of: "%@", with: n) }

  static let cases: [Case] = [
    // Counts: right, mistyped, and last year's figure.
    Case(sentence: essex("1,596"), published: "2020-11-05", claim: "1,596", verdict: .supported,
         measure: "category1_rso_total", area: "Essex", period: "2019-20", expected: 1_596),
    Case(sentence: essex("1,569"), published: "2020-11-05", claim: "1,569", verdict: .contradicted,
         measure: "category1_rso_total", area: "Essex", period: "2019-20", expected: 1_596,
         suggestion: "1,596"),
    Case(sentence: essex("1,496"), published: "2020-11-05", claim: "1,496", verdict: .contradicted,
         measure: "category1_rso_total", area: "Essex", period: "2019-20", expected: 1_596,
         suggestion: "1,596", note: "Essex's 2018-19 figure: last year's figure?"),
    // A percent change recomputed from the two years' counts.
    Case(sentence: "Registered sex offenders in Essex numbered 1,596, up seven per cent on 2018-19.",
         published: "2020-11-05", claim: "seven per cent", verdict: .supported,
         measure: "category1_rso_total", area: "Essex", period: "2019-20",
         arithmetic: "1,596 / 1,496 − 1 = +6.7%"),
    Case(sentence: "Registered sex offenders in Essex numbered 1,596, up 12 per cent on 2018-19.",
         published: "2020-11-05", claim: "12 per cent", verdict: .contradicted,
         measure: "category1_rso_total", area: "Essex", period: "2019-20",
         suggestion: "7 per cent", arithmetic: "1,596 / 1,496 − 1 = +6.7%"),
    // Rates per 100,000.
    Case(sentence: "In Essex there were 99 registered sex offenders for every 100,000 people aged 10 and over.",
         published: "2020-11-05", claim: "99 registered sex offenders for every 100,000 people",
         verdict: .supported, measure: "rso_per_100k", area: "Essex", period: "2019-20", expected: 99),
    Case(sentence: "In Essex there were 109 registered sex offenders for every 100,000 people aged 10 and over.",
         published: "2020-11-05", claim: "109 registered sex offenders for every 100,000 people",
         verdict: .contradicted, measure: "rso_per_100k", area: "Essex", period: "2019-20", expected: 99,
         suggestion: "99 registered sex offenders for every 100,000 people"),
    // "one in every N", derived from the rate: 100,000 / 99 = 1,010.
    Case(sentence: "That means one in every 1,010 people aged 10 and over in Essex is a registered sex offender.",
         published: "2020-11-05", claim: "one in every 1,010 people", verdict: .supported,
         measure: "rso_one_in_n_aged10plus", area: "Essex", period: "2019-20", expected: 1_010,
         arithmetic: "100,000 / 99 = 1,010"),
    Case(sentence: "That means one in every 1,110 people aged 10 and over in Essex is a registered sex offender.",
         published: "2020-11-05", claim: "one in every 1,110 people", verdict: .contradicted,
         measure: "rso_one_in_n_aged10plus", area: "Essex", period: "2019-20", expected: 1_010,
         suggestion: "one in every 1,010 people"),
    // A zero claim.
    Case(sentence: "Essex Police did not remove any offenders from the register during 2019-20.",
         published: "2020-11-05", claim: "did not remove any", verdict: .supported,
         measure: "rso_indefinite_notification_revoked", area: "Essex", period: "2019-20", expected: 0),
    // Judged against the release of the day; the later revision is a note, never a flip.
    Case(sentence: "There were 802 registered sex offenders living in County Durham in March this year.",
         published: "2019-11-15", claim: "802", verdict: .supported,
         measure: "category1_rso_total", area: "Durham", period: "2018-19", expected: 802,
         note: "revised to 787"),
    // A national figure in a local story.
    Case(sentence: "Registered sex offenders in Bedfordshire numbered 568 in March this year, while the sex offenders register held a record 68,357 people.",
         published: "2023-12-29", claim: "68,357", verdict: .supported,
         measure: "category1_rso_total", area: "England and Wales", period: "2022-23", expected: 68_357,
         note: "read as the England and Wales figure"),
    // No figure for that area and year.
    Case(sentence: "There were 900 registered sex offenders living in Cheshire in March this year.",
         published: "2020-11-05", claim: "900", verdict: .unverifiable,
         measure: "category1_rso_total", area: "Cheshire", period: "2019-20", reason: .noFigure),
    // Twenty times the official count: about something else, not a typo.
    Case(sentence: essex("31,920"), published: "2020-11-05", claim: "31,920", verdict: .unverifiable,
         measure: "category1_rso_total", area: "Essex", period: "2019-20", reason: .implausible),
    // A full date dates a level, even after "on", which marks a change's base elsewhere.
    Case(sentence: "There were 1,596 registered sex offenders in Essex on 31 March 2020, figures show.",
         published: "2023-11-05", claim: "1,596", verdict: .supported,
         measure: "category1_rso_total", area: "Essex", period: "2019-20", expected: 1_596),
    // A regional round-up: each area keeps its own numbers.
    Case(sentence: "In South Wales there were 1,778 registered sex offenders, a rate of 152 per 100,000, while North Wales had 1,023 (166 per 100,000) and Dyfed-Powys 604 (129 per 100,000).",
         published: "2023-11-10", claim: "152 per 100,000", verdict: .supported,
         measure: "rso_per_100k", area: "South Wales", period: "2022-23", expected: 152),
    Case(sentence: "In South Wales there were 1,778 registered sex offenders, a rate of 152 per 100,000, while North Wales had 1,023 (166 per 100,000) and Dyfed-Powys 604 (129 per 100,000).",
         published: "2023-11-10", claim: "166 per 100,000", verdict: .supported,
         measure: "rso_per_100k", area: "North Wales", period: "2022-23", expected: 166),
    // A change stated after a sentence comparing two years is between those years.
    Case(sentence: "There were 1,123 registered sex offenders in Durham in March 2024, compared with 446 in 2010-11. That is an increase of 152 per cent.",
         published: "2024-11-20", claim: "152 per cent", verdict: .supported,
         measure: "category1_rso_total", area: "Durham", period: "2023-24", arithmetic: "1,123 / 446 − 1 = +151.8%"),
    // "when" refers back to the period before it.
    Case(sentence: "The Durham figure has risen every year since 2019-20, when 842 registered sex offenders were recorded.",
         published: "2024-11-20", claim: "842", verdict: .supported,
         measure: "category1_rso_total", area: "Durham", period: "2019-20", expected: 842),
    // Comparisons are claims of their own.
    Case(sentence: "Essex has 99 sex offenders for every 100,000 people, well below the national average.",
         published: "2020-11-05", claim: "below the national average", verdict: .supported,
         measure: "rso_per_100k", area: "Essex", period: "2019-20"),
    Case(sentence: "Essex has 99 sex offenders for every 100,000 people, well above the national average.",
         published: "2020-11-05", claim: "above the national average", verdict: .contradicted,
         measure: "rso_per_100k", area: "Essex", period: "2019-20", suggestion: "below the national average"),
    Case(sentence: "Essex has 93 sex offenders for every 100,000 people, about average for England and Wales.",
         published: "2019-11-20", claim: "about average", verdict: .contradicted,
         measure: "rso_per_100k", area: "Essex", period: "2018-19", suggestion: "below the national average"),
    // Percentage points of a count are not a relative change.
    Case(sentence: "Registered sex offenders in Essex numbered 1,596, up seven percentage points on 2018-19.",
         published: "2020-11-05", claim: "seven percentage points", verdict: .unverifiable,
         measure: "category1_rso_total", area: "Essex", period: "2019-20", reason: .notChecked),
  ]

  @Test(arguments: cases)
  func verdict(_ c: Case) throws {
    let report = Pipeline.real.check(c.sentence, published: c.published)
    let texts = report.findings.map(\.text)
    let finding = report.finding(c.claim)
    let found = try #require(finding, "no claim '\(c.claim)'; claims: \(texts)")
    #expect(found.verdict == c.verdict, "\(found.message)")
    #expect(found.claim.measure == c.measure)
    #expect(found.claim.area == c.area)
    #expect(found.claim.period == c.period)
    if let e = c.expected { #expect(found.expected == e) }
    #expect(found.suggestion == c.suggestion, "suggestion")
    if let note = c.note {
      #expect(found.notes.contains { $0.contains(note) }, "notes: \(found.notes)")
    }
    if let a = c.arithmetic {
      #expect(found.evidence?.arithmetic?.contains(a) == true, "arithmetic: \(found.evidence?.arithmetic ?? "none")")
    }
    #expect(found.reason == c.reason)
    if c.verdict != .unverifiable {
      #expect(found.evidence?.dataset == "mappa")
      #expect(found.evidence?.sourceURL.hasPrefix("http") == true)
    }
  }

  /// The later revision (787, published 2024) is carried as evidence, while the verdict rests on
  /// the 802 in force at publication.
  @Test func revisionNeverFlipsTheVerdict() throws {
    let sentence = "There were 802 registered sex offenders living in County Durham in March 2019."
    let early = Pipeline.real.check(sentence, published: "2019-11-15")
    #expect(early.finding("802")?.verdict == .supported)
    #expect(early.finding("802")?.evidence?.revisions.contains { $0.contains("787") } == true)
  }

  /// A ratio no comparison rule reads ("twice as many … as Suffolk") is unverifiable, and the
  /// message says a ratio is not checked rather than that no measure was named.
  @Test func aRatioOfTwoFiguresSaysItIsNotChecked() throws {
    let report = Pipeline.real.check(
      "Essex has twice as many registered sex offenders as Suffolk, figures for 2019-20 show.",
      published: "2020-11-05")
    let twice = try #require(report.finding("twice"))
    #expect(twice.verdict == .unverifiable)
    #expect(twice.message == "'twice' compares two figures, which is not checked")
    let doubled = Pipeline.real.check("The number of breaches doubled in Kent in 2019-20.", published: "2020-11-05")
    #expect(doubled.finding("doubled")?.message.contains("no measure named near") == true)
  }
}
