@testable import FactCheckCore
import Testing

/// A lookup by measure index and area position (`Dataset.seriesTable`) must answer exactly as
/// the lookup by measure id and canonical name it stands in for, on every cell: filled,
/// empty, revised, not yet released, under a repeated measure id, for a period that does not
/// parse, after the measures, the gazetteer or the release schedule change.
@Suite struct SeriesTableTests {
  private static func row(_ measure: String, _ area: String, _ period: String, _ value: Double,
                          published: String? = "2019-02") -> FigureRow {
    FigureRow(period: period, area: area, measure: measure, value: value,
              source: Source(url: "https://example.org/\(area)/\(value)", published: published, kind: .official))
  }

  private static func dataset() -> Dataset {
    Dataset(
      id: "d", title: "T", publisher: "P", licence: "L", homeURL: "https://example.org",
      periodType: .calendarYear,
      release: ReleaseSchedule(monthsAfterPeriodEnd: 3, day: .init("1")!),
      measures: [
        Measure(id: "m", label: "Things", unit: .count, timing: .stock, definition: ""),
        Measure(id: "r", label: "Rate", unit: .rate(base: 1000), timing: .flow, definition: ""),
        Measure(id: "m", label: "Things again", unit: .percent, timing: .stock, definition: ""),
        Measure(id: "empty", label: "Nothing", unit: .count, timing: .stock, definition: ""),
      ],
      gazetteer: Gazetteer(areas: [
        Area(name: "England and Wales", isNational: true),
        Area(name: "Kent", aliases: ["Kent Police"]),
        Area(name: "Ærø"),
        Area(name: "Essex"),
        Area(name: "Kent"),
      ]),
      rows: [
        row("m", "Kent", "2018", 10), row("m", "Kent", "2018", 11, published: "2020-05"),
        row("m", "Kent", "2019", 12, published: "2020-04"), row("m", "Ærø", "2018", 7),
        row("m", "England and Wales", "2018", 900), row("m", "kent", "2017", 3),
        row("m", "Kent", "2018-19", 5), row("x", "Kent", "2018", 1), row("r", "Essex", "2017", 4.5),
        row("r", "Essex", "2019", 4.75, published: nil), row("m", "Nowhere", "2018", 2),
      ])
  }

  private static let periods = ["2017", "2018", "2019", "2020", "", "20x8", "2018-19", "２０１８", "9999"]
  private static let dates: [CalendarDate?] = [
    nil, CalendarDate(year: 2018, month: 6, day: 1), CalendarDate(year: 2019, month: 3, day: 31),
    CalendarDate(year: 2019, month: 4, day: 1), CalendarDate(year: 2020, month: 4, day: 30),
    CalendarDate(year: 2021, month: 1, day: 1),
  ]

