/// Years, financial years, dates, relative periods and durations.
extension Matcher {
  /// "a decade", "a century": a duration of one unit.
  func aDecade(at i: Int) -> (NumericExpression, Int)? {
    var e = Matcher.blank
    return aDecade(at: i, into: &e).map { (e, $0) }
  }

  /// `aDecade(at:)`, the expression written to `out` and the index after it returned (see
  /// `Matcher.core`).
  func aDecade(at i: Int, into out: inout NumericExpression) -> Int? {
    guard view.is(i, W.a), view.joined(i + 1), let key = i + 1 < view.count ? view[i + 1].key : nil,
      key == W.decade || key == W.century
    else { return nil }
    var e = NumericExpression(range: view.range(i, i + 2), value: 1, form: .duration, spelled: true)
    e.unitName = key == W.decade ? .decades : .centuries
    out = e
    return i + 2
  }

  // MARK: - Relative periods

  static let relatives: [([WordKey], PeriodRef.Anchor, Int)] = {
    let rows: [([StaticString], PeriodRef.Anchor, Int)] = [
      (["this", "year"], .publication, 0), (["last", "year"], .publication, -1),
      (["next", "year"], .publication, 1), (["a", "year", "ago"], .publication, -1),
      (["a", "decade", "ago"], .publication, -10), (["the", "year", "before"], .context, -1),
      (["the", "previous", "year"], .context, -1), (["a", "year", "earlier"], .context, -1),
      (["the", "year", "earlier"], .context, -1), (["a", "year", "before"], .context, -1),
      (["the", "prior", "year"], .context, -1), (["the", "year", "after"], .context, 1),
      (["the", "following", "year"], .context, 1), (["a", "year", "later"], .context, 1),
      (["the", "same", "time", "last", "year"], .publication, -1),
      (["the", "year", "previous"], .context, -1), (["the", "year", "prior"], .context, -1),

    ]
    return rows.map { ($0.0.map { WordKey($0) }, $0.1, $0.2) }
  }()

  func relative(at i: Int) -> (NumericExpression, Int)? {
    var e = Matcher.blank
    return relative(at: i, into: &e).map { (e, $0) }
  }

  /// `relative(at:)`, the expression written to `out` and the index after it returned (see
  /// `Matcher.core`).
  func relative(at i: Int, into out: inout NumericExpression) -> Int? {
    var start = i
    if view.is(i, W.as), view.is(i + 1, W.of), view.joined(i + 1) { start = i + 2 }
    // The month bit first: most calls are at "the" or "a", which the table lookup would miss.
    if view.contains(start), view[start].starts.contains(.month), let key = view[start].key,
      let month = NumberLexicon.months[key], isMonthName(start),
      let (anchor, offset, end) = relativeWords(at: start + 1), view.joined(start + 1),
      anchor == .publication
    {
      let p = PeriodRef(anchor: anchor, year: offset, month: month)
      out = timeExpression(i, end, .relativePeriod, Double(offset), p)
      return end
    }
    guard start == i, let (anchor, offset, end) = relativeWords(at: i) else { return nil }
    let p = PeriodRef(anchor: anchor, year: offset)
    out = timeExpression(i, end, .relativePeriod, Double(offset), p)
    return end
  }

  /// `relatives` as a phrase table, for `relativeWords`.
  static let relativeTable = PhraseTable(relatives.map { ($0.0, ($0.1, $0.2)) })

  private func relativeWords(at i: Int) -> (PeriodRef.Anchor, Int, Int)? {
    guard let ((anchor, offset), end) = Self.relativeTable.match(in: view, at: i) else { return nil }
    return (anchor, offset, end)
  }

  func timeExpression(_ i: Int, _ end: Int, _ form: NumberForm, _ value: Double, _ p: PeriodRef)
    -> NumericExpression
  {
    NumericExpression(range: view.range(i, end), value: value, form: form, period: p)
  }

