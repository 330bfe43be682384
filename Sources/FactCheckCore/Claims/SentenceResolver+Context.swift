/// Area and period resolution for a sentence's claims.
extension SentenceResolver {
  // MARK: - Area

  /// The area a following sentence without one inherits: the last area named for a claim, or
  /// else the last named outside a comparison.
  ///
  /// By index: the search and the filter copied claims and mentions (their strings retained).
  func rememberArea(_ claims: ArraySlice<Claim>) {
    // Not an area a comparison named ("the national average of 119"): that is its scope.
    for k in claims.indices.reversed() where claims[k].areaNamed && claims[k].ruleID?.hasPrefix("comparison.") != true {
      context.paragraphArea = claims[k].area
      context.areaAge = 0
      return
    }
    // The first of the mentions outside a comparison that start last; a local area before the
    // national one, which in a sentence without claims is the scope of what it says about the
    // local one ("Essex has the fifth highest number ... in England and Wales").
    let areas = a.areas
    let national = context.nationalArea
    /// Local areas rank above the national one, then later starts above earlier ones.
    func rank(_ j: Int) -> (Int, Int) { (areas[j].area != nil && areas[j].area == national ? 0 : 1, areas[j].words.lowerBound) }
    // The national area a comparison claim took ("below the average of 119 across England and
    // Wales") is that comparison's scope too: taken as the paragraph's area, the next
    // sentence's "The figure was up from 1,496" was read as the national figure and its rise
    // called wrong.
    let comparedNationally = national != nil && claims.contains { c in
      c.area == national && c.ruleID?.hasPrefix("comparison.") == true
    }
    var last: Int?
    for k in areas.indices where !a.comparisons.contains(where: { $0.words.overlaps(areas[k].words) })
      && !(comparedNationally && areas[k].area == national)
    {
      if last.map({ rank($0) < rank(k) }) ?? true { last = k }
    }
    if let last {
      context.paragraphArea = areas[last].area ?? ownArea()
      context.areaAge = 0
    }
  }

