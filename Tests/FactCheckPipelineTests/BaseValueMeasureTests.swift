import FactCheckCore
import Testing

/// The starting value of a change ("rose by 25%, climbing from 1,905") is a figure of the
/// change's measure, even when another measure's phrase stands nearer to it.
@Suite struct BaseValueMeasureTests {
  @Test func theStartingValueTakesTheChangesMeasure() throws {
    let report = Pipeline.real.check(
      "Across England and Wales, cautions or convictions of offenders for breaching their notification requirements rose by 25%, climbing from 1,905 on the sex offenders register in 2021-22.",
      published: "2023-12-29")
    let change = try #require(report.finding("25%"))
    let start = try #require(report.finding("1,905"), "\(report.findings.map(\.text))")
    #expect(change.claim.measure == "rso_breach_notification_cautioned_convicted")
    #expect(start.claim.measure == change.claim.measure)
    #expect(start.verdict == .supported)
  }

  /// A measure named between the change and the starting value starts another figure: 59,742
  /// is the register's 2018-19 count, not a number of breaches.
  @Test func aMeasureNamedInBetweenKeepsItsOwn() throws {
    let report = Pipeline.real.check(
      "Across England and Wales, 2,559 offenders were cautioned or convicted for breaches in 2019-20, up 15%, as registered sex offenders grew from 59,742.",
      published: "2020-11-05")
    let start = try #require(report.finding("59,742"))
    #expect(start.claim.measure == "category1_rso_total")
    #expect(start.verdict == .supported)
  }
}
