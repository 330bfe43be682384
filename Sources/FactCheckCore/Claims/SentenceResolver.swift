/// Resolves the numbers of one sentence into claims, set-asides and unparsed numbers.
struct SentenceResolver {
  /// The analysis, read in place where the extractor keeps it: held as a copy, each sentence's
  /// resolver retained and released the analysis's five references (about 4 M instructions for
  /// 2,000 articles). Sound because a resolver is made and used only inside the extractor's
  /// `withUnsafeBufferPointer` over its sentences, which keeps them alive and unchanged, and is
  /// never kept past that.
  private let analysis: UnsafePointer<SentenceAnalysis>
  let context: DocumentContext

  var a: SentenceAnalysis { unsafeAddress { analysis } }

  init(analysis: UnsafePointer<SentenceAnalysis>, context: DocumentContext) {
    self.analysis = analysis
    self.context = context
    // What the previous sentence's resolver learnt of its mentions' `unless` phrases.
    context.cancelledChanges.emptyKeepingCapacity()
  }

  var view: PhraseView { a.view }

  /// Records why the claim got its measure, area or period, when reasons are wanted: the
  /// string is not even built otherwise.
  func note(_ claim: inout Claim, _ reason: @autoclosure () -> String) {
    if context.explain { claim.reasons.append(reason()) }
  }

  /// Appends the sentence's claims, set-asides and unparsed numbers to `out`, in place: the
  /// sentence's own arrays were copied onto the document's, about 11 M instructions for 2,000
  /// articles. A sentence without numbers (about half) goes straight to what the next
  /// sentences need from it.
  func resolve(into out: inout ExtractedClaims) {
    let start = out.claims.count
    if !view.expressions.isEmpty { claimsAndSetAsides(into: &out) }
    remember(out.claims[start...])
  }

  /// The sentence's claims in text order, and its numbers set aside or not understood.
  private func claimsAndSetAsides(into out: inout ExtractedClaims) {
    // The document's lists, taken (a swap, not a copy) and given back.
    var candidates: [Int] = []
    var periods: [Int] = []
    swap(&candidates, &context.candidates)
    swap(&periods, &context.periods)
    candidates.emptyKeepingCapacity()
    periods.emptyKeepingCapacity()
    defer {
      swap(&candidates, &context.candidates)
      swap(&periods, &context.periods)
    }
    // Room for a document's first claims and set-asides at once: grown from empty, the two
    // lists were reallocated 11,000 times for 2,000 articles (4.5 M instructions).
    if out.ignored.capacity == 0 { out.ignored.reserveCapacity(8) }
    if out.claims.capacity == 0 { out.claims.reserveCapacity(8) }
    // By index, each expression's fields read in place: `enumerated()` copied every expression
    // out (a large struct, with its unit and period) and destroyed it again.
    // Most sentences have no mention of a number that is not a statistic: then no expression
    // is one, or joined to one (each asked cost a call, a slice of the mentions and a retain).
    let hasNonClaims = !a.nonClaims.isEmpty
    for i in view.expressions.indices {
      let words = view.expressionWords[i]
      if hasNonClaims, let m = nonClaim(for: i) ?? joinedNonClaim(i) {
        out.ignored.append(setAside(i, reason: m.rule.reason ?? "not a statistic", rule: m.rule.id))
      } else if !words.isEmpty, a.areas.contains(where: { $0.words.contains(words.lowerBound) }) {
        out.ignored.append(setAside(i, reason: "part of a place name"))
      } else if continuesLabel(i) {
        out.ignored.append(setAside(i, reason: "a label"))
      } else if isAgeAfterName(i) {
        out.ignored.append(setAside(i, reason: "an age"))
      } else if let reason = Self.setAsideReason(view.expressions[i].form) {
        out.ignored.append(setAside(i, reason: reason))
        if view.expressions[i].period != nil || Self.isYears(view.expressions[i]) { periods.append(i) }
      } else {
        candidates.append(i)
      }
    }
    // Every number set aside (a sentence of years and dates): no claim to make, measure or
    // date, and none of a comparison (it needs a claim to qualify).
    guard !candidates.isEmpty else { return }
    var claims = SentenceClaims(taking: &out.claims, expressions: &context.claimExpressions)
    // Numbers of "1,175 of the 1,188" and "Of the 1,596 …, 900 …" that no phrase of their own
    // names: a part is not the whole's figure, nor the whole the part's (each was called
    // wrong against the other's).
    var unnamed: [(index: Int, reason: String)] = []
    for i in candidates {
      if let claim = firstPass(i) {
        claims.insert(claim, for: i)
        continue
      }
      guard view.expressions[i].form == .number, let pair = wholeAndPart(at: i) else { continue }
      let v = { (k: Int) in NumberText.format(view.expressions[k].value) }
      if pair.whole == i {
        // The whole given before ("The 1,596 …") keeps that figure's measure.
        if let d = Self.sameFigureEarlier(view.expressions[i].value, in: claims), let measure = claims.all[d].measure {
          var claim = Claim(range: view.expressions[i].range, expression: view.expressions[i], kind: .count, measure: measure)
          claim.ruleID = claims.all[d].ruleID
          claim.period = claims.all[d].period
          claim.measureInferred = true
          note(&claim, "measure: \(measure), the same figure as given earlier")
          claims.insert(claim, for: i)
        } else {
          unnamed.append((i, "the total that \(v(pair.part)) is part of, which no phrase names"))
        }
      } else {
        unnamed.append((i, "part of the \(v(pair.whole)), which the data does not break down"))
      }
    }
    inheritMeasures(&claims, candidates: candidates, except: unnamed.isEmpty ? [] : unnamed.map(\.index))
    for (i, reason) in unnamed {
      out.unparsed.append(setAside(i, reason: reason))
    }
    for i in candidates where claims.position(of: i) == nil && (unnamed.isEmpty || !unnamed.contains { $0.index == i }) {
      // "breached the order twice": understood, and no figure of a dataset that counts people.
      if view.expressions[i].form == .occasions {
        out.ignored.append(setAside(i, reason: "a count of occasions"))
        continue
      }
      let reason = ownNoun(i)
        ? "no dataset counts \"\(view.words[view.expressionWords[i].upperBound])\""
        : "no measure named near this number"
      out.unparsed.append(setAside(i, reason: reason))
    }
    assignPeriods(&claims, periods: periods)
    claims.release(into: &out.claims, expressions: &context.claimExpressions)
    let start = claims.start
    // Most sentences have no comparison, so no claim of one: the slice of the claims and the
    // empty list made for them cost a retain and two releases a sentence (with the call, about
    // 1 M instructions for 2,000 articles).
    if !a.comparisons.isEmpty {
      let compared = comparisonClaims(out.claims[start...])
      if !compared.isEmpty { out.claims += compared }
    }
    // Most sentences' claims are in text order already: sorting their slice copied it out and
    // back (7 M instructions for 2,000 articles). The sort is stable, so an ordered run is left
    // as it is either way.
    if !Self.inOrder(out.claims, from: start) { out.claims[start...].sort { $0.range < $1.range } }
  }

