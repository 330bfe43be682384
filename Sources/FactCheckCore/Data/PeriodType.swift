/// How a dataset labels its reporting periods.
///
/// Every period has an ordinal (an integer that grows by one per period) so periods can be
/// compared, shifted and mapped to dates without knowing which dataset they came from.
public enum PeriodType: String, Sendable, Hashable, Codable, CaseIterable {
  /// 1 April to 31 March, written `2019-20`.
  case financialYear = "financial_year"
  /// 1 January to 31 December, written `2019`.
  case calendarYear = "calendar_year"
  /// 1 September to 31 August, written `2019/20`.
  case academicYear = "academic_year"
  /// One calendar month, written `2024-03`.
  case month

  /// The written form, for messages: "YYYY-YY (e.g. 2019-20)".
  public var pattern: String {
    switch self {
    case .financialYear: "YYYY-YY, April to March (e.g. 2019-20)"
    case .calendarYear: "YYYY (e.g. 2019)"
    case .academicYear: "YYYY/YY, September to August (e.g. 2019/20)"
    case .month: "YYYY-MM (e.g. 2024-03)"
    }
  }

  /// Periods per year: 12 for months, 1 otherwise.
  public var periodsPerYear: Int { self == .month ? 12 : 1 }

  /// The month (1–12) a year-long period starts in.
  private var startMonth: Int {
    switch self {
    case .financialYear: 4
    case .academicYear: 9
    case .calendarYear, .month: 1
    }
  }

  /// The ordinal of a written period, or nil when it does not have this type's form. Only the
  /// canonical form is accepted, so `label(ordinal:)` of the result gives `period` back.
  public func ordinal(of period: String) -> Int? {
    // Read in place: the verifier asks several times per claim, and a copy each time showed.
    let utf8 = period.utf8
    if let ordinal = utf8.withContiguousStorageIfAvailable(ordinal(of:)) { return ordinal }
    return Array(utf8).withUnsafeBufferPointer(ordinal(of:))
  }

  private func ordinal(of c: UnsafeBufferPointer<UInt8>) -> Int? {
    switch self {
    case .calendarYear:
      return c.count == 4 ? digits(c[0..<4]) : nil
    case .month:
      guard c.count == 7, c[4] == UInt8(ascii: "-"), let y = digits(c[0..<4]),
        let m = digits(c[5..<7]), (1...12).contains(m)
      else { return nil }
      return y * 12 + m - 1
    case .financialYear, .academicYear:
      let separator = UInt8(ascii: self == .financialYear ? "-" : "/")
      guard c.count == 7, c[4] == separator, let y = digits(c[0..<4]), let next = digits(c[5..<7]),
        next == (y + 1) % 100
      else { return nil }
      return y
    }
  }

  /// The written form of an ordinal.
  ///
  /// Written straight into a small string when the year has four digits (every period a
  /// dataset or an article names): built by interpolation and padding, a label cost about
  /// 1,760 instructions, and claim resolution asks for one or more per sentence with a
  /// period (24 M instructions for 2,000 articles). Other years go the general way.
  ///
  /// The periods of the years 1900 to 2199 (all that articles and datasets name) are read from
  /// a table of labels made once per type: each label is a small string, and even written in
  /// place one cost about 240 instructions (extraction asks for 12,000 on 2,000 articles).
  public func label(ordinal: Int) -> String {
    let index = ordinal &- Self.tableFirstYear &* periodsPerYear
    if index >= 0, index < Self.tableYears &* periodsPerYear {
      switch self {
      case .financialYear: return Self.financialYearLabels[index]
      case .calendarYear: return Self.calendarYearLabels[index]
      case .academicYear: return Self.academicYearLabels[index]
      case .month: return Self.monthLabels[index]
      }
    }
    return writtenLabel(ordinal: ordinal)
  }

  /// The first year and the number of years `label(ordinal:)` reads from its tables.
  static var tableFirstYear: Int { 1900 }
  static var tableYears: Int { 300 }
  private static let financialYearLabels = labelTable(.financialYear)
  private static let calendarYearLabels = labelTable(.calendarYear)
  private static let academicYearLabels = labelTable(.academicYear)
  private static let monthLabels = labelTable(.month)

