import FactCheckCore
import Testing

/// A count in a local story, for which the area has no figure, that is exactly the national
/// figure is read as national and supported; one that is only near it stays unverifiable, with
/// the national figure noted. (England and Wales: 1,905 cautions or convictions for
/// notification breaches in 2021-22; Bedfordshire has none in the dataset.)
@Suite struct NationalMatchTests {
  static func story(_ n: String) -> String {
    "New figures for Bedfordshire were published on Thursday. Offenders were cautioned or convicted \(n) times for breaching their notification requirements in 2021-22."
  }

  @Test func exactlyTheNationalFigureIsReadAsNational() throws {
    let report = Pipeline.real.check(Self.story("1,905"), published: "2023-12-29")
    let claim = try #require(report.finding("1,905 times"), "\(report.findings.map(\.text))")
    #expect(claim.verdict == .supported)
    #expect(claim.claim.area == "England and Wales")
    #expect(claim.reason == nil)
    #expect(claim.notes.contains { $0.hasPrefix("read as the England and Wales figure") })
  }

  @Test func nearTheNationalFigureStaysUnverifiableWithItNoted() throws {
    let report = Pipeline.real.check(Self.story("1,950"), published: "2023-12-29")
    let claim = try #require(report.finding("1,950 times"))
    #expect(claim.verdict == .unverifiable)
    #expect(claim.claim.area == "Bedfordshire")
    #expect(claim.notes.contains("if the England and Wales figure is meant: it is 1,905 for 2021-22"))
  }

  /// "more than 1,905" equals the national figure in value only: the local claim stands,
  /// unverifiable, and is not called wrong against the national figure.
  @Test(arguments: ["more than 1,905", "fewer than 1,905"])
  func aBoundAtTheNationalFigureIsNotJudgedAgainstIt(n: String) throws {
    let report = Pipeline.real.check(Self.story(n), published: "2023-12-29")
    let claim = try #require(report.finding("\(n) times"))
    #expect(claim.verdict == .unverifiable)
    #expect(claim.claim.area == "Bedfordshire")
  }

  /// Far above the area's own figure, for a year the dataset has no national figure for: still
  /// unverifiable, with the national figure of the nearest year noted when it is of the same
  /// size. (West Midlands: 46 in 2020-21; England and Wales: none for 2020-21, 2,559 for
  /// 2019-20.)
  @Test(arguments: [("2,500", true), ("9,000", false)])
  func farAboveTheAreaNotesANationalFigureOfItsSize(n: String, noted: Bool) throws {
    let report = Pipeline.real.check(
      "In 2020-21 offenders were cautioned or convicted more than \(n) times for breaching their notification requirements, with 46 of the breaches logged in the West Midlands.",
      published: "2021-11-04")
    let claim = try #require(report.finding("more than \(n) times"), "\(report.findings.map(\.text))")
    #expect(claim.verdict == .unverifiable)
    let note = "of the size of the England and Wales figure (2,559 in 2019-20; the dataset has none for 2020-21): a national number?"
    #expect(claim.notes.contains(note) == noted, "\(claim.notes)")
  }

  /// Named in the sentence, the area stands: no national reading.
  @Test func aNamedAreaIsNotReadAsNational() throws {
    let report = Pipeline.real.check(
      "In Bedfordshire, offenders were cautioned or convicted 1,905 times for breaching their notification requirements in 2021-22.",
      published: "2023-12-29")
    let claim = try #require(report.finding("1,905 times"))
    #expect(claim.verdict == .unverifiable)
    #expect(claim.claim.area == "Bedfordshire")
  }
}

/// A period after everything the dataset holds (an undated draft judged as of a later day):
/// the message says where the figures end. A period inside its range only says none is there.
@Suite struct PeriodBeyondTheDataTests {
  @Test func theMessageNamesTheNewestPeriod() throws {
    let newest = try #require(Pipeline.real.corpus.datasets.first?.periods.last)
    let report = Pipeline.real.check("There are 1,596 registered sex offenders in Essex, new figures show.", published: "2031-11-05")
    let claim = try #require(report.finding("1,596"))
    #expect(claim.verdict == .unverifiable)
    #expect(claim.message.hasSuffix(": the dataset's newest figures are for \(newest)"), "\(claim.message)")
  }

  @Test func aPeriodInsideTheDataSaysNoMore() throws {
    let report = Pipeline.real.check("There were 1,596 registered sex offenders in Suffolk in 2012-13.", published: "2020-11-05")
    let claim = try #require(report.finding("1,596"))
    #expect(claim.reason == .noFigure, "\(claim.message)")
    #expect(!claim.message.contains("newest"))
  }
}
