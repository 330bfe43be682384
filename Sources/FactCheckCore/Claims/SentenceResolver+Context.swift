/// Area and period resolution for a sentence's claims.
extension SentenceResolver {
  // MARK: - Area

  /// The area a following sentence without one inherits: the last area named for a claim, or
  /// else the last named outside a comparison.
  func rememberArea(_ claims: ArraySlice<Claim>) {
    if let named = claims.lastIndex(where: { $0.areaNamed }) {
      context.paragraphArea = claims[named].area
      context.areaAge = 0
      return
    }
    let free = a.areas.filter { m in !a.comparisons.contains { $0.words.overlaps(m.words) } }
    if let last = free.max(by: { $0.words.lowerBound < $1.words.lowerBound }) {
      context.paragraphArea = last.area ?? ownArea()
      context.areaAge = 0
    }
  }

  func area(for claim: Claim, words: Range<Int>, others: [Range<Int>] = []) -> (String?, Bool, String) {
    let explain = context.explain
    if let area = claim.area { return (area, true, explain ? "area: \(area), named by the comparison" : "") }
    // An area inside a comparison or ranking ("the highest in England and Wales", "the national
    // average of 119") is the scope of the comparison, not where the claim's number belongs.
    // So is an area after a comparison the claim comes before ("145 … higher than in Suffolk").
    // And an area that another number stands right beside ("…, 568 in Bedfordshire") is that
    // number's, not a farther one's…
    let mentions = a.areas.filter { m in
      !a.comparisons.contains { c in
        c.slot != claimIndex(claim)
          && (c.words.overlaps(m.words)
            || (words.upperBound <= c.words.lowerBound && c.words.upperBound <= m.words.lowerBound))
      }
        && !others.contains { o in
          o.upperBound <= m.words.lowerBound && SentenceAnalysis.distance(o, m.words) == 1
            && view.words[m.words.lowerBound - 1] == "in"
            && SentenceAnalysis.distance(o, m.words) < SentenceAnalysis.distance(words, m.words)
        }
        // …and an area followed by its own number ("while North Wales had 1,023") is not the
        // area of a number before it.
        && !(words.upperBound <= m.words.lowerBound && others.contains { o in
          o.lowerBound == m.words.upperBound
            || (o.lowerBound == m.words.upperBound + 1 && Self.ownsNumber.contains(view.words[m.words.upperBound]))
        })
    }
    let nearest = mentions.min { x, y in
      let cx = cost(x, words)
      let cy = cost(y, words)
      return cx != cy ? cx < cy : x.words.lowerBound > y.words.lowerBound
    }
    if let m = nearest {
      let area = joined(m, in: mentions) ?? m.area ?? ownArea()
      guard explain else { return (area, true, "") }
      let scoped = a.comparisons.first { c in a.areas.contains { c.words.overlaps($0.words) } }
      let scope = scoped.map { "; not the one in '\(text($0.words))' (\($0.rule.id))" } ?? ""
      let rule = m.ruleID.map { " (\($0))" } ?? ""
      return (area, true, "area: '\(text(m.words))' in the same sentence\(rule)\(scope)")
    }
    if let area = context.paragraphArea {
      return (area, false, explain ? "area: \(area), named earlier in the paragraph" : "")
    }
    return (context.mainArea, false,
            explain ? "area: \(context.mainArea ?? "none"), the article's own area" : "")
  }

  /// Verbs that tie an area to the number after it: "North Wales had 1,023".
  static let ownsNumber: Set<String> = ["had", "has", "have", "recorded", "saw", "reported", "registered", "with"]

  private func claimIndex(_ claim: Claim) -> Int? {
    view.expressions.firstIndex { $0.range == claim.expression.range }
  }

  /// "the county", "locally": the article's area; in an article about two areas, the one of
  /// them discussed last.
  private func ownArea() -> String? {
    guard let main = context.mainArea, main.contains(" + "), let recent = context.paragraphArea,
      main.split(separator: " + ").contains(where: { $0 == recent })
    else { return context.mainArea }
    return recent
  }

  /// Words from the claim to the mention; "568 in Bedfordshire" binds closer than a mention as
  /// near before the number.
  private func cost(_ m: SentenceAnalysis.AreaMention, _ words: Range<Int>) -> Int {
    let d = SentenceAnalysis.distance(m.words, words)
    let after = m.words.lowerBound >= words.upperBound
    let introduced = m.words.lowerBound > 0 && ["in", "across", "for"].contains(view.words[m.words.lowerBound - 1])
    return after && introduced ? d - 2 : d
  }

