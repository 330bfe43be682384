import FactCheckCore
import FactCheckData
import Testing

/// The made-up school exclusions fixture, loaded by the same code as MAPPA.
@Suite struct FixtureDatasetTests {
  let data: Dataset

  init() throws { data = try DatasetLoader.load(Paths.fixture) }

  private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

  @Test func academicYearsAndAJulyRelease() {
    #expect(data.periodType == .academicYear)
    #expect(data.periods == ["2020/21", "2021/22"])
    #expect(data.releaseDate(of: "2021/22") == day("2023-07-20"))
    #expect(data.period(containing: day("2022-09-01")) == "2022/23")
    #expect(data.periodEnd("2021/22") == day("2022-08-31"))
    #expect(data.latestPublishedPeriod(asOf: day("2023-07-19")) == "2020/21")
  }

  @Test func provisionalFigureThenRevision() throws {
    let first = try #require(
      data.figure(measure: "permanent_exclusions", area: "Northshire", period: "2021/22", asOf: day("2023-08-01")).figure)
    #expect(first.value == 150)
    #expect(first.source.flags == ["provisional"])
    #expect(first.revisions.map(\.effective) == [day("2024-07-18")])
    let latest = data.figure(measure: "permanent_exclusions", area: "north shire", period: "2021/22", asOf: nil)
    #expect(latest.figure?.value == 156)
  }

  @Test func undatedRowBelongsToTheFirstRelease() {
    let early = data.figure(measure: "permanent_exclusions", area: "Southvale", period: "2021/22", asOf: day("2023-07-20"))
    #expect(early.figure?.value == 90)
    #expect(early.figure?.effective == day("2023-07-20"))
    let before = data.figure(measure: "permanent_exclusions", area: "Southvale", period: "2021/22", asOf: day("2023-07-19"))
    #expect(before == .notYetPublished(release: day("2023-07-20")))
  }

  @Test func derivations() throws {
    let change = try #require(
      data.percentChange(measure: "permanent_exclusions", area: "Northshire", from: "2020/21", to: "2021/22", asOf: nil))
    #expect(change.arithmetic == "156 / 120 − 1 = +30.0%")
    let oneIn = try #require(data.oneInN(fromRateOf: "Northshire", period: "2021/22", asOf: nil))
    #expect(oneIn.arithmetic == "10,000 / 10 = 1 in 1,000")
    let share = try #require(
      data.share(measure: "permanent_exclusions", of: "pupils_on_roll", area: "Northshire", period: "2020/21", asOf: nil))
    #expect(share.arithmetic == "120 / 150,000 = 0.1%")
    let sum = try #require(data.sumOfAreas(measure: "permanent_exclusions", period: "2020/21", asOf: nil))
    #expect(sum.value == data.nationalFigure(measure: "permanent_exclusions", period: "2020/21", asOf: nil)?.value)
    #expect(data.figures(measure: "permanent_exclusions", period: "2020/21", asOf: nil).count == 3)
    #expect(data.series(measure: "permanent_exclusions", area: "Northshire", asOf: nil).map(\.value) == [120, 156])
  }

  @Test func cityNameIsWeakerEvidence() {
    #expect(data.gazetteer.lookup("Northam")?.confidence == .city)
    #expect(data.gazetteer.lookup("Northam")?.area.name == "Northshire")
  }
}
