import FactCheckCore
import Testing

/// An article's own area: the area named first, unless another is named at least twice as
/// often; the national area never counts.
@Suite struct MainAreaTests {
  func mainArea(_ text: String) -> String? {
    Pipeline.real.check(text, published: "2020-11-05").extracted.mainArea
  }

  @Test func firstNamedWins() {
    #expect(mainArea("Police in Kent said the figures were high.\nSurrey police disagreed.") == "Kent")
    #expect(mainArea("Kent and Kent again.\nSurrey. Surrey. Surrey.") == "Kent")
  }

  @Test func namedTwiceAsOftenWins() {
    #expect(mainArea("Kent police said so.\nSurrey police said not.\nSurrey again.") == "Surrey")
    #expect(mainArea("Kent.\nSurrey. Surrey.\nCumbria. Cumbria. Cumbria. Cumbria.") == "Cumbria")
  }

  /// An area given (`--area`, front matter) that is one of two the article opens on together
  /// is widened to both; "locally" then means the one discussed last. Given alone, the
  /// Staffordshire rate below was read as the West Midlands' and called wrong.
  @Test func givenAreaOfATwoAreaStoryIsWidened() throws {
    let text = """
      Almost 5,000 sex offenders live in the West Midlands and Staffordshire, figures show.

      The Staffordshire policing area had 1,318 registered sex offenders at the end of March 2021.

      That equates to 130 registered sex offenders for every 100,000 people locally.
      """
    let report = Pipeline.real.check(text, published: "2021-11-04", area: "West Midlands")
    #expect(report.extracted.mainArea == "West Midlands + Staffordshire")
    let rate = try #require(report.finding("130 registered sex offenders for every 100,000 people"))
    #expect(rate.claim.area == "Staffordshire")
    #expect(rate.verdict == .supported, "\(rate.message)")
    // An area given that the text does not open on with another stays as it is.
    #expect(Pipeline.real.check("Kent and Surrey police said so.", published: "2020-11-05", area: "Essex")
      .extracted.mainArea == "Essex")
  }

  /// The national average a local rate is compared with does not make the nation the
  /// paragraph's area: "The figure was up from 1,496" after it is Essex's, and its rise right.
  @Test func aNationalComparisonLeavesTheAreaAsItWas() throws {
    let text = """
      There were 1,596 registered sex offenders living in Essex in March 2020.

      That is 99 offenders for every 100,000 people aged 10 and over, below the average of 119 across England and Wales.

      The figure was up from 1,496 the year before, a rise of seven per cent.
      """
    let report = Pipeline.real.check(text, published: "2020-11-05")
    let rise = try #require(report.finding("seven per cent"))
    #expect(rise.claim.area == "Essex")
    #expect(rise.verdict == .supported, "\(rise.message)")
    #expect(report.finding("1,496")?.claim.area == "Essex")
    #expect(report.finding("119")?.claim.area == "England and Wales")
  }

  /// Of two areas as near, the one in the number's own clause: "the rate across England and
  /// Wales was 119 per 100,000, while Essex's was 99" (the tie went to Essex, and 119 was
  /// called wrong).
  @Test func anAreaPastACommaIsFarther() throws {
    let report = Pipeline.real.check(
      "In 2019-20 the rate across England and Wales was 119 per 100,000, while Essex's was 99.", published: "2020-11-05")
    let rate = try #require(report.finding("119 per 100,000"))
    #expect(rate.claim.area == "England and Wales")
    #expect(rate.verdict == .supported, "\(rate.message)")
  }

  /// "20 fewer per 100,000 than the national figure" is a difference of rates, not a rate of 20.
  @Test func aDifferenceOfRatesIsNoRate() throws {
    let report = Pipeline.real.check(
      "Essex had 99 registered sex offenders per 100,000 people in 2019-20. That is 20 fewer per 100,000 than the national figure of 119.",
      published: "2020-11-05")
    #expect(report.checked?.allSatisfy { $0.verdict != .contradicted } == true, "\(report.findings.map { $0.claim.message })")
    #expect(report.findings.allSatisfy { !$0.text.hasPrefix("20") })
  }

  @Test func nationalAreaNeverCounts() {
    #expect(mainArea("Across England and Wales, and in England and Wales again, Kent stood out.") == "Kent")
    #expect(mainArea("Nothing about any place.") == nil)
  }
}