  /// "the West Midlands and Staffordshire": two named areas joined by "and" make one claim
  /// about both.
  private func joined(_ m: SentenceAnalysis.AreaMention, in mentions: [SentenceAnalysis.AreaMention]) -> String? {
    guard let area = m.area, area != context.nationalArea else { return nil }
    for other in mentions where other.area != nil && other.area != area && other.area != context.nationalArea {
      let (first, second) = other.words.lowerBound < m.words.lowerBound ? (other, m) : (m, other)
      let gap = first.words.upperBound..<second.words.lowerBound
      let between = view.words[gap]
      if between.first == "and", gap.count == 1 || (gap.count == 2 && between.last == "the") {
        return "\(first.area!) + \(second.area!)"
      }
    }
    return nil
  }

  // MARK: - Period

  /// Gives each claim its area, period and (for changes) base period. Each period phrase
  /// belongs to the claim nearest to it.
  func assignPeriods(_ claims: inout SentenceClaims, periods: [Int]) {
    // The base period of the sentence's first change, for the counts it starts from.
    var baseOfChange: String?
    // By claim (its position among the sentence's claims), the periods that belong to it.
    var attached = [[Int]](repeating: [], count: periods.isEmpty ? 0 : claims.count)
    let expression = claims.expressions
    // A period phrase belongs to the nearest claim before it ("1,596 in 2020 and 1,496 in
    // 2019"), or, when none comes before, to the nearest after ("In March 2017 … 1,726").
    // A base period ("compared with ten years ago") belongs to the nearest claim either side.
    for p in periods {
      var left = expression.lastIndex { $0 < p }
      let right = expression.firstIndex { $0 > p }
      // The claim before already has its own period after it: this one is for the claim after
      // it ("grown to 1,106 by 2015/16, … the 2014/15 total as 1,055"). A period before a claim
      // ("for 2015/16 shows 1,036 … in March 2016") does not count.
      if let l = left, right != nil, !a.baseMarkers.contains(where: { $0.slot == p }),
        attached[l].contains(where: { $0 > expression[l] })
      {
        left = nil
      }
      var owner = left ?? right
      if let l = left, let r = right, a.baseMarkers.contains(where: { $0.slot == p }) {
        let pw = view.expressionWords[p]
        let dl = SentenceAnalysis.distance(view.expressionWords[expression[l]], pw)
        let dr = SentenceAnalysis.distance(view.expressionWords[expression[r]], pw)
        owner = dr < dl ? r : l
      }
      if let owner { attached[owner].append(p) }
    }
    // Changes first, so the counts they start from can take their base period.
    let changes = expression.indices.filter { claims.all[claims.start + $0].isChange }
    let order = changes + expression.indices.filter { !claims.all[claims.start + $0].isChange }
    for k in order {
      let i = expression[k]
      let at = claims.start + k
      let others = expression.filter { $0 != i }.map { view.expressionWords[$0] }
      let (area, named, why) = area(for: claims.all[at], words: view.expressionWords[i], others: others)
      claims.all[at].area = area
      claims.all[at].areaNamed = named
      note(&claims.all[at], why)
      resolvePeriod(&claims.all[at], attached: attached.isEmpty ? [] : attached[k].sorted(), baseOfChange: baseOfChange)
      if baseOfChange == nil, let base = claims.all[at].basePeriod { baseOfChange = base }
    }
  }

  private func resolvePeriod(_ claim: inout Claim, attached all: [Int], baseOfChange: String?) {
    let isChange = claim.isChange
    let spans = all.filter { SentenceResolver.isYears(view.expressions[$0]) }
    let attached = all.filter { !spans.contains($0) }
    // "on", "from", "since" mark a change's base, and for a level a period it is compared with
    // ("the same as the year before"); but a full date ("on 31 March 2020") dates the level.
    let bases = attached.filter { p in
      a.baseMarkers.contains { $0.slot == p } && (isChange || view.expressions[p].period?.day == nil)
    }
    var own = attached.filter { !bases.contains($0) }
    var base = bases.first
    if isChange, base == nil, own.count >= 2 {
      base = own.removeFirst()  // "between 2015-16 and 2016-17"
    }
    let dataPeriod = context.dataPeriod
    if let p = own.first, let period = resolve(p, relativeTo: dataPeriod, asBase: false) {
      claim.period = period
      note(&claim, "period: '\(phrase(p))' → \(period)")
    } else if !isChange, let p = periodBeforeWhen(claim), let period = resolve(p, relativeTo: dataPeriod, asBase: false) {
      // "since 2019-20, when 842 were recorded": the period the "when" refers back to.
      claim.period = period
      note(&claim, "period: '\(phrase(p))', which 'when' refers to → \(period)")
    } else if !isChange, isBaseValue(claim, baseOfChange: baseOfChange), let data = dataPeriod {
      // "up 6.7 per cent on last year, from 49,466": the starting value of the change.
      let period = baseOfChange ?? context.calendar?.period(data, shiftedBy: -1)
      claim.period = period
      note(&claim, "period: \(period ?? "none"), the starting point of the change")
    } else {
      claim.period = dataPeriod
      note(&claim, "period: \(dataPeriod ?? "none"), the newest release at \(context.published)")
    }
    guard isChange else { return }
    if base == nil, let span = spans.first, let p = claim.period,
      view.expressions[span].value.magnitude < 10_000,
      let from = context.calendar?.period(p, shiftedBy: -(SentenceResolver.years(in: view.expressions[span]) ?? 0))
    {
      claim.basePeriod = from
      note(&claim, "base period: '\(phrase(span))' before \(p) → \(from)")
    } else if let b = base, let period = resolve(b, relativeTo: claim.period, asBase: true) {
      claim.basePeriod = period
      let marker = a.baseMarkers.first { $0.slot == b }.map { " (\($0.rule.id))" } ?? ""
      note(&claim, "base period: '\(phrase(b))' → \(period)\(marker)")
    } else if let (measure, earlier) = context.comparedPeriods, measure == claim.measure,
      let p = claim.period, earlier < p
    {
      // "… 1,123 in March 2024, compared with 446 in 2010-11. That is an increase of 677."
      claim.basePeriod = earlier
      note(&claim, "base period: \(earlier), compared with in the sentence before")
    } else if let p = claim.period {
      claim.basePeriod = context.calendar?.period(p, shiftedBy: -1)
      note(&claim, "base period: the year before \(p)")
    }
  }

