import FactCheckCore
import Testing

/// "Of the 1,596 registered sex offenders in Essex, 900 were over 50": the 900 is a part of the
/// 1,596, which the data does not break down, not the register's figure (it was called wrong,
/// "should be 1,596"). A figure of another area or period in the same shape stays a claim.
@Suite struct PartOfAWholeTests {
  static func check(_ text: String) -> DocumentReport {
    Pipeline.real.check(text, published: "2020-11-05")
  }

  @Test(arguments: [
    ("Of the 1,596 registered sex offenders in Essex, 900 were over 50.", "900"),
    ("Among the 1,596 registered sex offenders in Essex, 1,200 live in towns.", "1,200"),
  ])
  func aCountAfterItsWholeIsAPart(sentence: String, part: String) throws {
    let report = Self.check(sentence)
    #expect(report.finding("1,596")?.verdict == .supported)
    #expect(report.finding(part) == nil, "\(report.findings.map(\.text))")
    let note = try #require(report.extracted.unparsed.first { report.document.slice($0.range) == part })
    #expect(note.reason == "part of the 1,596, which the data does not break down")
  }

  /// The whole with its own period ("in 2019-20", "last year") or a possessive before it
  /// ("Of Essex's", "Among its"): the part was still read as the register's figure and called
  /// wrong ("should be 1,596").
  @Test(arguments: [
    "Of the 1,596 registered sex offenders in Essex in 2019-20, 900 were over 50.",
    "Of the 1,596 registered sex offenders in Essex last year, 900 were over 50.",
    "Of Essex's 1,596 registered sex offenders, 900 were over 50.",
    "Essex police said so. Of the county’s 1,596 registered sex offenders, 900 were over 50.",
    "Essex police said so. Among its 1,596 registered sex offenders, 900 were over 50.",
  ])
  func aWholeWithItsPeriodOrOwnerStillHasParts(sentence: String) throws {
    let report = Self.check(sentence)
    #expect(report.finding("1,596")?.verdict == .supported)
    #expect(report.finding("900") == nil, "\(report.findings.map(\.text))")
    #expect(report.extracted.unparsed.contains { report.document.slice($0.range) == "900" })
  }

  /// "1,175 out of 1,188": as "1,175 of the 1,188", the part is not the register's figure.
  @Test func outOfIsOf() throws {
    let report = Pipeline.real.check(
      "In Norfolk 1,175 out of 1,188 registered sex offenders were managed at level one in 2021-22.",
      published: "2022-12-05")
    #expect(report.finding("1,175")?.claim.measure == "cat1_level1_at_31march")
    #expect(report.checked?.allSatisfy { $0.verdict == .supported } == true, "\(report.findings.map(\.text))")
  }

  /// "1,175 of the 1,188 …": the part takes the phrase after them both, the whole only its own
  /// noun; without one it is a number not understood. Each was called wrong against the
  /// other's figure. (Norfolk, 2021-22: 1,175 of 1,188 at level 1.)
  @Test(arguments: [
    ("Some 1,175 of the 1,188 were managed at level one in Norfolk in 2021-22.", nil as String?),
    ("Of the 1,188, 1,175 were managed at level one in Norfolk in 2021-22.", nil),
    ("In Norfolk, 1,175 of the 1,188 registered sex offenders were managed at level one in 2021-22.", "category1_rso_total"),
  ])
  func partAndWholeEachTakeTheirOwnPhrase(sentence: String, wholeMeasure: String?) throws {
    let report = Pipeline.real.check(sentence, published: "2022-12-05")
    let part = try #require(report.finding("1,175") ?? report.finding("Some 1,175"), "\(report.findings.map(\.text))")
    #expect(part.claim.measure == "cat1_level1_at_31march")
    #expect(part.verdict == .supported, "\(part.message)")
    #expect(report.checked?.allSatisfy { $0.verdict != .contradicted } == true)
    if let wholeMeasure {
      #expect(report.finding("1,188")?.claim.measure == wholeMeasure)
    } else {
      #expect(report.finding("1,188") == nil)
      #expect(report.extracted.unparsed.contains { $0.reason == "the total that 1,175 is part of, which no phrase names" })
    }
  }

  @Test(arguments: [
    ("Of the 62,435 registered sex offenders in England and Wales, Essex had 1,596.", "1,596"),
    ("Of the 1,596 registered sex offenders in Essex in 2019-20, 1,496 were there a year earlier.", "1,496"),
    ("Of the 1,596 registered sex offenders in Essex, 1,496 were there a year earlier.", "1,496"),
    ("In Essex there were 1,596 registered sex offenders in 2019-20, up from 1,496.", "1,496"),
  ])
  func aFigureOfItsOwnStaysAClaim(sentence: String, figure: String) throws {
    let claim = try #require(Self.check(sentence).finding(figure))
    #expect(claim.verdict == .supported, "\(claim.message)")
  }
}

