import FactCheckCore
import Testing

/// "nearly double the 2010-11 total", "twice the number a decade ago": a multiple of an earlier
/// period's figure is a change from that period (`base_period.multiple_of`), checked as
/// "doubled since 2010-11" is. England and Wales held 64,300 in 2020-21 and 36,921 in 2010-11.
@Suite struct MultipleOfEarlierPeriodTests {
  static let lead = "There were 64,300 registered sex offenders in England and Wales in 2020-21, "

  @Test(arguments: [
    ("nearly double the 2010-11 total.", "nearly double"),
    ("roughly double the number a decade ago.", "roughly double"),
    ("almost twice the figure in 2010-11.", "almost twice"),
  ])
  func theEarlierPeriodIsTheBase(tail: String, span: String) throws {
    let report = Pipeline.real.check(Self.lead + tail, published: "2021-11-01")
    let claim = try #require(report.finding(span), "\(report.findings.map(\.text))")
    #expect(claim.claim.kind == .multipleChange)
    #expect(claim.claim.basePeriod == "2010-11")
    #expect(claim.verdict == .supported)
  }

  /// 64,300 is 1.74 times 36,921: "three times" the 2010-11 total is wrong, and said so.
  @Test func aWrongMultipleIsContradicted() throws {
    let report = Pipeline.real.check(Self.lead + "three times the 2010-11 total.", published: "2021-11-01")
    let claim = try #require(report.finding("three times"))
    #expect(claim.claim.basePeriod == "2010-11")
    #expect(claim.verdict == .contradicted)
  }

  /// A place after the period compares areas, not years: still a ratio, not a change within
  /// Suffolk (which called a true "more than twice" wrong: 1,848 / 856 = 2.16).
  @Test func aPlaceAfterThePeriodKeepsARatio() throws {
    let report = Pipeline.real.check(
      "Essex had 1,848 registered sex offenders in 2022-23, more than twice the 2018-19 total for Suffolk.",
      published: "2023-11-05")
    let claim = try #require(report.finding("more than twice"))
    #expect(claim.claim.kind == .ratio)
    #expect(claim.verdict == .unverifiable)
  }

  /// Read years later, the multiple still compares the sentence's own year: 49,466 in 2014-15
  /// against 30,416 in 2006-07 (1.63), not the newest release.
  @Test func theLevelsYearIsTheChangesYear() throws {
    let report = Pipeline.real.check(
      "In 2014-15 there were 49,466 registered sex offenders in England and Wales, more than 1.6 times the 2006-07 total.",
      published: "2024-12-05")
    let claim = try #require(report.finding("more than 1.6 times"))
    #expect(claim.claim.period == "2014-15")
    #expect(claim.claim.basePeriod == "2006-07")
    #expect(claim.verdict == .supported)
    let percent = Pipeline.real.check(
      "In 2014-15 there were 49,466 registered sex offenders in England and Wales, up 63% since 2006-07.",
      published: "2024-12-05")
    #expect(percent.finding("63%")?.claim.period == "2014-15")
    #expect(percent.finding("63%")?.verdict == .supported)
  }

  /// Two levels before the change, the later year named first: the change is from the
  /// earlier to the later (62,435 / 59,742 − 1 = +4.5%), not from the year before the first.
  @Test func twoLevelsBeforeAChangeGiveBothItsYears() throws {
    for published in ["2020-11-15", "2024-06-01"] {
      let right = Pipeline.real.check(
        "There were 62,435 registered sex offenders in England and Wales in 2019-20 and 59,742 in 2018-19, a rise of 4.5%.",
        published: published)
      let claim = try #require(right.finding("4.5%"))
      #expect(claim.claim.period == "2019-20")
      #expect(claim.claim.basePeriod == "2018-19")
      #expect(claim.verdict == .supported, "\(published): \(claim.message)")
      let wrong = Pipeline.real.check(
        "There were 62,435 registered sex offenders in England and Wales in 2019-20 and 59,742 in 2018-19, a rise of 6%.",
        published: published)
      #expect(wrong.finding("6%")?.verdict == .contradicted)
    }
  }

  /// With no earlier period after it, a multiple compares two figures and is not checked.
  @Test func withoutAPeriodItStaysARatio() throws {
    let report = Pipeline.real.check(Self.lead + "twice the number in Suffolk.", published: "2021-11-01")
    let claim = try #require(report.finding("twice"))
    #expect(claim.claim.kind == .ratio)
    #expect(claim.verdict == .unverifiable)
  }
}
