@testable import FactCheckCore
import Testing

/// `CellCheck.level` reads its figure straight from the check's own lookup, and asks
/// `lookup()` only on a miss: on every cell (filled, empty, revised, not yet released, an
/// unknown or empty period, non-ASCII areas) it must judge as it did through `lookup()`'s
/// result: a miss with that lookup's reason and message, then the implausibility test; a
/// figure found, judged against that very figure.
@Suite struct LevelLookupTests {
  private static func row(_ measure: String, _ area: String, _ period: String, _ value: Double,
                          published: String? = "2019-02") -> FigureRow {
    FigureRow(period: period, area: area, measure: measure, value: value,
              source: Source(url: "https://example.org/\(measure)/\(area)/\(period)", published: published,
                             kind: .official))
  }

  private static let corpus = StatCorpus(datasets: [
    Dataset(
      id: "d", title: "T", publisher: "P", licence: "L", homeURL: "https://example.org",
      periodType: .calendarYear,
      release: ReleaseSchedule(monthsAfterPeriodEnd: 3, day: .init("1")!),
      measures: [
        Measure(id: "count", label: "Things", unit: .count, timing: .stock, definition: ""),
        Measure(id: "rate", label: "Rate of things", unit: .rate(base: 1000), timing: .flow, definition: ""),
        Measure(id: "share", label: "Ærø share", unit: .percent, timing: .stock, definition: ""),
        Measure(id: "none", label: "Nothing", unit: .count, timing: .stock, definition: ""),
      ],
      gazetteer: Gazetteer(areas: [
        Area(name: "England and Wales", isNational: true),
        Area(name: "Kent", aliases: ["Kent Police"]),
        Area(name: "Ærø"),
      ]),
      rows: [
        row("count", "Kent", "2018", 1596), row("count", "Kent", "2018", 1600, published: "2020-05"),
        row("count", "Kent", "2019", 1700, published: "2020-04"), row("count", "Ærø", "2018", 7),
        row("count", "England and Wales", "2018", 68_357), row("rate", "Kent", "2018", 99),
        row("rate", "Ærø", "2019", 4.75, published: nil), row("share", "Kent", "2018", 12.5),
      ]),
  ])

  @Test func levelJudgesAsThroughLookup() {
    let data = Self.corpus.datasets[0]
    let dates = [CalendarDate(year: 2019, month: 2, day: 1), CalendarDate(year: 2020, month: 4, day: 20),
                 CalendarDate(year: 2021, month: 1, day: 1), CalendarDate(year: 2016, month: 1, day: 1)]
    var misses = 0, found = 0
    for m in data.measures.indices {
      for area in ["Kent", "Kent Police", "Ærø", "England and Wales"] {
        let entry = data.areaEntry(area)!
        for period in ["2017", "2018", "2019", "", "20x8", "２０１８"] {
          for asOf in dates {
            for value in [1596.0, 7, 99, 0, 5_000_000] {
              let range = SourceRange(start: 0, end: 5)
              let claim = Claim(range: range, expression: NumericExpression(range: range, value: value, form: .number),
                                kind: .count, measure: data.measures[m].id, area: area, period: period)
              let check = CellCheck(corpus: Self.corpus, location: MeasureLocation(dataset: 0, measure: m),
                                    area: area, canonicalArea: entry.name, areaEntry: entry.index,
                                    period: period, asOf: asOf, text: "1,596 things")
              let start = CheckedClaim(unchecked: claim, claimed: .exactly(value))
              var out = start
              check.level(&out)
              switch check.lookup() {
              case .failure(let miss):
                misses += 1
                var expected = start
                check.miss(&expected, miss)
                check.implausibleLevel(&expected)
                #expect(out == expected)
              case .success(let figure):
                found += 1
                #expect(out.evidence?.value == figure.value)
                #expect(out.evidence?.sourceURL == figure.source.url)
                #expect(out.verdict != .unverifiable || out.reason != nil)
              }
            }
          }
        }
      }
    }
    // Both paths were taken.
    #expect(misses > 0 && found > 0)
  }
}