  /// True when the claims from `start` on are in text order, each range at or after the one
  /// before.
  static func inOrder(_ claims: [Claim], from start: Int) -> Bool {
    var k = start + 1
    while k < claims.count {
      if claims[k].range < claims[k - 1].range { return false }
      k += 1
    }
    return true
  }

  /// What the following sentences need from this one's claims. Read by index: a `for` loop
  /// over the claims copied each.
  private func remember(_ ordered: ArraySlice<Claim>) {
    // A sentence without claims or places (most) only ends the compared periods.
    if ordered.isEmpty, a.areas.isEmpty {
      context.comparedPeriods = nil
      return
    }
    for i in ordered.indices where ordered[i].kind == .count && ordered[i].measure != nil {
      context.lastCount = (ordered[i].measure!, ordered[i].value)
    }
    for i in ordered.indices.reversed() where (ordered[i].kind == .count || ordered[i].kind == .rate) && ordered[i].measure != nil {
      context.lastLevel = i
      break
    }
    rememberArea(ordered)
    rememberComparedPeriods(ordered)
  }

  // MARK: - Set-asides

  /// "category 2 and 3", "levels 2 to 3": a number joined to a label is a label too.
  private func continuesLabel(_ i: Int) -> Bool {
    guard i > 0, view.expressions[i - 1].form == .label else { return false }
    let gap = view.expressionWords[i - 1].upperBound..<view.expressionWords[i].lowerBound
    return gap.count == 1
      && (view.words.word(gap.lowerBound, is: "and") || view.words.word(gap.lowerBound, is: "or")
        || view.words.word(gap.lowerBound, is: "to"))
  }

