@testable import FactCheckCore
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

/// `label(ordinal:)` reads a table or writes four-digit years straight into bytes; `generalLabel` is the
/// interpolated form it must equal, for every type and for ordinals inside and outside the
/// fast range (negative, past 9999, both ends of it).
@Suite struct PeriodLabelFastPathTests {
  static let ordinals: [Int] = Array(-30...130) + Array(1990...2030) + [999, 1000, 9998, 9999, 10_000, 12_345]
    + Array((9999 * 12 - 3)...(9999 * 12 + 14)) + Array((2019 * 12)...(2021 * 12)) + [-1_000_000, Int(Int32.max)]

  @Test(arguments: PeriodType.allCases)
  func fastLabelsEqualTheGeneralForm(type: PeriodType) {
    for ordinal in Self.ordinals {
      #expect(type.label(ordinal: ordinal) == type.generalLabel(ordinal: ordinal), "\(type) \(ordinal)")
    }
  }

  @Test(arguments: PeriodType.allCases)
  func canonicalOrdinalsReadBack(type: PeriodType) {
    for ordinal in Self.ordinals where type.isCanonical(ordinal: ordinal) {
      #expect(type.ordinal(of: type.label(ordinal: ordinal)) == ordinal, "\(type) \(ordinal)")
    }
    for ordinal in Self.ordinals where !type.isCanonical(ordinal: ordinal) {
      #expect(type.ordinal(of: type.label(ordinal: ordinal)) != ordinal, "\(type) \(ordinal)")
    }
  }

  /// The table `label(ordinal:)` reads for the years 1900 to 2199, at every period of it and
  /// next to both its ends (where labels are written out again).
  @Test(arguments: PeriodType.allCases)
  func tableLabelsEqualTheGeneralForm(type: PeriodType) {
    let per = type.periodsPerYear
    let first = PeriodType.tableFirstYear * per
    let end = first + PeriodType.tableYears * per
    #expect(first == 1900 * per && end == 2200 * per)
    for ordinal in (first - 2 * per - 1)...(end + 2 * per + 1) {
      #expect(type.label(ordinal: ordinal) == type.generalLabel(ordinal: ordinal), "\(type) \(ordinal)")
      #expect(type.label(ordinal: ordinal) == type.writtenLabel(ordinal: ordinal), "\(type) \(ordinal)")
    }
  }

  @Test func examples() {
    #expect(PeriodType.month.label(ordinal: 2024 * 12 + 2) == "2024-03")
    #expect(PeriodType.month.label(ordinal: 11) == "0000-12")
    #expect(PeriodType.academicYear.label(ordinal: 2009) == "2009/10")
    #expect(PeriodType.financialYear.label(ordinal: 7) == "0007-08")
    #expect(PeriodType.calendarYear.label(ordinal: 42) == "0042")
  }
}

/// `ordinal(of:)` reads the digits with unchecked arithmetic: it must read exactly what a plain
/// reading of the form does, on well-formed periods and on texts one byte off (the bytes next
/// to the digits, `/` 0x2F and `:` 0x3A, letters, spaces, bytes outside ASCII).
@Suite struct PeriodOrdinalReadingTests {
  static func plainDigits<S: Collection>(_ b: S) -> Int? where S.Element == UInt8 {
    guard b.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
    return b.reduce(0) { $0 * 10 + Int($1 - 0x30) }
  }

  static func reference(_ type: PeriodType, _ text: String) -> Int? {
    let b = Array(text.utf8)
    switch type {
    case .calendarYear:
      return b.count == 4 ? plainDigits(b) : nil
    case .month:
      guard b.count == 7, b[4] == UInt8(ascii: "-"), let y = plainDigits(b[0..<4]), let m = plainDigits(b[5..<7]),
        (1...12).contains(m) else { return nil }
      return y * 12 + m - 1
    case .financialYear, .academicYear:
      let separator = UInt8(ascii: type == .financialYear ? "-" : "/")
      guard b.count == 7, b[4] == separator, let y = plainDigits(b[0..<4]), let n = plainDigits(b[5..<7]),
        n == (y + 1) % 100 else { return nil }
      return y
    }
  }

  @Test func readsAsThePlainReading() {
    var texts = ["2019-20", "2019/20", "2019", "2024-03", "1999-00", "0000-01", "9999-00", "2019-21", "2024-13",
                 "2024-00", "", "201", "20190", "2019-2", "2019-200", "２019-20", "2019–20", "2019-20\n"]
    let swaps: [String] = ["/", ":", "-", "a", " ", "é", "0", "9", "\u{0}"]
    for base in ["2019-20", "2019/20", "2024-03", "2019"] {
      let chars = Array(base)
      for i in chars.indices {
        for s in swaps {
          var c = chars.map(String.init)
          c[i] = s
          texts.append(c.joined())
        }
      }
    }
    var readable = 0
    for type in PeriodType.allCases {
      for text in texts {
        let read = type.ordinal(of: text)
        #expect(read == Self.reference(type, text), "\(type) \(text)")
        if read != nil { readable += 1 }
      }
    }
    #expect(readable > 20)
  }
}
