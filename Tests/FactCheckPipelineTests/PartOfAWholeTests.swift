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
    #expect(note.reason == "part of the 1,596 before it, which the data does not break down")
  }

  @Test(arguments: [
    ("Of the 62,435 registered sex offenders in England and Wales, Essex had 1,596.", "1,596"),
    ("Of the 1,596 registered sex offenders in Essex in 2019-20, 1,496 were there a year earlier.", "1,496"),
    ("In Essex there were 1,596 registered sex offenders in 2019-20, up from 1,496.", "1,496"),
  ])
  func aFigureOfItsOwnStaysAClaim(sentence: String, figure: String) throws {
    let claim = try #require(Self.check(sentence).finding(figure))
    #expect(claim.verdict == .supported, "\(claim.message)")
  }
}
