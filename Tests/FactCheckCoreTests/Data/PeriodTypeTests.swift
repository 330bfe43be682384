import FactCheckCore
import Testing

@Suite struct PeriodTypeTests {
  @Test(arguments: [
    (PeriodType.financialYear, "2019-20", "2019-04-01", "2020-03-31"),
    (.academicYear, "2019/20", "2019-09-01", "2020-08-31"),
    (.calendarYear, "2019", "2019-01-01", "2019-12-31"),
    (.month, "2024-02", "2024-02-01", "2024-02-29"),
  ])
  func boundsAndRoundTrip(type: PeriodType, label: String, start: String, end: String) throws {
    let ordinal = try #require(type.ordinal(of: label))
    #expect(type.label(ordinal: ordinal) == label)
    #expect(type.start(ordinal: ordinal).description == start)
    #expect(type.end(ordinal: ordinal).description == end)
    #expect(type.ordinal(containing: CalendarDate(iso: end)!) == ordinal)
    #expect(type.ordinal(containing: CalendarDate(iso: start)!) == ordinal)
  }

  @Test(arguments: ["2019-21", "2019/20", "19-20", "2019-2020", ""])
  func rejectsMalformedFinancialYears(text: String) {
    #expect(PeriodType.financialYear.ordinal(of: text) == nil)
  }

  @Test func centuryRollover() {
    #expect(PeriodType.financialYear.ordinal(of: "1999-00") == 1999)
    #expect(PeriodType.financialYear.label(ordinal: 1999) == "1999-00")
  }
}

@Suite struct ReleaseScheduleTests {
  @Test func lastThursdayOfOctober() {
    let s = ReleaseSchedule(monthsAfterPeriodEnd: 7, day: ReleaseSchedule.Day("last thursday")!)
    let end = { (y: Int) in CalendarDate(year: y, month: 3, day: 31) }
    #expect(s.releaseDate(periodEnd: end(2019)).description == "2019-10-31")
    #expect(s.releaseDate(periodEnd: end(2020)).description == "2020-10-29")
    #expect(s.releaseDate(periodEnd: end(2023)).description == "2023-10-26")
  }

  @Test func nthWeekdayAndFixedDays() {
    let end = CalendarDate(year: 2022, month: 8, day: 31)
    let third = ReleaseSchedule(monthsAfterPeriodEnd: 11, day: .init("Third Thursday")!)
    #expect(third.releaseDate(periodEnd: end).description == "2023-07-20")
    let fixed = ReleaseSchedule(monthsAfterPeriodEnd: 6, day: .init("31")!)
    #expect(fixed.releaseDate(periodEnd: end).description == "2023-02-28")
    #expect(ReleaseSchedule.Day("fifth friday") == nil)
  }
}