/// A bare number that repeats a figure given earlier ("The 1,596 figure …") takes that
/// figure's measure, not the measure of the count just before it: read as the level 1 count
/// of 1,548 before it, it "disagreed" with that count and was called wrong.
@Suite struct SameFigureEarlierTests {
  @Test func aRepeatedFigureKeepsItsMeasure() throws {
    let text = """
      Registered sex offenders in Essex rose to 1,596 in 2019-20, with 1,548 managed at level one.

      The 1,596 figure for Essex includes 40 women.
      """
    let report = Pipeline.real.check(text, published: "2020-11-05")
    let repeated = try #require(report.checked?.last { report.document.slice($0.claim.range) == "1,596" })
    #expect(repeated.claim.measure == "category1_rso_total")
    #expect(repeated.verdict == .supported, "\(repeated.message)")
    #expect(report.checked?.allSatisfy { $0.verdict != .contradicted } == true)
  }
}

/// "1,596 …, 100 more than the year before": the number is the difference, a count change,
/// not a second count of the register ("a small fraction of the official 1,596").
@Suite struct DifferenceBeforeAComparisonTests {
  @Test(arguments: [("100", Verdict.supported), ("200", .contradicted)])
  func aNumberBeforeMoreThanTheYearBeforeIsTheChange(n: String, verdict: Verdict) throws {
    let report = Pipeline.real.check(
      "In 2019-20, 1,596 registered sex offenders lived in Essex, \(n) more than the year before.",
      published: "2020-11-05")
    let claim = try #require(report.finding(n))
    #expect(claim.claim.kind == .countChange)
    #expect(claim.verdict == verdict, "\(claim.message)")
    #expect(claim.evidence?.arithmetic == "1,596 − 1,496 = +100")
  }

  /// Past a comma, "more than the year before" compares the level just given: "was 1,188,
  /// more than the year before" is true, and was called wrong as a rise of 1,188 ("should be
  /// a rise of 15").
  @Test func aLevelBeforeACommaIsNoDifference() throws {
    let report = Pipeline.real.check(
      "In Norfolk the number of registered sex offenders was 1,188, more than the year before.",
      published: "2022-12-05")
    let claim = try #require(report.finding("1,188"))
    #expect(claim.claim.kind == .count)
    #expect(claim.verdict == .supported, "\(claim.message)")
  }

  /// The other ways of writing the earlier period, and a noun before "than".
  @Test(arguments: ["100 more than in 2018-19", "100 more offenders than the year before",
                    "100 more than last year", "100 more than a year earlier"])
  func otherWordingsOfTheEarlierPeriod(tail: String) throws {
    let report = Pipeline.real.check(
      "In 2019-20, 1,596 registered sex offenders lived in Essex, \(tail).", published: "2020-11-05")
    let claim = try #require(report.finding("100"))
    #expect(claim.claim.kind == .countChange)
    #expect(claim.verdict == .supported, "\(claim.message)")
  }

  /// "200 more than Suffolk" compares two areas: no change.
  @Test func moreThanAnotherAreaIsNoChange() throws {
    let report = Pipeline.real.check(
      "In 2019-20, Essex had 1,596 registered sex offenders, 200 more than Suffolk.", published: "2020-11-05")
    #expect(report.finding("200")?.claim.kind != .countChange)
  }
}

/// A repeated figure keeps the period of the figure it repeats: "up from 1,496" is 2018-19's,
/// and so is "The 1,496 figure" after it (read as 2019-20's, it was called wrong).
@Suite struct RepeatedFigurePeriodTests {
  @Test func aRepeatedFigureKeepsItsPeriod() throws {
    let text = "In Essex there were 1,596 registered sex offenders in 2019-20, up from 1,496.\n\nThe 1,496 figure was itself a rise."
    let report = Pipeline.real.check(text, published: "2020-11-05")
    let repeated = try #require(report.checked?.last { report.document.slice($0.claim.range) == "1,496" })
    #expect(repeated.claim.period == "2018-19")
    #expect(repeated.verdict == .supported, "\(repeated.message)")
  }
}

/// "Last year" read as the newest data year: a figure of three or more digits that is exactly
/// the year before's is not called wrong (the words may mean that year); a small count or a
/// figure of no year stays an error.
@Suite struct RelativeYearReadingTests {
  @Test(arguments: [("1,496", Verdict.unverifiable), ("1,400", .contradicted)])
  func lastYearsFigureUnderARelativeYear(n: String, verdict: Verdict) throws {
    let report = Pipeline.real.check("Last year there were \(n) registered sex offenders in Essex.", published: "2020-11-05")
    let claim = try #require(report.finding(n))
    #expect(claim.claim.periodRelative)
    #expect(claim.verdict == verdict, "\(claim.message)")
    if verdict == .unverifiable {
      #expect(claim.reason == .uncertainReading)
      #expect(claim.message == "'1,496' is Essex's 2018-19 figure, not 2019-20's (1,596): the words for the year may mean either; check which is meant")
    }
  }

  /// Named outright, the year is not in doubt.
  @Test func aNamedYearIsNotInDoubt() throws {
    let report = Pipeline.real.check("In 2019-20 there were 1,496 registered sex offenders in Essex.", published: "2020-11-05")
    let claim = try #require(report.finding("1,496"))
    #expect(!claim.claim.periodRelative)
    #expect(claim.verdict == .contradicted)
  }
}
