/// When a dataset first publishes a period's figures.
///
/// The release falls in the month `monthsAfterPeriodEnd` months after the period's last month,
/// on a fixed day or on the n-th (or last) given weekday of that month. MAPPA: seven months after
/// March, on the last Thursday (31 October 2019 for 2018-19).
public struct ReleaseSchedule: Sendable, Hashable, Codable {
  /// The day of the release month.
  public enum Day: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A day of the month, 1–31 (clamped to the month's length).
    case fixed(Int)
    /// The n-th weekday of the month (1 = first … 4 = fourth; -1 = last); weekday 1 = Monday.
    case weekday(ordinal: Int, weekday: Int)

    static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1]
    static let weekdays = [
      "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
      "sunday": 7,
    ]

    /// Parses "15", "last thursday" or "second tuesday" (case-insensitive).
    public init?(_ text: String) {
      let words = text.lowercased().split(separator: " ").map(String.init)
      if words.count == 1, let n = Int(words[0]), (1...31).contains(n) {
        self = .fixed(n)
      } else if words.count == 2, let o = Day.ordinals[words[0]], let w = Day.weekdays[words[1]] {
        self = .weekday(ordinal: o, weekday: w)
      } else {
        return nil
      }
    }

    public var description: String {
      switch self {
      case .fixed(let n): return String(n)
      case .weekday(let o, let w):
        let ordinal = Day.ordinals.first { $0.value == o }?.key ?? String(o)
        let weekday = Day.weekdays.first { $0.value == w }?.key ?? String(w)
        return "\(ordinal) \(weekday)"
      }
    }

    func date(year: Int, month: Int) -> CalendarDate {
      let length = CalendarDate.daysIn(month: month, year: year)
      switch self {
      case .fixed(let n): return CalendarDate(year: year, month: month, day: min(n, length))
      case .weekday(-1, let w): return CalendarDate.last(weekday: w, month: month, year: year)
      case .weekday(let o, let w):
        let first = CalendarDate(year: year, month: month, day: 1).weekday
        let day = 1 + (w - first + 7) % 7 + 7 * (o - 1)
        return CalendarDate(year: year, month: month, day: min(day, length))
      }
    }
  }

  public var monthsAfterPeriodEnd: Int
  public var day: Day
  /// Local time of publication as written ("09:30"), for display only.
  public var time: String?

  public init(monthsAfterPeriodEnd: Int, day: Day, time: String? = nil) {
    self.monthsAfterPeriodEnd = monthsAfterPeriodEnd
    self.day = day
    self.time = time
  }

  /// The release day of a period that ends on `periodEnd`.
  public func releaseDate(periodEnd: CalendarDate) -> CalendarDate {
    let index = periodEnd.year * 12 + periodEnd.month - 1 + monthsAfterPeriodEnd
    return day.date(year: index / 12, month: index % 12 + 1)
  }
}
