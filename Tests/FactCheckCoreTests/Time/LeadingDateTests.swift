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

  @Test(arguments: ["2020-13", "2020-00", "2020-1", "2020-111", "2020-11-", "2020-11-31", "20201105", "Nov 2020", ""])
  func refuses(raw: String) {
    #expect(CalendarDate.leading(raw) == nil)
  }
}
