import FactCheckCore
import Testing

/// A share no source prints (`cat1_level1_share_pct`: the level 1 count over the register's)
/// is computed from its two counts, with the arithmetic as evidence; vague shares ("the vast
/// majority") and proportions ("nine in ten") are judged against it. (Norfolk, 2021-22: 1,175
/// of 1,188 at level 1, 98.9%.)
@Suite struct ComputedShareTests {
  static func claim(_ sentence: String, _ span: String) throws -> CheckedClaim {
    let report = Pipeline.real.check(sentence, published: "2022-12-05")
    return try #require(report.finding(span), "\(report.findings.map(\.text))")
  }

  @Test(arguments: [
    ("In Norfolk 99 per cent of registered sex offenders were managed at level one in 2021-22.", "99 per cent", Verdict.supported),
    ("The vast majority in Norfolk fall into level one, figures for 2021-22 show.", "The vast majority", .supported),
    ("In Norfolk 90 per cent of registered sex offenders were managed at level one in 2021-22.", "90 per cent", .contradicted),
    ("Nine in ten registered sex offenders in Norfolk were managed at level one in 2021-22.", "Nine in ten", .contradicted),
  ])
  func judgedAgainstTheComputedShare(sentence: String, span: String, verdict: Verdict) throws {
    let c = try Self.claim(sentence, span)
    #expect(c.claim.measure == "cat1_level1_share_pct")
    #expect(c.verdict == verdict, "\(c.message)")
    #expect(c.evidence?.arithmetic == "1,175 / 1,188 = 98.9%")
    if verdict == .contradicted { #expect(c.suggestion == "99 per cent") }
  }

  /// "fall into level one" files offenders under a level; it is no fall of a figure.
  @Test func fallIntoIsNoChange() throws {
    let c = try Self.claim("The vast majority in Norfolk fall into level one, figures for 2021-22 show.", "The vast majority")
    #expect(c.claim.kind == .share)
    #expect(c.claim.direction == nil)
  }

  /// A vague share beside a change word is no change: "a majority" was read as a rise of 50% to
  /// 100% in the register and called wrong.
  @Test func aVagueShareIsNoChange() {
    let report = Pipeline.real.check(
      "There were 1,188 registered sex offenders in Norfolk in 2021-22. A majority of councillors said the number rose.",
      published: "2022-12-05")
    #expect(report.finding("A majority") == nil, "\(report.findings.map(\.text))")
    #expect(!report.findings.contains { $0.claim.verdict == .contradicted })
  }

  /// With no measure named, a vague share is a number not understood, not a claim.
  @Test func aVagueShareNoMeasureNamesIsNotAClaim() {
    let report = Pipeline.real.check("The majority of them were men, the court heard.", published: "2022-12-05")
    #expect(report.findings.isEmpty)
    #expect(report.extracted.unparsed.map { report.document.slice($0.range) } == ["The majority"])
  }
}