  /// `writtenLabel(ordinal:)` of each period of the table's years, in order.
  private static func labelTable(_ type: PeriodType) -> [String] {
    let first = tableFirstYear * type.periodsPerYear
    return (0..<tableYears * type.periodsPerYear).map { type.writtenLabel(ordinal: first + $0) }
  }

  /// `label(ordinal:)` written out, without the tables.
  func writtenLabel(ordinal: Int) -> String {
    guard isCanonical(ordinal: ordinal) else { return generalLabel(ordinal: ordinal) }
    switch self {
    case .calendarYear:
      return Self.ascii(4) { Self.writeDigits(ordinal, 4, to: $0) }
    case .month:
      return Self.ascii(7) {
        Self.writeDigits(ordinal / 12, 4, to: $0)
        $0[4] = UInt8(ascii: "-")
        Self.writeDigits(ordinal % 12 + 1, 2, to: $0 + 5)
      }
    case .financialYear, .academicYear:
      let separator = UInt8(ascii: self == .financialYear ? "-" : "/")
      return Self.ascii(7) {
        Self.writeDigits(ordinal, 4, to: $0)
        $0[4] = separator
        Self.writeDigits((ordinal + 1) % 100, 2, to: $0 + 5)
      }
    }
  }

  /// Whether `label(ordinal:)` is the canonical form of a period, the one `ordinal(of:)` reads
  /// back to `ordinal`: true for years 0 to 9999.
  func isCanonical(ordinal: Int) -> Bool {
    ordinal >= 0 && ordinal <= (self == .month ? 9999 * 12 + 11 : 9999)
  }

  /// A string of `count` ASCII bytes written by `write`.
  @inline(__always)
  private static func ascii(_ count: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Void) -> String {
    String(unsafeUninitializedCapacity: count) { buffer in
      write(buffer.baseAddress!)
      return count
    }
  }

  /// `n` (0 ≤ n < 10^width) as exactly `width` decimal digits, zero-padded.
  @inline(__always)
  private static func writeDigits(_ n: Int, _ width: Int, to p: UnsafeMutablePointer<UInt8>) {
    var n = n
    for i in stride(from: width - 1, through: 0, by: -1) {
      p[i] = UInt8(truncatingIfNeeded: n % 10) &+ UInt8(ascii: "0")
      n /= 10
    }
  }

  /// `label(ordinal:)` for any ordinal, by interpolation: the reference the fast form is
  /// tested against, and the form of years outside 0 to 9999.
  func generalLabel(ordinal: Int) -> String {
    switch self {
    case .calendarYear: return pad(ordinal, 4)
    case .month: return "\(pad(ordinal / 12, 4))-\(pad(ordinal % 12 + 1, 2))"
    case .financialYear, .academicYear:
      let separator = self == .financialYear ? "-" : "/"
      return "\(pad(ordinal, 4))\(separator)\(pad((ordinal + 1) % 100, 2))"
    }
  }

  /// The first day of a period.
  public func start(ordinal: Int) -> CalendarDate {
    if self == .month { return CalendarDate(year: ordinal / 12, month: ordinal % 12 + 1, day: 1) }
    return CalendarDate(year: ordinal, month: startMonth, day: 1)
  }

  /// The last day of a period.
  public func end(ordinal: Int) -> CalendarDate {
    if self == .month {
      let (y, m) = (ordinal / 12, ordinal % 12 + 1)
      return CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y))
    }
    let next = start(ordinal: ordinal + 1)
    let month = next.month == 1 ? 12 : next.month - 1
    let year = next.month == 1 ? next.year - 1 : next.year
    return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
  }

  /// The ordinal of the period holding a day.
  public func ordinal(containing date: CalendarDate) -> Int {
    switch self {
    case .month: return date.year * 12 + date.month - 1
    default: return date.month >= startMonth ? date.year : date.year - 1
    }
  }

  /// The number the bytes write in decimal, nil unless all are digits. At most four bytes
  /// come here, so the arithmetic cannot overflow and is left unchecked; the bytes are read
  /// through the slice's own indices (checked by `ordinal(of:)`'s length tests), without the
  /// slice iterator (the two numbers of a period were about 70 instructions more).
  private func digits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
    var n = 0
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let d = bytes.base[i] &- 0x30
      guard d <= 9 else { return nil }
      n = n &* 10 &+ Int(d)
      i &+= 1
    }
    return n
  }

  private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }
}