  /// "Stephen Flynn, 53, of Basildon": a whole number below 120, set off by commas right after
  /// a capitalised word, is the age a court report gives after a name, not a count. (Capitals
  /// are typography, which no phrase rule sees.) Not after a place: "in Kent, 45, and Essex,
  /// 52" are counts.
  private func isAgeAfterName(_ i: Int) -> Bool {
    let e = view.expressions[i]
    guard e.form == .number, !e.spelled, e.hedge == nil, e.value >= 1, e.value < 120 else { return false }
    let b = view.bytes
    let r = e.range
    guard r.length <= 3, r.start >= 4, r.end < b.count, b[r.end] == 0x2C,
      b[r.start - 1] == 0x20, b[r.start - 2] == 0x2C
    else { return false }
    // The word before the comma, back to its first byte: letters, and the hyphens,
    // apostrophes and non-ASCII letters of names ("Smith-Jones", "O'Brien", "Zoë").
    var w = r.start - 2
    while w > 0 {
      let c = b[w - 1]
      guard (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x2D || c == 0x27 || c >= 0x80 else { break }
      w -= 1
    }
    guard w < r.start - 2, b[w] >= 0x41, b[w] <= 0x5A else { return false }
    let words = view.expressionWords[i]
    guard words.lowerBound > 0 else { return false }
    // "in Colchester, 45, and Basildon, 30": a town the gazetteer does not list, after a
    // preposition or in a list, is a place too, and its number a count.
    let before = words.lowerBound - 2
    if before >= 0, Self.placeLeads.contains(where: { view.words.word(before, is: $0) }) { return false }
    return !a.areas.contains { $0.words.contains(words.lowerBound - 1) }
  }

  /// "100 more than the year before", "100 more offenders than in 2018-19", "4 fewer than last
  /// year": a count right after which comes "more", "fewer" or "less", up to three words, "than"
  /// and an earlier period, is the difference between the two periods; the direction, or nil.
  /// Right after the number, not past a comma: "was 1,188, more than the year before" compares
  /// the level, which is no difference.
  func differenceAfter(_ i: Int, _ words: Range<Int>) -> ChangeDirection? {
    // On the bytes first (one space, then "m", "f" or "l"): asked of every count, and the word
    // list was built for each.
    let b = view.bytes
    let end = view.expressions[i].range.end
    guard end + 1 < b.count, b[end] == 0x20, b[end + 1] | 0x20 == 0x6D || b[end + 1] | 0x20 == 0x66 || b[end + 1] | 0x20 == 0x6C
    else { return nil }
    let w = view.words
    let k = words.upperBound
    guard !words.isEmpty, k < w.count else { return nil }
    let direction: ChangeDirection
    if w.word(k, is: "more") { direction = .up } else if w.word(k, is: "fewer") || w.word(k, is: "less") { direction = .down } else { return nil }
    // The word right after the space checked above, not one past a scale word or a unit.
    guard view.wordRanges[k].start == end + 1 else { return nil }
    var t = k + 1
    while t < w.count, t <= k + 4, !w.word(t, is: "than") { t += 1 }
    guard t < w.count, w.word(t, is: "than"), t + 1 < w.count else { return nil }
    // A comparison with the period before, or a base period, after "than".
    if a.comparisons.contains(where: { m in
      m.rule.compareWith == .previous && m.words.lowerBound <= t && m.words.upperBound > t
    }) || a.baseMarkers.contains(where: { $0.words.lowerBound == t }) {
      return direction
    }
    let n = t + 1
    func at(_ k: Int, _ s: StaticString) -> Bool { k < w.count && w.word(k, is: s) }
    let earlier = (at(n, "the") && ((at(n + 1, "year") && at(n + 2, "before")) || (at(n + 1, "previous") && at(n + 2, "year"))))
      || (at(n, "last") && at(n + 1, "year"))
      || (at(n, "a") && at(n + 1, "year") && (at(n + 2, "earlier") || at(n + 2, "ago")))
    return earlier ? direction : nil
  }

  /// A whole and a part of it, when expression `i` is either, read from how they are written:
  /// "1,175 of the 1,188 …" (the part, then "of (the)", then the whole), or "Of the 1,596 …,
  /// 900 …" (a whole introduced by "of" or "among", then past a comma the part). Both are
  /// counts. Not a part but a figure of its own: one after an area named past the comma ("Of
  /// the 62,435 …, Essex had 1,596"; an area before the comma is the whole's, "offenders in
  /// Essex"), or one with a period of its own ("…, 1,496 a year earlier").
  func wholeAndPart(at i: Int) -> (whole: Int, part: Int)? {
    let e = view.expressions
    let w = view.words
    func isCount(_ k: Int) -> Bool { k >= 0 && k < e.count && e[k].form == .number }
    func isPeriod(_ k: Int) -> Bool { [.year, .financialYear, .date, .relativePeriod].contains(e[k].form) }
    // The counts before and after `i`, past any periods of the whole ("Of the 1,596 … in Essex
    // in 2019-20, 900 …").
    var next = i + 1
    while next < e.count, isPeriod(next) { next += 1 }
    var previous = i - 1
    while previous >= 0, isPeriod(previous) { previous -= 1 }
    // Most numbers have no count beside them: nothing to pair.
    guard isCount(i), isCount(previous) || isCount(next) else { return nil }
    // "X of (the) Y", "X out of (the) Y".
    func ofBetween(_ x: Int, _ y: Int) -> Bool {
      guard y == x + 1 else { return false }
      let from = view.expressionWords[x].upperBound, to = view.expressionWords[y].lowerBound
      guard from < to else { return false }
      var k = from
      if w.word(k, is: "out") { k += 1 }
      guard k < to, w.word(k, is: "of") else { return false }
      k += 1
      if k < to, w.word(k, is: "the") { k += 1 }
      return k == to
    }
    if isCount(i + 1), ofBetween(i, i + 1), e[i].value < e[i + 1].value { return (i + 1, i) }
    if isCount(i - 1), ofBetween(i - 1, i), e[i - 1].value < e[i].value { return (i, i - 1) }
    // "Of (the) Y …, X", "Of the county's Y …, X", "Among its Y …, X".
    func introduced(_ j: Int) -> Bool {
      var k = view.expressionWords[j].lowerBound - 1
      func lead(_ k: Int) -> Bool {
        k >= 0 && (w.word(k, is: "of") || w.word(k, is: "among") || w.word(k, is: "amongst"))
      }
      if lead(k) { return true }
      if k >= 0, w.word(k, is: "its") || w.word(k, is: "their") || possessive(k) {
        k -= 1
        if lead(k) { return true }
      }
      return k >= 1 && w.word(k, is: "the") && lead(k - 1)
    }
    func pair(whole j: Int, part p: Int) -> Bool {
      guard isCount(j), isCount(p), j < p, introduced(j), e[p].value < e[j].value else { return false }
      let between = view.bytes[e[j].range.end..<e[p].range.start]
      guard let comma = between.lastIndex(of: 0x2C) else { return false }
      // Periods between them are the whole's, before the comma: "in Essex in 2019-20, 900".
      if p > j + 1, e[p - 1].range.end > comma { return false }
      if a.areas.contains(where: { m in
        let at = view.wordRanges[m.words.lowerBound].start
        return at > comma && at < e[p].range.start
      }) {
        return false
      }
      // A period of the part's own: "…, 1,496 (were there) a year earlier" just after it, or
      // any later in the sentence other than the whole's ("in 2019-20, 1,496 … a year earlier").
      let after = view.expressionWords[p].upperBound
      return !e.indices.contains { x in
        guard x > p, isPeriod(x) else { return false }
        if p == j + 1 { return view.expressionWords[x].lowerBound <= after + 3 }
        return !(j + 1..<p).contains { e[$0].form == e[x].form && e[$0].value == e[x].value }
      }
    }
    if next < e.count, pair(whole: i, part: next) { return (i, next) }
    if previous >= 0, pair(whole: previous, part: i) { return (previous, i) }
    return nil
  }

  /// Whether word `k` is written as a possessive: "county's", "Essex’s".
  private func possessive(_ k: Int) -> Bool {
    let r = view.wordRanges[k], b = view.bytes
    let n = r.end - r.start
    if n >= 3, b[r.end - 1] == 0x73, b[r.end - 2] == 0x27 { return true }  // 's
    if n >= 5, b[r.end - 1] == 0x73, b[r.end - 2] == 0x99, b[r.end - 3] == 0x80, b[r.end - 4] == 0xE2 { return true }  // ’s
    return false
  }

  /// Whether a measure mention is the noun of a whole (it starts at the word after the whole's
  /// number, or one later: "1,188 registered sex offenders"), which names the whole only.
  func namesWhole(_ m: SentenceAnalysis.Mention, whole j: Int) -> Bool {
    let end = view.expressionWords[j].upperBound
    return m.words.lowerBound == end || m.words.lowerBound == end + 1
  }

  /// Words before a capitalised word that make it a place, not a name ("in Colchester, 45,").
  private static let placeLeads: [StaticString] = ["in", "at", "across", "and", "including"]

  /// "aged 34 and 51", "phone 101 or 999": a plain number joined to one a rule set aside, by
  /// just " and ", " or " or " to ", is set aside with it.
  private func joinedNonClaim(_ i: Int) -> SentenceAnalysis.Mention? {
    guard i > 0, view.expressions[i].form == .number, let m = nonClaim(for: i - 1) else { return nil }
    let gap = view.bytes[view.expressions[i - 1].range.end..<view.expressions[i].range.start]
    guard [" and ", " or ", " to "].contains(where: { gap.elementsEqual($0.utf8) }) else { return nil }
    return m
  }

  /// "four years", "a decade": a span that can set the base of a change ("over the past four
  /// years").
  static func isYears(_ e: NumericExpression) -> Bool {
    years(in: e) != nil
  }

  /// The whole years a duration spans: "four years" 4, "a decade" 10; nil for months, weeks.
  static func years(in e: NumericExpression) -> Int? {
    guard e.form == .duration, e.value > 0, e.value < 1000 else { return nil }
    switch e.unit {
    case "years", "year": return Int(e.value.rounded())
    case "decades", "decade": return Int((e.value * 10).rounded())
    default: return nil
    }
  }

  static func setAsideReason(_ form: NumberForm) -> String? {
    switch form {
    case .year: "a year"
    case .financialYear: "a period"
    case .date: "a date"
    case .relativePeriod: "a period"
    case .duration: "a duration"
    case .label: "a label"
    case .code: "a phone number or code"
    case .pronoun: "a pronoun"
    case .ordinal: "an ordinal"
    default: nil
    }
  }

  /// Whether the words after a count of occasions make it a frequency: "three times a month",
  /// "twice weekly". (Asked only of occasions, which are rare: as a rule's phrase starting
  /// with a number slot it was tried at every number, 1% of an audit.)
  private func isFrequency(after words: Range<Int>) -> Bool {
    let w = view.words
    let k = words.upperBound
    guard !words.isEmpty, k < w.count else { return false }
    if w.word(k, is: "daily") || w.word(k, is: "weekly") || w.word(k, is: "fortnightly")
      || w.word(k, is: "monthly") || w.word(k, is: "yearly") || w.word(k, is: "annually")
    {
      return true
    }
    guard w.word(k, is: "a") || w.word(k, is: "per") || w.word(k, is: "each") || w.word(k, is: "every"),
      k + 1 < w.count
    else { return false }
    return w.word(k + 1, is: "day") || w.word(k + 1, is: "week") || w.word(k + 1, is: "fortnight")
      || w.word(k + 1, is: "month") || w.word(k + 1, is: "year")
  }

  /// The nearest expression before `i` that states a change: a percentage, fraction or
  /// multiple with a change word near it ("up 15%", "rose by 25%").
  private func changeBefore(_ i: Int) -> Int? {
    var j = i - 1
    while j >= 0 {
      let form = view.expressions[j].form
      if form == .percent || form == .fraction || form == .multiple || form == .percentagePoints,
        nearest(a.changes, to: view.expressionWords[j]) != nil
      {
        return j
      }
      j -= 1
    }
    return nil
  }

  /// The mention, not its rule: returning the `Rule` copied it (a dozen references).
  /// A rule with `forms` sets aside only numbers of those forms: "number #" (an identifier)
  /// takes "number 4471", not the period in "double the number a decade ago".
  private func nonClaim(for i: Int) -> SentenceAnalysis.Mention? {
    let words = view.expressionWords[i]
    return a.nonClaims.first { m in
      (m.slot == i || (m.slot == nil && !words.isEmpty && m.words.contains(words.lowerBound)))
        && (m.phrase.forms.isEmpty || m.phrase.forms.contains(view.expressions[i].form))
    }
  }

  private func setAside(_ i: Int, reason: String, rule: String? = nil) -> SetAside {
    let e = view.expressions[i]
    return SetAside(range: e.range, form: e.form, value: e.value, reason: reason, ruleID: rule)
  }

  // MARK: - Kind and measure

  /// The claim of expression `i`, made once its fields are known: a claim made first and then
  /// changed field by field was copied whole twice on its way out (with the expression,
  /// about 6 M instructions for 2,000 articles).
  private func firstPass(_ i: Int) -> Claim? {
    let form = view.expressions[i].form
    let words = view.expressionWords[i]
    let explain = context.explain
    var kind = ClaimKind.count
    var direction: ChangeDirection?
    var reasons: [String] = []
    func make(measure: String? = nil, area: String? = nil, ruleID: String? = nil) -> Claim {
      Claim(range: view.expressions[i].range, expression: view.expressions[i], kind: kind, measure: measure,
            area: area, direction: direction, ruleID: ruleID, reasons: reasons)
    }
    switch form {
    case .rate: kind = .rate
    case .oneInN: kind = .oneInN
    case .fraction:
      kind = .share
      // "A majority of councillors said the rate rose": a vague share is never a change.
      if !view.expressions[i].isVagueShare, let change = nearest(a.changes, to: words) {
        kind = .percentChange
        direction = change.rule.direction
        if explain { reasons.append("change: '\(text(change.words))' (\(change.rule.id))") }
      }
    case .multiple:
      // "doubled", "tripled" or a multiple beside a change word ("rose almost sixfold") compare
      // two periods; "four times the national average" compares two figures at one time.
      let verb = ["doubled", "tripled", "trebled", "quadrupled", "halved"].contains { w in
        view.words[words].contains(w)
      }
      // "nearly double the 2010-11 total": a base period after it (a `base_period` phrase that
      // starts with the multiple) makes it a change from that period, as "doubled since" does.
      // Not when a place follows ("twice the 2018-19 total for Suffolk"): that compares areas.
      let ofEarlier = !words.isEmpty && a.baseMarkers.contains { m in
        m.slot != nil && m.words.contains(words.upperBound - 1)
          && !a.areas.contains { place in
            place.words.lowerBound >= m.words.lowerBound && place.words.lowerBound < m.words.upperBound + 3
          }
      }
      if verb || ofEarlier || nearest(a.changes, to: words) != nil {
        kind = .multipleChange
        direction = .up
      } else {
        kind = .ratio
      }
    case .occasions:
      // "has risen three times since 2015" counts rises; it is no change of a figure.
      kind = .count
    case .percent, .percentagePoints:
      if let change = nearest(a.changes, to: words) {
        kind = .percentChange
        direction = change.rule.direction
        if explain { reasons.append("change: '\(text(change.words))' (\(change.rule.id))") }
      } else {
        kind = .percent
      }
    default:
      kind = .count
      if let change = changeJustBefore(words) {
        kind = .countChange
        direction = change.rule.direction
        if explain { reasons.append("change: '\(text(change.words))' (\(change.rule.id))") }
      } else if let d = differenceAfter(i, words) {
        // "1,596 …, 100 more than the year before": the number is the difference.
        kind = .countChange
        direction = d
        if explain { reasons.append("change: '\(text(words.upperBound..<words.upperBound + 1))' … 'than' an earlier period after it") }
      }
    }
    if let comparison = a.comparisons.first(where: { $0.slot == i }) {
      if explain { reasons.append("comparison: '\(text(comparison.words))' (\(comparison.rule.id))") }
      // The measure comes from the number it is compared with.
      return make(area: comparison.rule.area == .national ? context.nationalArea : nil, ruleID: comparison.rule.id)
    }
    if Self.isChange(kind) {
      // A measure phrase with its own number slot ("a rate of 104") names that number only.
      let names = { (m: SentenceAnalysis.Mention) in m.phrase.forms.contains(.number) && m.slot == nil }
      let m = nearest(a.measures, to: words, windowed: false) { names($0) && !inAsideApart($0, from: i) }
        ?? nearest(a.measures, to: words, windowed: false, where: names)
      if let m {
        if explain { reasons.append("measure: '\(text(m.words))' in the same sentence (\(m.rule.id))") }
        return make(measure: m.rule.measure, ruleID: m.rule.id)
      } else if let last = context.lastCount?.measure {
        if explain { reasons.append("measure: \(last), the count discussed just before") }
        return make(measure: last)
      }
      return make()
    }
    // "3,000 officers and monitors 1,596 registered sex offenders": the officers are counted,
    // not the offenders a few words on.
    if form == .number, ownNoun(i) { return nil }
    // "a man was managed at level three twice", "was twice its 2015 level", "thrice their
    // number": a handful of occasions is one person's story, or a multiple whose comparison we
    // did not see; never an area's yearly total.
    if form == .occasions,
      view.expressions[i].value < 3 || (!words.isEmpty && view.words.word(words.lowerBound, is: "thrice"))
        || isFrequency(after: words)
    {
      return nil
    }
    // "rose by 25%, climbing from 1,905": the starting value of a change is a figure of the
    // change's measure, which it takes from the change (`inheritMeasures`), not from the
    // nearest phrase ("the sex offender register" a few words before it). Unless a measure is
    // named between the change and it: "… up 15%, as registered sex offenders grew from
    // 59,742" starts another figure.
    if kind == .count, !a.changes.isEmpty,
      a.baseMarkers.contains(where: { $0.slot == i && $0.phrase.forms.contains(.number) }),
      let change = changeBefore(i), !words.isEmpty,
      !a.measures.contains(where: { m in
        m.words.lowerBound >= view.expressionWords[change].upperBound && m.words.upperBound <= words.lowerBound
      })
    {
      return nil
    }
    // Of a whole and its part, the whole takes only its own noun, the part any other phrase.
    // (Word positions, not the pair, are captured: a closure holding the optional pair and
    // calling back into the resolver was allocated for every claim.)
    let pair = form == .number && view.expressions.count > 1 ? wholeAndPart(at: i) : nil
    let onlyAt = pair.map { $0.whole == i ? view.expressionWords[i].upperBound : -1 } ?? -1
    let notAt = pair.map { $0.whole != i ? view.expressionWords[$0.whole].upperBound : -1 } ?? -1
    let fitting = { (m: SentenceAnalysis.Mention) in
      m.phrase.forms.contains(form) && !excluded(m, words) && (m.slot == nil || m.slot == i)
        && (onlyAt < 0 || m.words.lowerBound == onlyAt || m.words.lowerBound == onlyAt + 1)
        && (notAt < 0 || (m.words.lowerBound != notAt && m.words.lowerBound != notAt + 1))
    }
    // "1,175 of the 1,188 registered sex offenders were managed at level one": the part's
    // phrase is measured from the end of the whole and its noun, which stand between them.
    var near = words
    if let p = pair, p.part == i, p.whole == i + 1 {
      var end = view.expressionWords[p.whole].upperBound
      for m in a.measures where namesWhole(m, whole: p.whole) { end = max(end, m.words.upperBound) }
      near = words.lowerBound..<end
    }
    guard let m = nearest(a.measures, to: near, where: { fitting($0) && !inAsideApart($0, from: i) })
      ?? nearest(a.measures, to: near, where: fitting)
    else {
      // "The majority of them were men": a vague share that no measure names is a number not
      // understood, not a claim that cannot be checked.
      return kind == .count || (kind == .share && view.expressions[i].isVagueShare) ? nil : make()
    }
    if explain {
      let d = SentenceAnalysis.distance(m.words, words)
      reasons.append("measure: '\(text(m.words))' \(d) words away (\(m.rule.id))")
    }
    return make(measure: m.rule.measure, ruleID: m.rule.id)
  }

  /// Bare numbers that continue another claim take its measure and kind: numbers compared with
  /// it ("the national average of 119", "Suffolk (134)", "up from 815"), and counts of the same
  /// size as the count just before ("having stood at 1,596 in 2020").
  /// Whether expression `x` is nearer expression `i` than `y` is; of two equally near, the
  /// one before. (The candidates come from a dictionary, whose order follows where its
  /// storage was allocated: without the tie-break, the measure chosen changed between runs.)
  static func nearer(_ x: Int, _ y: Int, to i: Int) -> Bool {
    (abs(x - i), x) < (abs(y - i), y)
  }

  private func inheritMeasures(_ claims: inout SentenceClaims, candidates: [Int], except parts: [Int] = []) {
    for i in candidates where !parts.contains(i) {
      let e = view.expressions[i]
      let current = claims.position(of: i)
      guard current.map({ claims.all[$0].measure == nil }) ?? true,
        e.form == .number || e.form == .rate || e.form == .percent
      else {
        continue
      }
      // A count of its own noun ("200 staff") is not like the count beside it.
      if current == nil, e.form == .number, ownNoun(i) { continue }
      let isSlot = a.comparisons.contains { $0.slot == i }
        || a.baseMarkers.contains { $0.slot == i && $0.phrase.forms.contains(.number) }
      let compared = isSlot || !a.comparisons.isEmpty
      var donor: Claim?
      // The period of the same figure given earlier, which a repeated figure keeps.
      var carriedPeriod: String?
      var why = "from the figure it is compared with"
      let words = view.expressionWords[i]
      let continued = a.continuations.first { m in
        SentenceAnalysis.distance(m.words, words) <= m.rule.window
      }
      // The claims with a measure, by position in the sentence's claims, searched in place:
      // listing them, and the filtered lists below, were arrays for every number, and each
      // test copied a whole claim.
      let expression = claims.expressions
      let base = claims.start
      func claim(_ k: Int) -> Claim { claims.all[base + k] }
      /// The claim with a measure that `keep` takes nearest expression `i` (of two as near,
      /// the one before), as `min(by:)` over the filtered list chose.
      func nearest(_ keep: (Claim) -> Bool) -> Int? {
        var best: Int?
        for k in 0..<claims.count where claims.all[base + k].measure != nil && keep(claims.all[base + k]) {
          if let b = best, !Self.nearer(expression[k], expression[b], to: i) { continue }
          best = k
        }
        return best
      }
      // `why` is read only by `note`, for explanations: built otherwise, its words were joined
      // and its parts appended for every inherited measure.
      let explain = context.explain
      if current == nil, let c = continued {
        if explain { why = "continuing the figure before '\(text(c.words))' (\(c.rule.id))" }
        if let d = (0..<claims.count).last(where: { claims.all[base + $0].measure != nil && expression[$0] < i }) {
          donor = claim(d)
        } else if let last = context.lastCount {
          donor = Claim(range: e.range, expression: e, kind: .count, measure: last.measure)
        }
      } else if compared, let d = nearest({ $0.isChange || Self.similar($0.value, e.value, within: 3) }) {
        // A compared number takes the measure of a figure of its own size ("Suffolk (134)"
        // beside 145) or of the change it starts ("climbing from 1,905"); not "the two nations".
        donor = claim(d)
        if explain, let c = a.comparisons.first { why += " (\(c.rule.id))" }
      } else if current == nil, e.form == .number {
        if let d = nearest({ $0.kind == .count && Self.similar($0.value, e.value) }) {
          donor = claim(d)
          if explain { why = "like the count of similar size in the same sentence" }
        } else if let d = Self.sameFigureEarlier(e.value, in: claims) {
          // "The 1,596 figure for Essex …": the figure given before, not the count just before
          // it (a level 1 count of 1,548, whose measure made it 'disagree' with itself).
          donor = claims.all[d]
          carriedPeriod = claims.all[d].period
          if explain { why = "the same figure as given earlier" }
        } else if let last = context.lastCount, Self.similar(last.value, e.value) {
          donor = Claim(range: e.range, expression: e, kind: .count, measure: last.measure)
          if explain { why = "like the count of similar size just before" }
        } else if isSlot, let last = context.lastLevel, Self.similar(claims.all[last].value, e.value) {
          donor = claims.all[last]
          if explain { why = "the starting point of a change in the figure just before" }
        }
      }
      guard let donor, let measure = donor.measure else { continue }
      var claim = current.map { claims.all[$0] } ?? Claim(range: e.range, expression: e, kind: .count)
      claim.kind = e.form == .number && donor.kind == .percentChange ? .count : donor.kind
      if claim.isChange { claim.kind = .count }
      claim.measure = measure
      if let carriedPeriod { claim.period = carriedPeriod }
      // A number in a comparison's own slot ("the average of 116") is read firmly.
      claim.measureInferred = !isSlot
      claim.ruleID = claim.ruleID ?? donor.ruleID
      note(&claim, "measure: \(measure), \(why)")
      if let current { claims.all[current] = claim } else { claims.insert(claim, for: i) }
    }
  }

  /// The latest claim of an earlier sentence that is a count of exactly `value` with a measure.
  static func sameFigureEarlier(_ value: Double, in claims: SentenceClaims) -> Int? {
    var k = claims.start - 1
    while k >= 0 {
      let c = claims.all[k]
      if c.kind == .count, c.measure != nil, c.value == value, c.expression.hedge == nil { return k }
      k -= 1
    }
    return nil
  }

  /// Two counts of the same order: within a factor of two.
  static func similar(_ x: Double, _ y: Double, within factor: Double = 2) -> Bool {
    x > 0 && y > 0 && max(x, y) / min(x, y) <= factor
  }

  /// The mention nearest the words (by `measureCost`) of those `keep` takes, in one loop: the
  /// lazy filters this went through, over slices of the sentence's mentions, were generic
  /// code that allocated their closures' contexts (about 7 M instructions for 2,000 articles).
  /// As `min(by:)` did, of two equally near the one with more words wins, then the first.
  private func nearest(
    _ mentions: ArraySlice<SentenceAnalysis.Mention>, to words: Range<Int>,
    windowed: Bool = true, where keep: (SentenceAnalysis.Mention) -> Bool = { _ in true }
  ) -> SentenceAnalysis.Mention? {
    var best: SentenceAnalysis.Mention?
    var least = 0
    for k in mentions.indices {
      let m = mentions[k]
      // A word inside the number itself ("more than four times") names no change or measure,
      // nor does one its rule rules out ("made up"). The window first: whether a rule's
      // `unless` phrases cover a change word is a search of the whole sentence for each
      // phrase, needless for a word too far away to count; so are the caller's tests (a
      // measure's own `unless` phrases, brackets between it and the number), each asked of
      // every mention before the window was (the tests have no effects, so the order changes
      // only what is asked).
      guard !windowed || SentenceAnalysis.distance(m.words, words) <= m.rule.window, keep(m),
        !(m.rule.kind == .change && (m.words.overlaps(words) || cancelled(m)))
      else { continue }
      // A more specific measure (higher priority) wins over a generic one a few words nearer:
      // "Six registered sex offenders were cautioned or convicted…" is about the cautions.
      let cost = measureCost(m, words)
      if let b = best, !(cost < least || (cost == least && m.words.count > b.words.count)) { continue }
      best = m
      least = cost
    }
    return best
  }

  /// True when mention `m` sits inside brackets that number `i` is outside: "The count of
  /// offenders who breached their notification requirements (which cover ... the sex
  /// offender register) rose by 25%" is about the breaches, not the register. Such a mention
  /// is taken only when no other fits.
  private func inAsideApart(_ m: SentenceAnalysis.Mention, from i: Int) -> Bool {
    let p = view.wordRanges[m.words.lowerBound].start
    let q = view.expressions[i].range.start
    let b = view.bytes
    // Most sentences have no brackets between the two: one eight-byte scan says so.
    guard ByteScan.holdsEither(b, min(p, q), max(p, q), 0x28, 0x29) else { return false }
    var depth = 0
    if p < q {
      // A ")" closing a bracket the mention is in, before the number.
      for k in p..<q {
        if b[k] == 0x28 { depth += 1 } else if b[k] == 0x29 { if depth == 0 { return true }; depth -= 1 }
      }
    } else {
      // A "(" opening a bracket the mention is in, after the number.
      for k in stride(from: p - 1, through: q, by: -1) {
        if b[k] == 0x29 { depth += 1 } else if b[k] == 0x28 { if depth == 0 { return true }; depth -= 1 }
      }
    }
    return false
  }

  /// True when number `i` counts a noun of its own: the word right after it, one space on, is
  /// a plural or collective noun ("3,000 officers", "the 42 areas", "200 staff") that no
  /// measure phrase holds and that is not a word for people or offenders in general.
  private func ownNoun(_ i: Int) -> Bool {
    let words = view.expressionWords[i]
    let h = words.upperBound
    guard !words.isEmpty, h < view.words.count else { return false }
    let end = view.expressions[i].range.end
    let r = view.wordRanges[h]
    let bytes = view.bytes
    // On the bytes first: only a lowercase word ending in "s", or one of the collective
    // nouns ("staff", "police", "crew", "personnel"), can be one; most numbers are followed
    // by something else, and making the word a String for each cost more than the rest.
    guard r.start == end + 1, bytes[end] == 0x20, r.length >= 4,
      bytes[r.start] >= 0x61, bytes[r.start] <= 0x7A,
      bytes[r.end - 1] == 0x73 || bytes[r.start] == 0x73 || bytes[r.start] == 0x70 || bytes[r.start] == 0x63,
      !a.measures.contains(where: { $0.words.contains(h) })
    else { return false }
    let word = view.words[h]
    return Self.isOwnNoun(word) && !context.measureStems.contains(CompiledRules.stem(word))
  }

  /// A plural or collective noun that names what a count counts, other than people in general:
  /// "officers", "areas", "staff"; not "offenders", "people", "dangerous", "represents".
  ///
  /// The letters are tested first, on the bytes: a word of ASCII lowercase letters only has as
  /// many characters as bytes and ends in "s" when its last byte is one, so the length and the
  /// endings are read off the bytes (`count` and `hasSuffix` went through the characters,
  /// about 600 instructions a word).
  ///
  /// No collective noun ends in "s": a word that ends as a plural is looked for among the
  /// people nouns and verbs only, any other among the collective nouns only (each set asked
  /// hashes the word, and all three were asked of most words).
  static func isOwnNoun(_ word: String) -> Bool {
    let utf8 = word.utf8
    guard utf8.count >= 4, utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
      return collectiveNouns.contains(word)
    }
    var last = utf8.reversed().makeIterator()
    let z = last.next()!, y = last.next()!
    guard z == 0x73, y != 0x73, y != 0x75, y != 0x69 else {  // "s", not "ss", "us", "is"
      return collectiveNouns.contains(word)
    }
    return !peopleNouns.contains(word) && !verbsAfterNumbers.contains(word)
  }

