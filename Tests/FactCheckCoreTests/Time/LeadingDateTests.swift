import FactCheckCore
import Testing

/// `CalendarDate.leading`: the date a publication field starts with, and whether it names the
/// day. A month alone is its first day.
@Suite struct LeadingDateTests {
  @Test(arguments: [
    ("2020-11-05", "2020-11-05", true),
    ("2020-11-05T09:30:00Z", "2020-11-05", true),
    ("2020-11", "2020-11-01", false),
    ("2020-11 (inferred: not stated on the page)", "2020-11-01", false),
    ("2021-02, estimated", "2021-02-01", false),
  ])
  func reads(raw: String, date: String, dayGiven: Bool) throws {
    let read = try #require(CalendarDate.leading(raw))
    #expect(read.date.description == date)
    #expect(read.dayGiven == dayGiven)
  }

  /// The last day a date without its day may stand for: its month's, or a range's.
  @Test(arguments: [
    ("2020-11", "2020-11-30"),
    ("2020-02 (inferred)", "2020-02-29"),
    ("2017-10/11 (inferred: not stated)", "2017-11-30"),
    ("2014-10/11", "2014-11-30"),
    ("2017-12/01", "2018-01-31"),
    ("2017-10/13", "2017-10-31"),
    ("2017-10/112", "2017-10-31"),
  ])
  func lastDay(raw: String, last: String) throws {
    let day = try #require(CalendarDate.lastDay(raw))
    #expect(day.description == last)
  }

  @Test(arguments: ["2020-11-05", "2020-11-05T09:30:00Z", "Nov 2020", ""])
  func noLastDayWhenTheDayIsGivenOrNoDateIsRead(raw: String) {
    #expect(CalendarDate.lastDay(raw) == nil)
  }

  @Test(arguments: ["2020-13", "2020-00", "2020-1", "2020-111", "2020-11-", "2020-11-31", "20201105", "Nov 2020", ""])
  func refuses(raw: String) {
    #expect(CalendarDate.leading(raw) == nil)
  }
}
