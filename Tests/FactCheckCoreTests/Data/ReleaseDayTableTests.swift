@testable import FactCheckCore
import Testing

/// `Dataset.releaseDate(ordinal:)` reads release days from a table made when the dataset is
/// (and when its period type or release calendar changes); it must give what the calendar
/// works out, for every period of the table, next to its ends and far outside it.
@Suite struct ReleaseDayTableTests {
  static func dataset(_ type: PeriodType, _ release: ReleaseSchedule?) -> Dataset {
    Dataset(
      id: "d", title: "T", publisher: "P", licence: "L", homeURL: "https://example.org",
      periodType: type, release: release,
      measures: [Measure(id: "m", label: "Things", unit: .count, timing: .stock, definition: "")],
      gazetteer: Gazetteer(areas: [Area(name: "Kent")]),
      rows: [FigureRow(period: "2019", area: "Kent", measure: "m", value: 1,
                       source: Source(url: "https://example.org", published: "2020-05", kind: .official))])
  }

  static let schedules: [ReleaseSchedule?] = [
    nil, ReleaseSchedule(monthsAfterPeriodEnd: 3, day: .init("1")!),
    ReleaseSchedule(monthsAfterPeriodEnd: 7, day: .init("last thursday")!),
    ReleaseSchedule(monthsAfterPeriodEnd: 0, day: .init("31")!),
    ReleaseSchedule(monthsAfterPeriodEnd: 14, day: .init("second tuesday")!),
  ]

  static func expectTableMatches(_ d: Dataset, _ note: String) {
    let per = d.periodType.periodsPerYear
    let first = PeriodType.tableFirstYear * per
    let end = first + PeriodType.tableYears * per
    for ordinal in Array((first - 3 * per)...(end + 3 * per)) + [1000 * per, 9999 * per, 20_000 * per] {
      #expect(d.releaseDate(ordinal: ordinal) == d.workedOutReleaseDate(ordinal: ordinal), "\(note) \(ordinal)")
    }
  }

  @Test(arguments: PeriodType.allCases)
  func tableGivesTheCalendarsDays(type: PeriodType) {
    for (i, schedule) in Self.schedules.enumerated() {
      var d = Self.dataset(type, schedule)
      Self.expectTableMatches(d, "\(type) \(i)")
      #expect(d.releaseDays.count == (schedule == nil ? 0 : PeriodType.tableYears * type.periodsPerYear))
      // Changed afterwards, the table follows.
      d.release = Self.schedules[(i + 1) % Self.schedules.count]
      Self.expectTableMatches(d, "\(type) \(i) release changed")
      d.periodType = PeriodType.allCases[(PeriodType.allCases.firstIndex(of: type)! + 1) % PeriodType.allCases.count]
      Self.expectTableMatches(d, "\(type) \(i) type changed")
    }
  }

  @Test func aReleaseDayIsThere() {
    let d = Self.dataset(.calendarYear, Self.schedules[1])
    #expect(d.releaseDate(of: "2019") == CalendarDate(iso: "2020-03-01"))
    #expect(d.releaseDate(of: "1899") == CalendarDate(iso: "1900-03-01"))
  }
}
