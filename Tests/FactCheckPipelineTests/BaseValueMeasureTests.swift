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
}