  /// The area of a claim: `given` when its comparison named one, else the nearest fitting
  /// mention in the sentence, else the paragraph's or the article's. `claimIndex` is the
  /// expression the claim's is; `expression`, the sentence's claims' expressions, of which
  /// all but `own` are the others.
  ///
  /// Mentions are read in place, by index, with plain loops: copying each (three strings) into
  /// a filtered array, searching for the claim's expression for every mention and comparison,
  /// and the closures of lazy filters (each a heap allocation) cost about 8 M instructions for
  /// 2,000 articles.
  func area(
    given: String?, claimIndex: Int?, words: Range<Int>, expression: [Int], own: Int
  ) -> (String?, Bool, String) {
    let explain = context.explain
    if let area = given { return (area, true, explain ? "area: \(area), named by the comparison" : "") }
    let areas = a.areas
    /// True when the words of one of the sentence's other claims pass `test`.
    func others(_ test: (Range<Int>) -> Bool) -> Bool {
      for e in expression where e != own {
        if test(view.expressionWords[e]) { return true }
      }
      return false
    }
    // An area inside a comparison or ranking ("the highest in England and Wales", "the national
    // average of 119") is the scope of the comparison, not where the claim's number belongs.
    // So is an area after a comparison the claim comes before ("145 … higher than in Suffolk").
    // And an area that another number stands right beside ("…, 568 in Bedfordshire") is that
    // number's, not a farther one's…
    func fits(_ k: Int) -> Bool {
      let m = areas[k].words
      return !a.comparisons.contains { c in
        c.slot != claimIndex
          && (c.words.overlaps(m)
            || (words.upperBound <= c.words.lowerBound && c.words.upperBound <= m.lowerBound))
      }
        && !others { o in
          o.upperBound <= m.lowerBound && SentenceAnalysis.distance(o, m) == 1
            && view.words.word(m.lowerBound - 1, is: "in")
            && SentenceAnalysis.distance(o, m) < SentenceAnalysis.distance(words, m)
        }
        // …and an area followed by its own number ("while North Wales had 1,023") is not the
        // area of a number before it.
        && !(words.upperBound <= m.lowerBound && others { o in
          o.lowerBound == m.upperBound
            || (o.lowerBound == m.upperBound + 1 && Self.ownsNumber(view.words, m.upperBound))
        })
    }
    // The fitting mention of least cost; of equal cost, the one starting later; of those, the
    // first (as `min(by:)` chose).
    var nearest: Int?
    var least = 0
    for k in areas.indices where fits(k) {
      let c = cost(areas[k].words, words)
      if let n = nearest, c > least || (c == least && areas[k].words.lowerBound <= areas[n].words.lowerBound) {
        continue
      }
      nearest = k
      least = c
    }
    if let n = nearest {
      // One mention (most sentences) has none to join: not even the call, whose closure
      // context cost three retains and four releases.
      let area = (areas.count > 1 ? joined(n, where: fits) : nil) ?? areas[n].area ?? ownArea()
      guard explain else { return (area, true, "") }
      let m = areas[n]
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

  /// Whether word `k` is one of `ownsNumber`, compared in place (see `WordList.word(_:is:)`);
  /// the set stays as the reference the tests hold this to.
  static func ownsNumber(_ w: WordList, _ k: Int) -> Bool {
    w.word(k, is: "had") || w.word(k, is: "has") || w.word(k, is: "have") || w.word(k, is: "recorded")
      || w.word(k, is: "saw") || w.word(k, is: "reported") || w.word(k, is: "registered") || w.word(k, is: "with")
  }

  private func claimIndex(_ claim: Claim) -> Int? {
    claimIndex(of: claim.expression.range)
  }

  /// The expression a claim's expression range is.
  func claimIndex(of range: SourceRange) -> Int? {
    view.expressions.firstIndex { $0.range == range }
  }

  /// "the county", "locally": the article's area; in an article about two areas, the one of
  /// them discussed last.
  private func ownArea() -> String? {
    guard let main = context.mainArea, let recent = context.paragraphArea, Self.joined(main, names: recent)
    else { return context.mainArea }
    return recent
  }

  /// Whether `main` is areas joined with " + " and one of them is `recent`, as
  /// `referenceJoined` tells, read on the bytes when `main` is ASCII (any area name the
  /// gazetteer or rules give, most): every byte of it is then a Character, so " + " is found as
  /// its three bytes, and the areas between are those `split` gives. The library's searches by
  /// Character cost about 7,000 instructions for `contains` and 26,000 for `split` (18 M of
  /// an audit of 960 real articles, which ask this for every claim that names "the county").
  static func joined(_ main: String, names recent: String) -> Bool {
    let utf8 = main.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return referenceJoined(main, names: recent) }
    let end = utf8.endIndex
    var i = utf8.startIndex
    var area = i
    var joined = false
    var named = false
    while i < end {
      // " + " at `i`: an area ends before it, the next starts after it. (Checked byte by byte
      // with the bounds: at most two bytes remain after `i`.)
      if utf8[i] == 0x20, let plus = utf8.index(i, offsetBy: 1, limitedBy: end), plus < end, utf8[plus] == 0x2B,
        let space = utf8.index(plus, offsetBy: 1, limitedBy: end), space < end, utf8[space] == 0x20
      {
        joined = true
        // Empty areas are left out, as `split` leaves them.
        if area < i, !named, main[area..<i] == recent { named = true }
        i = utf8.index(after: space)
        area = i
        continue
      }
      i = utf8.index(after: i)
    }
    if area < end, !named, main[area..<end] == recent { named = true }
    return joined && named
  }

  /// `joined(_:names:)` by Characters: the reference reading, used outside ASCII.
  static func referenceJoined(_ main: String, names recent: String) -> Bool {
    main.contains(" + ") && main.split(separator: " + ").contains(where: { $0 == recent })
  }

  /// Words from the claim to the mention; "568 in Bedfordshire" binds closer than a mention as
  /// near before the number.
  ///
  /// The word before is read only for a mention after the number: read for every mention, each
  /// of the three comparisons retained and released the word list's storage.
  private func cost(_ m: Range<Int>, _ words: Range<Int>) -> Int {
    var d = SentenceAnalysis.distance(m, words)
    // Past a clause boundary, an area is farther: "the rate across England and Wales was 119
    // per 100,000, while Essex's was 99" (the tie went to the later mention, Essex).
    let lo = min(m.lowerBound, words.lowerBound)
    let hi = max(m.upperBound, words.upperBound)
    if lo < hi, view.clause[lo] != view.clause[max(lo, hi - 1)] { d += 1 }
    guard m.lowerBound >= words.upperBound, m.lowerBound > 0 else { return d }
    let introduced = view.words.word(m.lowerBound - 1, is: "in") || view.words.word(m.lowerBound - 1, is: "across")
      || view.words.word(m.lowerBound - 1, is: "for")
    return introduced ? d - 2 : d
  }

  /// "the West Midlands and Staffordshire": two named areas joined by "and" make one claim
  /// about both.
  /// `k` and `fits` index `a.areas`: the mentions that fit the claim.
  ///
  /// Most sentences name one area: with no other mention there is nothing to join, and `fits`
  /// (the costly test) is asked only of a mention of another area.
  private func joined(_ k: Int, where fits: (Int) -> Bool) -> String? {
    let areas = a.areas
    guard areas.count > 1, let area = areas[k].area, area != context.nationalArea else { return nil }
    let m = areas[k].words
    for j in areas.indices where j != k {
      guard let otherArea = areas[j].area, otherArea != area, otherArea != context.nationalArea, fits(j)
      else { continue }
      let other = areas[j].words
      let otherFirst = other.lowerBound < m.lowerBound
      let (first, second) = otherFirst ? (otherArea, area) : (area, otherArea)
      let gap = otherFirst ? other.upperBound..<m.lowerBound : m.upperBound..<other.lowerBound
      if !gap.isEmpty, view.words.word(gap.lowerBound, is: "and"),
        gap.count == 1 || (gap.count == 2 && view.words.word(gap.upperBound - 1, is: "the"))
      {
        return "\(first) + \(second)"
      }
    }
    return nil
  }

  // MARK: - Period

  /// Gives each claim its area, period and (for changes) base period. Each period phrase
  /// belongs to the claim nearest to it.
  ///
  /// Claims are read in place, by index: building the order, the other claims' words and each
  /// claim's copy for `area` made five arrays and three claim copies a claim (with the sentences
  /// without claims, about 15 M instructions for 2,000 articles).
  func assignPeriods(_ claims: inout SentenceClaims, periods: [Int]) {
    // No claim, nothing to give a period to (most sentences with numbers).
    guard claims.count > 0 else { return }
    // The base period of the sentence's first change, for the counts it starts from.
    var baseOfChange: String?
    // By period (its position in `periods`), the claim (its position among the sentence's
    // claims) it belongs to, or -1. One list: a list of periods for each claim cost an
    // allocation and a free for every claim with a period (with the list of lists, about 4 M
    // instructions for 2,000 articles). `periods` is in text order, so reading it in order
    // gives each claim's periods sorted, as its own list was.
    // The document's list, taken (a swap, not a copy) and given back: made for each sentence,
    // it was an allocation and a free for every sentence with claims and periods.
    var owners: [Int] = []
    swap(&owners, &context.owners)
    owners.emptyKeepingCapacity()
    for _ in periods.indices { owners.append(-1) }
    defer { swap(&owners, &context.owners) }
    let expression = claims.expressions
    // A period phrase belongs to the nearest claim before it ("1,596 in 2020 and 1,496 in
    // 2019"), or, when none comes before, to the nearest after ("In March 2017 … 1,726").
    // A base period ("compared with ten years ago") belongs to the nearest claim either side.
    for j in periods.indices {
      let p = periods[j]
      var left = expression.lastIndex { $0 < p }
      let right = expression.firstIndex { $0 > p }
      // The claim before already has its own period after it: this one is for the claim after
      // it ("grown to 1,106 by 2015/16, … the 2014/15 total as 1,055"). A period before a claim
      // ("for 2015/16 shows 1,036 … in March 2016") does not count.
      if let l = left, right != nil, !a.baseMarkers.contains(where: { $0.slot == p }),
        (0..<j).contains(where: { owners[$0] == l && periods[$0] > expression[l] })
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
      if let owner { owners[j] = owner }
    }
    // Changes first, so the counts they start from can take their base period. Neither area
    // nor period changes a claim's kind, so each pass sees the kinds the order was made from.
    for changes in [true, false] {
      for k in expression.indices where Self.isChange(claims.all[claims.start + k].kind) == changes {
        let i = expression[k]
        let at = claims.start + k
        let (area, named, why) = area(
          given: claims.all[at].area, claimIndex: claimIndex(of: claims.all[at].expression.range),
          words: view.expressionWords[i], expression: expression, own: i)
        claims.all[at].area = area
        claims.all[at].areaNamed = named
        note(&claims.all[at], why)
        let levelPeriod = changes ? periodOfLevel(claims, changeAt: k, periods: periods, owners: owners) : nil
        resolvePeriod(&claims.all[at], claim: k, periods: periods, owners: owners, baseOfChange: baseOfChange,
                      levelPeriod: levelPeriod)
        if baseOfChange == nil, let base = claims.all[at].basePeriod { baseOfChange = base }
      }
    }
  }

  /// The period phrase of the figure a change is about: a count or rate of the same measure
  /// earlier in the sentence, not itself the start of a change ("In 2014-15 there were 49,466
  /// …, more than 1.5 times the 2006-07 total": 2014-15). Without it a change with no period
  /// of its own took the newest release at publication, and a story read years later compared
  /// the wrong years.
  private func periodOfLevel(_ claims: SentenceClaims, changeAt k: Int, periods: [Int], owners: [Int])
    -> (period: Int, base: Int?)?
  {
    let change = claims.all[claims.start + k]
    guard let measure = change.measure else { return nil }
    let expression = claims.expressions
    // Every level of the measure before the change: "1,596 in 2019-20 and 1,496 in 2018-19, a
    // rise of 7%" is about the later one, from the earlier, whichever is named last.
    var latest: (p: Int, period: String)?
    var earliest: (p: Int, period: String)?
    for m in stride(from: k - 1, through: 0, by: -1) {
      let level = claims.all[claims.start + m]
      guard level.kind == .count || level.kind == .rate, level.measure == measure,
        !a.baseMarkers.contains(where: { $0.slot == expression[m] && $0.phrase.forms.contains(.number) })
      else { continue }
      for j in owners.indices where owners[j] == m {
        let p = periods[j]
        if SentenceResolver.isYears(view.expressions[p]) || a.baseMarkers.contains(where: { $0.slot == p }) { continue }
        guard let period = resolve(p, relativeTo: context.dataPeriod, asBase: false) else { break }
        if latest.map({ period > $0.period }) ?? true { latest = (p, period) }
        if earliest.map({ period < $0.period }) ?? true { earliest = (p, period) }
        break
      }
    }
    guard let latest else { return nil }
    return (latest.p, earliest.flatMap { $0.period < latest.period ? $0.p : nil })
  }

  /// `Claim.isChange` of a kind: read off the stored kind, the claim is not copied.
  static func isChange(_ kind: ClaimKind) -> Bool {
    kind == .percentChange || kind == .multipleChange || kind == .countChange
  }

  /// The periods attached to the claim are those of `periods` whose entry in `owners` is `k`,
  /// read in text order.
  private func resolvePeriod(_ claim: inout Claim, claim k: Int, periods: [Int], owners: [Int], baseOfChange: String?,
                             levelPeriod: (period: Int, base: Int?)? = nil) {
    // Read off the stored kind: `claim.isChange` copied the whole claim to call the getter.
    let isChange = Self.isChange(claim.kind)
    // The first span ("over four years"), the first base and the first two of the claim's own
    // periods, in one pass: only those are read, and the four filtered lists they were taken
    // from cost an allocation each for every claim with a period.
    var span: Int?
    var base: Int?
    var own: Int?
    var secondOwn: Int?
    for j in owners.indices where owners[j] == k {
      let p = periods[j]
      if SentenceResolver.isYears(view.expressions[p]) {
        if span == nil { span = p }
      } else if a.baseMarkers.contains(where: { $0.slot == p })
        && (isChange || view.expressions[p].period?.day == nil)
      {
        // "on", "from", "since" mark a change's base, and for a level a period it is compared
        // with ("the same as the year before"); but a full date ("on 31 March 2020") dates the
        // level.
        if base == nil { base = p }
      } else if own == nil {
        own = p
      } else if secondOwn == nil {
        secondOwn = p
      }
    }
    if isChange, base == nil, let second = secondOwn {
      base = own  // "between 2015-16 and 2016-17"
      own = second
    }
    let dataPeriod = context.dataPeriod
    if let p = own, let period = resolve(p, relativeTo: dataPeriod, asBase: false) {
      claim.period = period
      // "last year" without a month: the calendar year before, or the data year before?
      if let ref = view.expressions[p].period, ref.anchor == .publication, ref.year == -1, ref.month == nil {
        claim.periodRelative = true
      }
      note(&claim, "period: '\(phrase(p))' → \(period)")
    } else if isChange, let p = levelPeriod?.period, let period = resolve(p, relativeTo: dataPeriod, asBase: false) {
      claim.period = period
      note(&claim, "period: '\(phrase(p))', that of the figure the change is about → \(period)")
    } else if !isChange, let p = periodBeforeWhen(claim), let period = resolve(p, relativeTo: dataPeriod, asBase: false) {
      // "since 2019-20, when 842 were recorded": the period the "when" refers back to.
      claim.period = period
      note(&claim, "period: '\(phrase(p))', which 'when' refers to → \(period)")
    } else if !isChange, isBaseValue(claim, baseOfChange: baseOfChange), let data = dataPeriod {
      // "up 6.7 per cent on last year, from 49,466": the starting value of the change.
      let period = baseOfChange ?? context.calendar?.period(data, shiftedBy: -1)
      claim.period = period
      note(&claim, "period: \(period ?? "none"), the starting point of the change")
    } else if !isChange, let carried = claim.period {
      // "The 1,496 figure …": the period of the same figure given earlier (`sameFigureEarlier`).
      note(&claim, "period: \(carried), that of the same figure given earlier")
    } else {
      claim.period = dataPeriod
      note(&claim, "period: \(dataPeriod ?? "none"), the newest release at \(context.published)")
    }
    guard isChange else { return }
    if base == nil, let span, let p = claim.period,
      view.expressions[span].value.magnitude < 10_000,
      let from = context.calendar?.period(p, shiftedBy: -(SentenceResolver.years(in: view.expressions[span]) ?? 0))
    {
      claim.basePeriod = from
      note(&claim, "base period: '\(phrase(span))' before \(p) → \(from)")
    } else if base == nil, own == nil, let b = levelPeriod?.base,
      let period = resolve(b, relativeTo: claim.period, asBase: false)
    {
      claim.basePeriod = period
      note(&claim, "base period: '\(phrase(b))', that of the earlier figure → \(period)")
    } else if let b = base {
      // A base the text names but that cannot be placed is left unknown (the change is then
      // unverifiable): the year before, taken instead, could call a right figure wrong.
      let period = resolve(b, relativeTo: claim.period, asBase: true)
      claim.basePeriod = period
      let marker = a.baseMarkers.first { $0.slot == b }.map { " (\($0.rule.id))" } ?? ""
      note(&claim, "base period: '\(phrase(b))' → \(period ?? "not found")\(marker)")
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
    // By index: filtering the levels out first copied each claim, and a list of their
    // indices was an allocation for every sentence with a claim.
    func isLevel(_ k: Int) -> Bool {
      claims[k].kind == .count && claims[k].measure != nil && claims[k].period != nil
    }
    context.comparedPeriods = nil
    for a in claims.indices where isLevel(a) {
      for b in claims.indices where isLevel(b) && claims[b].measure == claims[a].measure
        && claims[b].period! < claims[a].period!
      {
        context.comparedPeriods = (claims[a].measure!, claims[b].period!)
      }
    }
  }

  /// True for a count in a "from #", "up from #", "against #" slot.
  /// The period phrase just before "when" when the claim directly follows it.
  private func periodBeforeWhen(_ claim: Claim) -> Int? {
    guard let i = claimIndex(claim) else { return nil }
    let start = view.expressionWords[i].lowerBound
    guard start > 0, view.words.word(start - 1, is: "when") else { return nil }
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

  private func phrase(_ i: Int) -> String { view.slice(view.expressions[i].range) }

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
