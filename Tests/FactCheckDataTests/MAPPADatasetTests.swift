import FactCheckCore
import FactCheckData
import Testing

@Suite struct MAPPADatasetTests {
  let mappa: Dataset

  init() throws {
    mappa = try #require(try DatasetLoader.loadCorpus(Paths.corpus).dataset(id: "mappa"))
  }

  private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

  @Test func loadsEveryRowAndArea() {
    #expect(mappa.rows.count == 498)
    #expect(mappa.gazetteer.areas.count == 42)
    #expect(mappa.gazetteer.national?.name == "England and Wales")
    #expect(mappa.periodType == .financialYear)
  }

  @Test func essex2019_20IsPublishedWithItsSource() throws {
    let f = try #require(
      mappa.figure(measure: "category1_rso_total", area: "Essex", period: "2019-20", asOf: nil).figure)
    #expect(f.value == 1596)
    #expect(f.source.url.contains("clactonandfrintongazette"))
    #expect(f.source.published == "2020-11")
    #expect(f.source.kind == .secondaryNews)
    #expect(f.releaseDate == day("2020-10-29"))
    #expect(f.revisions.isEmpty && f.superseded == false)
  }

  @Test func durhamShowsTheFirstReleaseThenTheRevision() throws {
    let then = try #require(
      mappa.figure(measure: "category1_rso_total", area: "Durham", period: "2018-19",
        asOf: day("2019-11-15")).figure)
    #expect(then.value == 802)
    #expect(then.effective == day("2019-10-31"))
    #expect(then.revisions.map(\.value) == [787])
    #expect(then.revisions.first?.effective == day("2024-11-01"))
    #expect(then.superseded == true)
    let now = try #require(
      mappa.figure(measure: "category1_rso_total", area: "County Durham", period: "2018-19", asOf: nil).figure)
    #expect(now.value == 787)
    #expect(now.previous.map(\.value) == [802])
  }

  @Test func beforeTheReleaseDayIsNotYetPublished() {
    let lookup = mappa.figure(
      measure: "category1_rso_total", area: "Durham", period: "2018-19", asOf: day("2019-10-30"))
    #expect(lookup == .notYetPublished(release: day("2019-10-31")))
  }

  @Test func missingCellsDifferFromUnknownNames() {
    #expect(mappa.figure(measure: "category1_rso_total", area: "Kent", period: "2019-20", asOf: nil) == .noFigure)
    #expect(mappa.figure(measure: "nope", area: "Kent", period: "2019-20", asOf: nil) == .unknownMeasure)
    #expect(mappa.figure(measure: "category1_rso_total", area: "Atlantis", period: "2019-20", asOf: nil) == .unknownArea)
  }

  @Test func conflictingNationalFiguresKeepTheirFlags() throws {
    let f = try #require(mappa.nationalFigure(measure: "category1_rso_total", period: "2018-19", asOf: nil))
    #expect(f.value == 59742)
    #expect(f.source.flags == ["conflicting_release"])
    #expect(f.previous.first?.source.flags == ["period_inferred", "conflicting_release"])
  }

  @Test func releaseCalendar() {
    #expect(mappa.releaseDate(of: "2018-19") == day("2019-10-31"))
    #expect(mappa.releaseDate(of: "2019-20") == day("2020-10-29"))
    #expect(mappa.releaseDate(of: "2022-23") == day("2023-10-26"))
    #expect(mappa.latestPublishedPeriod(asOf: day("2020-10-28")) == "2018-19")
    #expect(mappa.latestPublishedPeriod(asOf: day("2020-10-29")) == "2019-20")
    #expect(mappa.period(containing: day("2020-03-31")) == "2019-20")
    #expect(mappa.period("2019-20", shiftedBy: -1) == "2018-19")
    #expect(mappa.periodEnd("2019-20") == day("2020-03-31"))
  }

  @Test func derivationsKeepTheirArithmetic() throws {
    let change = try #require(
      mappa.percentChange(measure: "category1_rso_total", area: "Essex", from: "2018-19", to: "2019-20", asOf: nil))
    #expect(change.arithmetic == "1,596 / 1,496 − 1 = +6.7%")
    #expect(change.inputs.map(\.value) == [1496, 1596])
    let oneIn = try #require(mappa.oneInN(fromRateOf: "Durham", period: "2018-19", asOf: nil))
    #expect(oneIn.arithmetic == "100,000 / 142 = 1 in 704")
  }

  @Test func areasResolveFromAliasesWithConfidence() {
    #expect(mappa.gazetteer.lookup("cleveland")?.area.name == "Teesside")
    #expect(mappa.gazetteer.lookup("Essex Police")?.confidence == .alias)
    #expect(mappa.gazetteer.lookup("LEEDS")?.confidence == .city)
    #expect(mappa.gazetteer.lookup("Essex")?.confidence == .name)
    let names = mappa.gazetteer.names
    #expect(names.first.map { $0.name.count } == names.map { $0.name.count }.max())
  }

  @Test func rankAmongAreas() throws {
    let r = try #require(mappa.rank(measure: "rso_per_100k", area: "Teesside", period: "2018-19", asOf: nil))
    #expect(r.rank == 1)
  }
}