  static let collectiveNouns: Set<String> = ["staff", "police", "personnel", "crew"]
  /// Words that count people or events in general, whatever the measure. Words a dataset's
  /// measures count ("offenders", "breaches") come from its rules' phrases instead
  /// (`CompiledRules.measureStems`); adjectives in "-ous" are never taken as nouns.
  static let peopleNouns: Set<String> = [
    "people", "persons", "individuals", "adults", "children", "others", "ones", "times",
    "occasions", "cases",
  ]
  /// Verbs a number can be the subject of: "the figure of 1,596 represents a rise".
  static let verbsAfterNumbers: Set<String> = [
    "represents", "means", "remains", "includes", "equals", "stands", "marks", "shows", "makes",
    "puts", "brings", "takes", "compares", "reflects", "suggests", "amounts", "accounts", "covers",
    "does", "goes", "comes", "seems", "appears", "looks", "sits", "was", "has", "gives", "leaves",
  ]

  /// True when one of a change rule's `unless` phrases covers its words ("made up").
  private func cancelled(_ m: SentenceAnalysis.Mention) -> Bool {
    guard !m.phrase.unless.isEmpty else { return false }
    let id = ObjectIdentifier(m.phrase)
    if let known = context.cancelledChanges.first(where: { $0.words == m.words && $0.phrase == id }) {
      return known.cancelled
    }
    let cancelled = m.phrase.unless.contains { phrase in
      phrase.firstMatch(in: view) { $0.words.overlaps(m.words) } != nil
    }
    context.cancelledChanges.append((m.words, id, cancelled))
    return cancelled
  }