  // MARK: - Years

  /// "2019-20", "2019/20", "2019–2020", "2006/7", "2016/16" (a typo, still a period).
  func financialYear(at i: Int) -> (NumericExpression, Int)? {
    var e = Matcher.blank
    return financialYear(at: i, into: &e).map { (e, $0) }
  }

  /// `financialYear(at:)`, the expression written to `out` and the index after it returned
  /// (see `Matcher.core`).
  func financialYear(at i: Int, into out: inout NumericExpression) -> Int? {
    // The value before the digit scan: most numbers are no year.
    guard view.contains(i), let y1d = view[i].number, (1900...2099).contains(y1d),
      view.plainDigitCount(i) == 4, view.adjacent(i + 1),
      view.isHyphen(i + 1) || view.punct(i + 1) == 0x2F || view.isDash(i + 1),
      view.adjacent(i + 2), let n = view.plainDigitCount(i + 2), let y2d = view[i + 2].number
    else { return nil }
    let y1 = Int(y1d)
    var y2 = Int(y2d)
    switch n {
    case 1: y2 += y1 - y1 % 10
    case 2: y2 += y1 - y1 % 100; if y2 < y1 { y2 += 100 }
    case 4: break
    default: return nil
    }
    if y2 < y1 && n == 1 { y2 += 10 }
    guard y2 >= y1 else { return nil }
    let p = PeriodRef(anchor: .absolute, year: y1, endYear: y2)
    if y2 - y1 <= 1 {
      out = timeExpression(i, i + 3, .financialYear, Double(y1), p)
      return i + 3
    }
    var e = timeExpression(i, i + 3, .year, Double(y1), p)
    e.min = Double(y1)
    e.max = Double(y2)
    e.hedge = .between
    out = e
    return i + 3
  }

  /// "2012" as a year, unless a count noun follows without a preposition before
  /// ("2012 offenders").
  func year(at i: Int) -> (NumericExpression, Int)? {
    var e = Matcher.blank
    return year(at: i, into: &e).map { (e, $0) }
  }

  /// `year(at:)`, the expression written to `out` and the index after it returned (see
  /// `Matcher.core`).
  func year(at i: Int, into out: inout NumericExpression) -> Int? {
    guard view.contains(i), let v = view[i].number, (1900...2099).contains(v),
      view.plainDigitCount(i) == 4
    else { return nil }
    if let q = quantities.parse(at: i), !q.yearLike { return nil }
    if !yearLead(before: i), countNounFollows(i + 1) { return nil }
    let p = PeriodRef(anchor: .absolute, year: Int(v))
    out = timeExpression(i, i + 1, .year, v, p)
    return i + 1
  }

  private func yearLead(before i: Int) -> Bool {
    guard i > 0, let key = view[i - 1].key else { return false }
    return NumberLexicon.monthLeads.contains(key) || NumberLexicon.months[key] != nil
  }

  /// A lowercase plural word after the number: "2012 offenders".
  private func countNounFollows(_ k: Int) -> Bool {
    guard k < view.count, view.joined(k), view[k].key != nil, !view.isCapitalised(k) else {
      return false
    }
    let r = view[k].range
    let last = view.bytes[r.end - 1]
    return r.length > 3 && last == 0x73 && view.bytes[r.end - 2] != 0x73
      && !Self.notNouns.contains(view[k].key!)
  }

  private static let notNouns: Set<WordKey> = {
    let w: [StaticString] = ["this", "was", "has", "his", "its", "hers", "does", "goes", "plus"]
    return Set(w.map { WordKey($0) })
  }()

  // MARK: - Dates

