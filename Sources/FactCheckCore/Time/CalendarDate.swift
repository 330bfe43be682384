/// A day in the proleptic Gregorian calendar, without time or zone.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`; nil when malformed or not a real day.
  public init?(iso: String) {
    // On the bytes: splitting and parsing Substrings took 7,000 instructions a date, and every
    // figure row of a dataset and every archive article reads one. The accepted texts are the
    // same as `"YYYY-MM-DD".split(separator: "-")` with `Int` on each part gave: ten ASCII
    // bytes, dashes at 4 and 7, each part digits with an optional leading "+".
    var fields: (Int, Int, Int)? = nil
    var text = iso
    text.withUTF8 { b in
      guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D,
        let y = Self.field(b, 0, 4), let m = Self.field(b, 5, 7), let d = Self.field(b, 8, 10)
      else { return }
      fields = (y, m, d)
    }
    guard let (y, m, d) = fields, (1...12).contains(m), (1...CalendarDate.daysIn(month: m, year: y)).contains(d)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// The date a text starts with, and whether it gives the day: "2020-11-05…" (as `iso`
  /// reads its first ten characters), or "2020-11" alone or followed by anything but a digit or
  /// "-" ("2020-11 (inferred)"), which is read as the month's first day (`Checker.run(_:
  /// segmenter:options:dayUnknown:)` checks the month's last day too).
  public static func leading(_ raw: String) -> (date: CalendarDate, dayGiven: Bool)? {
    if let full = CalendarDate(iso: String(raw.prefix(10))) { return (full, true) }
    let b = Array(raw.utf8.prefix(8))
    let isDigit = { (c: UInt8) in c >= 0x30 && c <= 0x39 }
    guard b.count >= 7, b[4] == 0x2D, [0, 1, 2, 3, 5, 6].allSatisfy({ isDigit(b[$0]) }),
      b.count == 7 || (!isDigit(b[7]) && b[7] != 0x2D)
    else { return nil }
    let year = b[0..<4].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    let month = Int(b[5] - 0x30) * 10 + Int(b[6] - 0x30)
    guard (1...12).contains(month) else { return nil }
    return (CalendarDate(year: year, month: month, day: 1), false)
  }

  /// The last day a date without its day may stand for: the end of its month ("2020-11" →
  /// 2020-11-30), or of the second month of a range written "2017-10/11" (→ 2017-11-30;
  /// "2017-12/01" runs into January 2018). Nil when `raw` gives the day, or no date
  /// `leading` reads.
  public static func lastDay(_ raw: String) -> CalendarDate? {
    guard let (first, dayGiven) = leading(raw), !dayGiven else { return nil }
    var (year, month) = (first.year, first.month)
    let b = Array(raw.utf8.prefix(11))
    let isDigit = { (c: UInt8) in c >= 0x30 && c <= 0x39 }
    if b.count >= 10, b[7] == 0x2F, isDigit(b[8]), isDigit(b[9]), b.count == 10 || !isDigit(b[10]) {
      let second = Int(b[8] - 0x30) * 10 + Int(b[9] - 0x30)
      if (1...12).contains(second), second != month {
        if second < month { year += 1 }
        month = second
      }
    }
    return CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))
  }

  /// `Int` of the ASCII bytes `b[from..<to]`: digits, optionally after one "+".
  private static func field(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
    var i = from
    if b[i] == 0x2B { i += 1 }
    guard i < to else { return nil }
    var n = 0
    while i < to {
      let c = b[i]
      guard c >= 0x30, c <= 0x39 else { return nil }
      n = n * 10 + Int(c - 0x30)
      i += 1
    }
    return n
  }

  public var description: String {
    // Every report line and many messages print a date: the usual ones are written as ten
    // ASCII bytes rather than padded and joined as strings.
    if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
      let digit = { (n: Int) in UInt8(ascii: "0") + UInt8(n) }
      let bytes: [UInt8] = [
        digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10),
        UInt8(ascii: "-"), digit(month / 10), digit(month % 10),
        UInt8(ascii: "-"), digit(day / 10), digit(day % 10),
      ]
      return String(decoding: bytes, as: UTF8.self)
    }
    func pad(_ n: Int, _ w: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, w - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days from the start of the era (proleptic Gregorian), for differences.
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe
  }

  /// Days from `other` to this date (negative when this is earlier).
  public func daysSince(_ other: CalendarDate) -> Int { dayNumber - other.dayNumber }

  /// 1 = Monday … 7 = Sunday.
  public var weekday: Int {
    // Zeller-style computation on the proleptic Gregorian calendar.
    let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    let y = month < 3 ? year - 1 : year
    let w = (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7  // 0 = Sunday
    return w == 0 ? 7 : w
  }

  /// The last given weekday (1 = Monday … 7 = Sunday) of a month.
  public static func last(weekday: Int, month: Int, year: Int) -> CalendarDate {
    var d = CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))
    while d.weekday != weekday { d.day -= 1 }
    return d
  }
}
