import FactCheckCore
import Testing

@Suite struct FigureCellTests {
  private func row(_ value: Double, _ published: String?) -> FigureRow {
    FigureRow(
      period: "2018-19", area: "A", measure: "m", value: value,
      source: Source(url: "u\(value)", published: published, kind: .official))
  }
  private let release = CalendarDate(iso: "2019-10-31")

  @Test func earliestSourceIsTheFirstReleaseAndLaterValuesAreRevisions() {
    let cell = FigureCell(rows: [row(787, "2024-11"), row(802, "2019-10-31")], releaseDate: release)
    #expect(cell.versions.map(\.value) == [802, 787])
    #expect(cell.versions.map { $0.effective?.description } == ["2019-10-31", "2024-11-01"])
  }

  @Test func undatedRowsBelongToTheFirstRelease() {
    let cell = FigureCell(rows: [row(5, "2020"), row(4, nil)], releaseDate: release)
    #expect(cell.versions.map(\.value) == [4, 5])
    #expect(cell.versions.first?.effective == release)
  }

  @Test func sameValueLaterIsAConfirmationNotARevision() {
    let cell = FigureCell(rows: [row(417, "2013-10"), row(417, "2024-11")], releaseDate: release)
    #expect(cell.versions.count == 1)
  }

  @Test func revisionDatedBeforeTheReleaseTakesEffectOnTheReleaseDay() {
    let cell = FigureCell(rows: [row(1, nil), row(2, "2019")], releaseDate: release)
    #expect(cell.versions.last?.effective == release)
  }

  @Test func conflictsNeedTheSameSourceDate() {
    let rows = [row(1, "2019-11"), row(2, "2019-11"), row(3, "2019-12"), row(1, "2019-11")]
    #expect(FigureCell.conflicts(in: rows).map { [$0.first, $0.second] } == [[0, 1]])
  }

  @Test func versionInForce() {
    let cell = FigureCell(rows: [row(802, "2019-10-31"), row(787, "2024-11")], releaseDate: release)
    #expect(cell.versionIndex(asOf: CalendarDate(iso: "2019-10-30")) == nil)
    #expect(cell.versionIndex(asOf: CalendarDate(iso: "2024-10-31")) == 0)
    #expect(cell.versionIndex(asOf: nil) == 1)
  }
}

@Suite struct NumberTextTests {
  @Test(arguments: [
    (1596.0, nil as Int?, false, "1,596"), (6.6844, 1, true, "+6.7"), (-3.0, nil, false, "−3"),
    (100000, nil, false, "100,000"), (0.04, 1, true, "0.0"), (704.2, 0, false, "704"),
    // Digit grouping at each length around a comma.
    (0, nil, false, "0"), (7, nil, false, "7"), (999, nil, false, "999"), (1000, nil, false, "1,000"),
    (12345, nil, false, "12,345"), (999_999, nil, false, "999,999"), (1_000_000, nil, false, "1,000,000"),
    (-1234567.25, 2, false, "−1,234,567.25"), (9_007_199_254_740_991, nil, false, "9,007,199,254,740,991"),
  ])
  func formats(value: Double, decimals: Int?, signed: Bool, expected: String) {
    #expect(NumberText.format(value, decimals: decimals, signed: signed) == expected)
  }
}

@Suite struct GazetteerTests {
  let g = Gazetteer(areas: [
    Area(name: "West Yorkshire", forces: ["West Yorkshire Police"], cities: ["Leeds"]),
    Area(name: "Teesside", aliases: ["Cleveland"]),
    Area(name: "England and Wales", isNational: true),
  ])

  @Test func lookupIgnoresCaseAndSpacing() {
    #expect(g.lookup("west  YORKSHIRE")?.confidence == .name)
    #expect(g.lookup("west yorkshire police")?.confidence == .alias)
    #expect(g.lookup("Leeds")?.confidence == .city)
    #expect(g.lookup("Cleveland")?.area.name == "Teesside")
    #expect(g.lookup("York") == nil)
    #expect(g.areas.count == 2 && g.national?.name == "England and Wales")
  }

  @Test func namesLongestFirst() {
    #expect(g.names.first?.name == "West Yorkshire Police")
    #expect(g.names.last?.name == "Leeds")
  }

  @Test func collisionsAcrossAreas() {
    let c = Gazetteer.collisions(in: [Area(name: "A", cities: ["X"]), Area(name: "B", aliases: ["x"])])
    #expect(c.map(\.name) == ["x"])
  }
}
