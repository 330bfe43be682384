import FactCheckCore
import Testing

/// "Twice" and "N times" with no comparison after them count occasions. They are a claim only
/// about a measure whose rule takes `occasions` (one that counts events), and are otherwise
/// set aside, not read as a ratio or as a count of people.
@Suite struct OccasionsTests {
  @Test(arguments: [
    ("Registered sex offenders in Essex breached their orders three times in 2019-20.", "three times"),
    ("One registered sex offender in Essex breached the order twice in the same month.", "twice"),
    ("Police visit registered sex offenders in Essex twice a year.", "twice"),
    // A measure that takes occasions still does not take "twice": one person's story, a
    // frequency, or a multiple whose comparison is out of sight (Essex: 3 at level 3).
    ("In Essex, a man was managed at level three twice during 2019-20.", "twice"),
    ("In Essex, offenders managed at level three in 2019-20 were reviewed twice a week.", "twice"),
    ("In Essex, the number managed at level three in 2019-20 was twice its 2015 level.", "twice"),
    ("In Essex, offenders managed at level two in 2019-20 were visited three times a month.", "three times"),
    ("In Essex, the number managed at level three in 2019-20 was thrice their number in 2012.", "thrice"),
  ])
  func aCountOfOccasionsNearAMeasureOfPeopleIsSetAside(sentence: String, number: String) throws {
    let report = Pipeline.real.check(sentence, published: "2020-11-05")
    #expect(report.finding(number) == nil, "\(report.findings.map(\.text))")
    let ignored = try #require(NonProseNumberTests.setAside(report, number), "not set aside: \(report.extracted.ignored)")
    #expect(["a count of occasions", "a frequency"].contains(ignored.reason), "\(ignored.reason)")
    #expect(ignored.form == .occasions)
  }

  /// Cautions and convictions are events: "cautioned or convicted 2,559 times" is the
  /// national figure for 2019-20 (and 25 times would contradict it).
  @Test func aMeasureOfEventsTakesOccasions() throws {
    let right = Pipeline.real.check(
      "Across England and Wales, offenders on the register were cautioned or convicted 2,559 times in 2019-20.",
      published: "2020-11-05")
    let found = try #require(right.finding("2,559 times"))
    #expect(found.verdict == .supported)
    #expect(found.claim.measure == "rso_breach_notification_cautioned_convicted")
    let wrong = Pipeline.real.check(
      "Across England and Wales, offenders on the register were cautioned or convicted 2,859 times in 2019-20.",
      published: "2020-11-05")
    #expect(wrong.finding("2,859 times")?.verdict == .contradicted)
  }

  /// A comparison after the word keeps it a ratio: still reported as one that is not checked.
  @Test(arguments: ["twice as many", "twice the number of", "three times as many"])
  func aComparisonStaysARatio(words: String) throws {
    let report = Pipeline.real.check(
      "Essex has \(words) registered sex offenders as Suffolk, figures for 2019-20 show.",
      published: "2020-11-05")
    let span = words.hasPrefix("three") ? "three times" : "twice"
    let ratio = try #require(report.finding(span), "\(report.extracted.ignored)")
    #expect(ratio.claim.kind == .ratio)
    #expect(ratio.verdict == .unverifiable)
  }
}