  /// Every (measure, area position, period, date): the indexed lookup against the named one.
  private static func expectSame(_ data: Dataset) {
    var found = 0
    for m in data.measures.indices {
      for e in 0..<data.areaEntryCount {
        for period in periods {
          for asOf in dates {
            let byIndex = data.figure(measureIndex: m, areaEntry: e, period: period, asOf: asOf)
            let byName = data.figure(
              measure: data.measures[m].id, canonicalArea: data.areaName(entry: e), period: period, asOf: asOf)
            #expect(byIndex == byName, "\(data.measures[m].id) \(data.areaName(entry: e)) \(period) \(String(describing: asOf))")
            if byIndex.figure != nil { found += 1 }
          }
        }
        for asOf in dates {
          let series = data.series(measure: data.measures[m].id, area: data.areaName(entry: e), asOf: asOf)
          #expect(data.series(measureIndex: m, areaEntry: e, asOf: asOf) == series)
          // The first figure taken, made alone, is the series' first taken.
          let accepts: [(String, Double) -> Bool] = [
            { _, _ in true }, { _, _ in false }, { p, _ in p != "2018" }, { _, v in v > 5 },
            { p, v in p != "2017" && v == 12 },
          ]
          for accept in accepts {
            #expect(data.firstSeriesFigure(measureIndex: m, areaEntry: e, asOf: asOf, where: accept)
              == series.first { accept($0.period, $0.value) })
          }
        }
      }
    }
    // Not vacuous: some cells are found.
    #expect(found > 10)
  }

  /// An empty cell (`isEmptyCell`) gives no figure on any date, and a lookup with the
  /// period's ordinal worked out before answers as the one that works it out.
  @Test func emptyCellsAndOrdinalLookups() {
    let data = Self.dataset()
    var empty = 0, filled = 0
    for m in data.measures.indices {
      for e in 0..<data.areaEntryCount {
        for period in Self.periods {
          let ordinal = data.periodType.ordinal(of: period)
          let isEmpty = data.isEmptyCell(measureIndex: m, areaEntry: e, ordinal: ordinal)
          if isEmpty { empty += 1 } else { filled += 1 }
          for asOf in Self.dates {
            let plain = data.figure(measureIndex: m, areaEntry: e, period: period, asOf: asOf)
            #expect(data.figure(measureIndex: m, areaEntry: e, ordinal: ordinal, period: period, asOf: asOf) == plain)
            if isEmpty { #expect(plain.figure == nil, "\(m) \(e) \(period)") }
          }
        }
      }
    }
    #expect(empty > 10 && filled > 5)
  }

  @Test func indexedLookupsMatchNamedOnes() {
    Self.expectSame(Self.dataset())
  }

  @Test func theTableFollowsChangesToMeasuresAndGazetteer() {
    var data = Self.dataset()
    data.measures.reverse()
    Self.expectSame(data)
    data.measures.removeFirst()
    Self.expectSame(data)
    data.gazetteer = Gazetteer(areas: [Area(name: "Essex"), Area(name: "Kent"), Area(name: "Ærø")])
    Self.expectSame(data)
    // The series carry release days: a new schedule must reach them.
    let before = data
    data.release = ReleaseSchedule(monthsAfterPeriodEnd: 14, day: .init("last thursday")!)
    Self.expectSame(data)
    Self.expectSame(before)
    data.release = nil
    Self.expectSame(data)
    #expect(data.figure(measureIndex: data.measures.firstIndex { $0.id == "m" }!,
                        areaEntry: data.areaEntry(" KENT ")!.index, period: "2019", asOf: nil).figure?.value == 12)
  }

  @Test func areaEntriesNameTheCanonicalArea() {
    let data = Self.dataset()
    for name in ["Kent", "kent  police", "ærø", "Ærø", "England and Wales", "Essex", "", "Nowhere"] {
      let entry = data.areaEntry(name)
      #expect(entry?.name == data.gazetteer.canonicalName(name), "\(name)")
      if let entry { #expect(data.areaName(entry: entry.index) == entry.name) }
    }
  }

  /// A check's own lookups (by position) and the same lookups by name, through the verifier's
  /// `CellCheck`: the same figures and the same messages of a miss.
  @Test func cellCheckLookupsByPositionMatchByName() {
    let corpus = StatCorpus(datasets: [Self.dataset()])
    let data = corpus.datasets[0]
    for m in data.measures.indices {
      let location = MeasureLocation(dataset: 0, measure: m)
      for area in ["Kent", "Kent Police", "Ærø", "Essex", "England and Wales"] {
        let entry = data.areaEntry(area)!
        for period in Self.periods {
          for asOf in Self.dates.compactMap({ $0 }) {
            let check = CellCheck(corpus: corpus, location: location, area: area, canonicalArea: entry.name,
                                  areaEntry: entry.index, period: period, asOf: asOf, text: "1")
            let named = CellCheck(corpus: corpus, location: location, area: area, canonicalArea: entry.name,
                                  areaEntry: nil, period: period, asOf: asOf, text: "1")
            let a = check.lookup(), b = named.lookup()
            #expect(a.figure == b.figure)
            #expect(a.message == b.message)
            #expect(check.figure() == named.figure())
            #expect(check.nationalFigure() == named.figure(area: "England and Wales"))
            #expect(check.nationalFigure() == named.nationalFigure())
            #expect(check.nationalFigure() == check.figure(area: "England and Wales"))
            #expect(check.ownSeries() == named.ownSeries())
            #expect(check.ownSeries() == data.series(measure: data.measures[m].id, area: area, asOf: asOf))
            for i in data.measures.indices {
              #expect(check.figure(measureIndex: i) == named.figure(measureIndex: i))
              #expect(check.figure(measureIndex: i) == named.figure(data.measures[i].id))
              #expect(check.figure(measureIndex: i) == check.figure(data.measures[i].id))
            }
            // Another period than the check's own (a change's base period): not by its ordinal.
            for other in Self.periods {
              let a = check.lookup(period: other), b = named.lookup(period: other)
              #expect(a.figure == b.figure)
              #expect(a.message == b.message)
            }
          }
        }
      }
    }
  }
}

extension Result<Figure, CellCheck.Miss> {
  fileprivate var figure: Figure? { try? get() }
  fileprivate var message: String? {
    if case .failure(let miss) = self { return miss.message }
    return nil
  }
}
