extension Dataset {
  /// The scheduled first release of a period's figures; nil without a release calendar.
  public func releaseDate(of period: String) -> CalendarDate? {
    // Not `.flatMap(releaseDate(ordinal:))`: the method value would copy the whole dataset.
    guard let ordinal = periodType.ordinal(of: period) else { return nil }
    return releaseDate(ordinal: ordinal)
  }

  /// `releaseDate(of:)` for a period already parsed.
  func releaseDate(ordinal: Int) -> CalendarDate? {
    let index = ordinal &- PeriodType.tableFirstYear &* periodType.periodsPerYear
    let days = releaseDays
    if index >= 0, index < days.count { return days[index] }
    return workedOutReleaseDate(ordinal: ordinal)
  }

  /// `releaseDate(ordinal:)` worked out from the calendar, without the table.
  func workedOutReleaseDate(ordinal: Int) -> CalendarDate? {
    release?.releaseDate(periodEnd: periodType.end(ordinal: ordinal))
  }

  /// The newest period whose release day is on or before `asOf`.
  public func latestPublishedPeriod(asOf: CalendarDate) -> String? {
    var ordinal = periodType.ordinal(containing: asOf)
    for _ in 0..<(periodType.periodsPerYear * 5 + 2) {
      guard let release = releaseDate(labelOf: ordinal) else {
        return periodType.label(ordinal: periodType.end(ordinal: ordinal) <= asOf ? ordinal : ordinal - 1)
      }
      if release <= asOf { return periodType.label(ordinal: ordinal) }
      ordinal -= 1
    }
    return nil
  }

  /// `releaseDate(of: periodType.label(ordinal: ordinal))` without writing the label and
  /// reading it back when the label is canonical (it then reads back to `ordinal`): the
  /// search above wrote and parsed a label for every period it tried.
  private func releaseDate(labelOf ordinal: Int) -> CalendarDate? {
    guard periodType.isCanonical(ordinal: ordinal) else {
      return releaseDate(of: periodType.label(ordinal: ordinal))
    }
    return releaseDate(ordinal: ordinal)
  }

  /// The period holding a day: 2020-03-31 is in "2019-20".
  public func period(containing date: CalendarDate) -> String? {
    periodType.label(ordinal: periodType.ordinal(containing: date))
  }

  /// The same period `years` years later (earlier when negative): "2019-20", -1 gives "2018-19".
  public func period(_ period: String, shiftedBy years: Int) -> String? {
    guard let ordinal = periodType.ordinal(of: period) else { return nil }
    return periodType.label(ordinal: ordinal + years * periodType.periodsPerYear)
  }

  /// The last day of a period: "2019-20" ends on 2020-03-31.
  public func periodEnd(_ period: String) -> CalendarDate? {
    periodType.ordinal(of: period).map { periodType.end(ordinal: $0) }
  }

  /// The first day of a period: "2019-20" starts on 2019-04-01.
  public func periodStart(_ period: String) -> CalendarDate? {
    periodType.ordinal(of: period).map { periodType.start(ordinal: $0) }
  }
}