  /// True when one of the rule's `unless` phrases starts within three words after the number.
  private func excluded(_ m: SentenceAnalysis.Mention, _ words: Range<Int>) -> Bool {
    m.phrase.unless.contains { phrase in
      phrase.firstMatch(in: view) { m in
        m.words.lowerBound >= words.upperBound && m.words.lowerBound - words.upperBound <= 3
      } != nil
    }
  }

  /// Comparison words that make a claim of their own take the figure they qualify: the
  /// nearest level claim before them in the sentence (else after).
  private func comparisonClaims(_ claims: ArraySlice<Claim>) -> [Claim] {
    a.comparisons.compactMap { c in
      guard let target = c.rule.compareWith else { return nil }
      let levels = claims.filter { ($0.kind == .count || $0.kind == .rate) && $0.measure != nil }
      let start = view.wordRanges[c.words.lowerBound].start
      guard let subject = levels.last(where: { $0.range.end <= start }) ?? levels.first else { return nil }
      let range = SourceRange(start: start, end: view.wordRanges[c.words.upperBound - 1].end)
      var e = subject.expression
      e.range = range
      var claim = Claim(range: range, expression: e, kind: .comparison, measure: subject.measure,
                        area: subject.area, period: subject.period, direction: c.rule.direction,
                        ruleID: c.rule.id)
      claim.areaNamed = subject.areaNamed
      claim.comparedWith = target
      claim.reasons = context.explain
        ? ["compares '\(text(subject.range))'s figure: '\(text(c.words))' (\(c.rule.id))"] : []
      return claim
    }
  }