  /// A sentence that gives one measure for two periods sets up the change the next sentence
  /// states: remember the earlier period, for that sentence only.
  func rememberComparedPeriods(_ claims: ArraySlice<Claim>) {
    // By index: filtering the levels out first copied each claim.
    let levels = claims.indices.filter {
      claims[$0].kind == .count && claims[$0].measure != nil && claims[$0].period != nil
    }
    context.comparedPeriods = nil
    for a in levels {
      for b in levels where claims[b].measure == claims[a].measure && claims[b].period! < claims[a].period! {
        context.comparedPeriods = (claims[a].measure!, claims[b].period!)
      }
    }
  }

  /// True for a count in a "from #", "up from #", "against #" slot.
  /// The period phrase just before "when" when the claim directly follows it.
  private func periodBeforeWhen(_ claim: Claim) -> Int? {
    guard let i = claimIndex(claim) else { return nil }
    let start = view.expressionWords[i].lowerBound
    guard start > 0, view.words[start - 1] == "when" else { return nil }
    return view.expressions.indices.last { p in
      view.expressions[p].period != nil && view.expressionWords[p].upperBound < start
        && start - 1 - view.expressionWords[p].upperBound <= 1
    }
  }

  /// True for the starting value of a change: a count in a "from #", "against #" slot in a
  /// sentence that states a change, or right after a change word ("up from 815"). "compared
  /// with one in 769 across England and Wales" compares areas, not years.
  private func isBaseValue(_ claim: Claim, baseOfChange: String?) -> Bool {
    guard let i = claimIndex(claim),
      let marker = a.baseMarkers.first(where: { $0.slot == i && $0.phrase.forms.contains(.number) })
    else { return false }
    return baseOfChange != nil
      || a.changes.contains { $0.words.upperBound == marker.words.lowerBound }
  }

  private func phrase(_ i: Int) -> String { view.source.slice(view.expressions[i].range) }

  /// A period phrase in the dataset's notation.
  func resolve(_ i: Int, relativeTo claimPeriod: String?, asBase: Bool) -> String? {
    guard let ref = view.expressions[i].period, let calendar = context.calendar else { return nil }
    switch ref.anchor {
    case .absolute:
      if let end = ref.endYear {
        return calendar.period(containing: CalendarDate(year: end, month: 1, day: 1))
      }
      if let month = ref.month {
        let day = ref.day ?? CalendarDate.daysIn(month: month, year: ref.year)
        return calendar.period(containing: CalendarDate(year: ref.year, month: month, day: day))
      }
      return periodEnding(in: ref.year, calendar)
    case .publication:
      if let month = ref.month {
        var year = context.published.year + ref.year
        // "in March" means the latest March; "March last year" is plain arithmetic.
        if ref.year == 0, month > context.published.month { year -= 1 }
        let day = ref.day ?? CalendarDate.daysIn(month: month, year: year)
        return calendar.period(containing: CalendarDate(year: year, month: month, day: day))
      }
      guard let data = context.dataPeriod else { return nil }
      if ref.year >= -1 { return asBase ? calendar.period(data, shiftedBy: -1) : data }
      return calendar.period(data, shiftedBy: ref.year)
    case .context:
      guard let p = claimPeriod ?? context.dataPeriod else { return nil }
      return calendar.period(p, shiftedBy: ref.year)
    }
  }

  /// The period that ends in a calendar year: "in 2017" for a March snapshot is 2016-17.
  private func periodEnding(in year: Int, _ calendar: any PeriodCalendar) -> String? {
    guard let p = calendar.period(containing: CalendarDate(year: year, month: 1, day: 1)) else {
      return nil
    }
    if let end = calendar.periodEnd(p), end.year > year { return calendar.period(p, shiftedBy: -1) }
    return p
  }
}
