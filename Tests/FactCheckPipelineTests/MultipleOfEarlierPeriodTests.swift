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

  /// With no earlier period after it, a multiple compares two figures and is not checked.
  @Test func withoutAPeriodItStaysARatio() throws {
    let report = Pipeline.real.check(Self.lead + "twice the number in Suffolk.", published: "2021-11-01")
    let claim = try #require(report.finding("twice"))
    #expect(claim.claim.kind == .ratio)
    #expect(claim.verdict == .unverifiable)
  }
}