  private func text(_ range: SourceRange) -> String {
    let lo = view.wordIndex(at: range.start)
    var hi = lo
    while hi < view.words.count, view.wordRanges[hi].start < range.end { hi += 1 }
    return text(lo..<hi)
  }

  /// A change word right before a count: "up 70", "rose by 70", "an increase of 70".
  private func changeJustBefore(_ words: Range<Int>) -> SentenceAnalysis.Mention? {
    a.changes.first { m in
      guard m.words.upperBound <= words.lowerBound else { return false }
      let gap = words.lowerBound - m.words.upperBound
      return gap == 0
        || (gap == 1 && (view.words.word(m.words.upperBound, is: "by") || view.words.word(m.words.upperBound, is: "of")))
    }
  }

  /// Words to the mention, less three a priority step (a specific event measure beats the
  /// generic noun beside it), plus six when a clause boundary lies between.
  func measureCost(_ m: SentenceAnalysis.Mention, _ words: Range<Int>) -> Int {
    let d = SentenceAnalysis.distance(m.words, words)
    let lo = min(m.words.lowerBound, words.lowerBound)
    let hi = max(m.words.upperBound, words.upperBound)
    let crosses = lo < hi && view.clause[lo] != view.clause[max(lo, hi - 1)]
    return d - 3 * m.rule.priority + (crosses ? 6 : 0)
  }

  func text(_ words: Range<Int>) -> String {
    view.words[words].joined(separator: " ")
  }
}