  /// True when the word at `i` is a capitalised month; "May" needs a lead word or a year.
  func isMonthName(_ i: Int) -> Bool {
    // The month bit first: most calls are at a number or a word that names no month.
    guard i < view.count, view[i].starts.contains(.month), let key = view[i].key,
      let m = NumberLexicon.months[key], view.isCapitalised(i)
    else { return false }
    if view[i].range.length <= 4, m != 5, view[i].range.length == 3 || key == W.sept {
      return view.isNumber(i + 1) || (i > 0 && view.isNumber(i - 1))
    }
    if m == 5 {
      return yearLead(before: i) || view.isNumber(i + 1) || (i > 0 && view.isNumber(i - 1))
    }
    return true
  }

  /// "31 March 2020", "31st March", "March 2020", "March 31", "March".
  func date(at i: Int) -> (NumericExpression, Int)? {
    var e = Matcher.blank
    return date(at: i, into: &e).map { (e, $0) }
  }

  /// `date(at:)`, the expression written to `out` and the index after it returned (see
  /// `Matcher.core`).
  func date(at i: Int, into out: inout NumericExpression) -> Int? {
    var day: Int?
    var m = i
    if let d = dayNumber(at: i) {
      guard isMonthName(d.1), view.joined(d.1) else { return nil }
      day = d.0
      m = d.1
    }
    guard isMonthName(m), let month = NumberLexicon.months[view[m].key!] else { return nil }
    var end = m + 1
    if day == nil, let d = dayNumber(at: end), view.joined(end), d.1 == end + 1 || d.1 == end + 2,
      !(view.plainDigitCount(end) == 4)
    {
      day = d.0
      end = d.1
    }
    var k = end
    if view.punct(k) == 0x2C { k += 1 }
    if view.joined(k), view.plainDigitCount(k) == 4, let y = view[k].number,
      (1900...2099).contains(y), !(view.adjacent(k + 1) && view.isDash(k + 1))
    {
      let p = PeriodRef(anchor: .absolute, year: Int(y), month: month, day: day)
      out = timeExpression(i, k + 1, .date, y, p)
      return k + 1
    }
    let p = PeriodRef(anchor: .publication, year: 0, month: month, day: day)
    out = timeExpression(i, end, .date, Double(month), p)
    return end
  }

  /// A day of the month written "31" or "31st": the day and the index after it.
  private func dayNumber(at i: Int) -> (Int, Int)? {
    // The value before the digit scan: most tokens here are years or words.
    guard view.contains(i), let v = view[i].number, (1...31).contains(v),
      let n = view.plainDigitCount(i), n <= 2
    else { return nil }
    if view.adjacent(i + 1), let k = view[i + 1].key, [W.st, W.nd, W.rd, W.th].contains(k) {
      return (Int(v), i + 2)
    }
    return (Int(v), i + 1)
  }

  // MARK: - Durations

  /// "30 months", "15 years", "a 10-year period", "five years ago".
  func duration(_ q: Quantity) -> (NumericExpression, Int)? {
    var e = Matcher.blank
    return duration(q, into: &e).map { (e, $0) }
  }

  /// `duration(_:)`, the expression written to `out` and the index after it returned (see
  /// `Matcher.core`).
  func duration(_ q: Quantity, into out: inout NumericExpression) -> Int? {
    guard q.kind == .cardinal, !q.vague else { return nil }
    var k = q.end
    if view.isHyphen(k), view.adjacent(k), view.adjacent(k + 1) { k += 1 }
    guard k < view.count, view.joined(k), view[k].starts.contains(.timeUnit), let key = view[k].key,
      let unit = NumberLexicon.durationUnits[key]
    else { return nil }
    if view.is(k + 1, W.ago), unit == .years || unit == .decades, q.value < 10_000 {
      let offset = -Int(q.value) * (unit == .decades ? 10 : 1)
      var e = timeExpression(q.start, k + 2, .relativePeriod, Double(offset),
        PeriodRef(anchor: .publication, year: offset))
      e.spelled = q.spelled
      out = e
      return k + 2
    }
    var e = expression(q, .duration, end: k + 1)
    e.unitName = unit
    out = e
    return k + 1
  }
}
