/// Turns a document's numbers into claims: measure, area and period for each statistic, and a
/// reason for every number set aside.
public struct ClaimExtractor: Sendable {
  public struct Options: Sendable {
    /// The publication date; relative periods ("last year") count from it.
    public var published: CalendarDate
    /// The article's own area, overriding the one found in the text.
    public var area: String?
    /// Whether claims carry the reasons for their measure, area and period (`--explain`).
    /// Off, the resolver builds none of those strings (about 2% of an audit's instructions).
    public var explain: Bool
    /// Whether every sentence is broken into words, even one `SentenceScreen` shows can yield
    /// nothing. Only tests turn it on, to check that skipping those changes no output.
    public var breakEverySentence: Bool

    public init(published: CalendarDate, area: String? = nil, explain: Bool = true,
                breakEverySentence: Bool = false) {
      self.published = published
      self.area = area
      self.explain = explain
      self.breakEverySentence = breakEverySentence
    }
  }

  let compiled: CompiledRules
  let calendar: (any PeriodCalendar)?
  let recognizer = NumberRecognizer()

  public init(rules: [Rule], areaNames: [AreaName], nationalArea: String?,
              calendar: (any PeriodCalendar)?) {
    compiled = CompiledRules(rules: rules, areaNames: areaNames, nationalArea: nationalArea)
    self.calendar = calendar
  }

  public func extract(from document: Document, segmenter: some TextSegmenter, options: Options)
    -> ExtractedClaims
  {
    // A sentence the screen passes over goes on as one with no words: it yields nothing, as it
    // would broken, and still counts for the paragraph's area and ends a compared period. The
    // segmenter may give a run of such sentences as one (lines it did not break at all): it
    // stands for them exactly, since only whether a sentence was seen since the area was named
    // counts, and the line break that follows it ends the paragraph's area as theirs would.
    let screened = options.breakEverySentence
      ? segmenter.sentences(in: document).map { ScreenedSentence(range: $0, mayContribute: true) }
      : segmenter.sentences(in: document) { compiled.screen.mayContribute(document.utf8, $0) }
    // The ranges to break, listed in one pass into room for all: `filter` then `map` made two
    // arrays, the first grown three times a document on average.
    var ranges: [SourceRange] = []
    ranges.reserveCapacity(screened.count)
    for sentence in screened where sentence.mayContribute { ranges.append(sentence.range) }
    var wordBroken = segmenter.tokens(in: document, ranges: ranges).makeIterator()
    var scratch = SentenceAnalysis.Scratch()
    var room = SentenceView.Room()
    // The mentions of every sentence, in one list each analysis is given once all are made,
    // with room for a busy document's from the start: grown from empty, it was reallocated
    // (copied and freed) more often than the sentences' own lists had been allocated.
    var mentions: [SentenceAnalysis.Mention] = []
    mentions.reserveCapacity(16 + 8 * ranges.count)
    // The numbers inside web addresses, by sentence: set aside, never claims.
    var addressNumbers: [(sentence: Int, numbers: [SetAside])] = []
    var index = 0
    var sentences = screened.map { sentence in
      let range = sentence.range
      var tokens = sentence.mayContribute ? wordBroken.next()! : []
      if !tokens.isEmpty {
        var numbers: [SetAside] = []
        tokens = WebAddresses.masked(tokens, in: document.utf8, numbers: &numbers)
        if !numbers.isEmpty { addressNumbers.append((index, numbers)) }
      }
      index += 1
      let expressions = recognizer.recognize(in: document, tokens: tokens, room: &room)
      let view = PhraseView(document: document, range: range, tokens: tokens, expressions: expressions,
                            vocabulary: compiled.vocabulary)
      return SentenceAnalysis(view: view, rules: compiled, scratch: &scratch, pool: &mentions)
    }
    // Through the buffer: through the array, each sentence checked the array was unique.
    sentences.withUnsafeMutableBufferPointer { sentences in
      for k in sentences.indices { sentences[k].attach(mentions) }
    }
    let context = DocumentContext(
      mainArea: Self.mainArea(given: options.area, sentences, national: compiled.nationalArea),
      dataPeriod: dataPeriod(sentences, published: options.published),
      published: options.published, nationalArea: compiled.nationalArea, calendar: calendar,
      explain: options.explain, measureStems: compiled.measureStems)
    var result = ExtractedClaims(mainArea: context.mainArea, dataPeriod: context.dataPeriod)
    var previousEnd = 0
    var nextAddress = 0
    // Each sentence is resolved where it lies in `sentences`: a copy of it for each resolver
    // retained and released all its references (see `SentenceResolver.analysis`).
    sentences.withUnsafeBufferPointer { sentences in
      for k in sentences.indices {
        let range = sentences[k].view.range
        // An area carries over a paragraph break only from the sentence just before.
        if Self.lineBreak(document, from: previousEnd, to: range.start), context.areaAge > 0 {
          context.paragraphArea = nil
        }
        previousEnd = range.end
        context.areaAge += 1
        let ignoredBefore = result.ignored.count
        SentenceResolver(analysis: sentences.baseAddress! + k, context: context).resolve(into: &result)
        if nextAddress < addressNumbers.count, addressNumbers[nextAddress].sentence == k {
          result.ignored += addressNumbers[nextAddress].numbers
          result.ignored[ignoredBefore...].sort { $0.range < $1.range }
          nextAddress += 1
        }
      }
    }
    return result
  }

  /// The period the article reports: the newest published at the publication date, or the
  /// next one when the article names it and its figures come out within a month of the date
  /// given (a publication date known only to the month).
  func dataPeriod(_ sentences: [SentenceAnalysis], published: CalendarDate) -> String? {
    guard let calendar, let latest = calendar.latestPublishedPeriod(asOf: published) else { return nil }
    guard let next = calendar.period(latest, shiftedBy: 1) else { return latest }
    for s in sentences {
      for e in s.view.expressions {
        guard let ref = e.period, ref.anchor == .absolute, e.form == .financialYear || ref.month != nil
        else { continue }
        let date = ref.endYear.map { CalendarDate(year: $0, month: 1, day: 1) }
          ?? CalendarDate(year: ref.year, month: ref.month!, day: CalendarDate.daysIn(month: ref.month!, year: ref.year))
        if calendar.period(containing: date) == next {
          // Only when the next period's figures come out within a month of the date given:
          // any recent date in the text ("on 3 November 2022") lies in the next period too,
          // and reading "this year" as a period a year from release made correct figures
          // look wrong.
          let monthLater = published.month == 12
            ? CalendarDate(year: published.year + 1, month: 1, day: published.day)
            : CalendarDate(year: published.year, month: published.month + 1,
                           day: min(published.day, CalendarDate.daysIn(month: published.month + 1, year: published.year)))
          return calendar.latestPublishedPeriod(asOf: monthLater) == next ? next : latest
        }
      }
    }
    return latest
  }

  /// The article's area: `given` (by `--area` or the front matter), or the one its text names
  /// (`mainArea(_:national:)`). An area given that is one of two the text opens on together is
  /// widened to both: a story headed "… in the West Midlands and Staffordshire" whose front
  /// matter said West Midlands read "130 … locally", written just after a sentence about
  /// Staffordshire, as the West Midlands' and called it wrong.
  static func mainArea(given: String?, _ sentences: [SentenceAnalysis], national: String?) -> String? {
    guard let given else { return mainArea(sentences, national: national) }
    if let found = mainArea(sentences, national: national), found != given,
      SentenceResolver.joined(found, names: given)
    {
      return found
    }
    return given
  }

  /// The first area other than the national one named in the text. An article that opens on
  /// two areas named together ("the West Midlands and Staffordshire") is about both.
  static func mainArea(_ sentences: [SentenceAnalysis], national: String?) -> String? {
    func named(_ a: SentenceAnalysis.AreaMention) -> Bool { a.area != nil && a.area != national }
    // Searched by index: `first(where:)` copied out each sentence it tried (five references
    // retained and released).
    if let f = sentences.indices.first(where: { sentences[$0].areas.contains(where: named) }) {
      // Read in place: a copy of the sentence retained and released its five references.
      let areas = sentences[f].areas
      // The named mention that starts first and the one that starts next at a later word (of
      // mentions starting at one word, the one listed first), found in two passes: sorting the
      // named mentions and keeping one per word with a set cost an array, a sort and a set
      // for each article.
      var a: Int?
      for k in areas.indices where named(areas[k]) {
        if a.map({ areas[k].words.lowerBound < areas[$0].words.lowerBound }) ?? true { a = k }
      }
      var b: Int?
      if let a {
        let after = areas[a].words.lowerBound
        for k in areas.indices where named(areas[k]) && areas[k].words.lowerBound > after {
          if b.map({ areas[k].words.lowerBound < areas[$0].words.lowerBound }) ?? true { b = k }
        }
      }
      if let a, let b, areas[a].area != areas[b].area {
        let gap = sentences[f].view.words[areas[a].words.upperBound..<areas[b].words.lowerBound]
        if gap.first == "and", gap.count == 1 || (gap.count == 2 && gap.last == "the") {
          return "\(areas[a].area!) + \(areas[b].area!)"
        }
      }
    }
    return singleMainArea(sentences, national: national)
  }

  static func lineBreak(_ document: Document, from: Int, to: Int) -> Bool {
    from < to && document.utf8[from..<to].contains { $0 == 0x0A || $0 == 0x0D }
  }

  /// The area named first, unless another is named at least twice as often.
  static func singleMainArea(_ sentences: [SentenceAnalysis], national: String?) -> String? {
    // By first mention, each area and how often it is named. An article names a few areas:
    // a list searched in place costs less than hashing each name into dictionaries.
    var tally: [(area: String, count: Int)] = []
    func count(_ a: SentenceAnalysis.AreaMention) {
      guard let area = a.area, area != national else { return }
      if let i = tally.firstIndex(where: { $0.area == area }) {
        tally[i].count += 1
      } else {
        tally.append((area, 1))
      }
    }
    for s in sentences where !s.areas.isEmpty {
      if s.areas.count == 1 {
        count(s.areas[s.areas.startIndex])
      } else {
        for a in s.areas.sorted(by: { $0.words.lowerBound < $1.words.lowerBound }) { count(a) }
      }
    }
    var best: (area: String, count: Int)?
    for next in tally {
      if let b = best, next.count < 2 * b.count { continue }
      best = next
    }
    return best?.area
  }
}

/// What carries over from sentence to sentence. A class, shared by each sentence's resolver:
/// as a struct it was copied into every resolver and back out (with the last level claim
/// inside), and both copies destroyed, about 21 M instructions for 2,000 articles.
final class DocumentContext {
  let mainArea: String?
  let dataPeriod: String?
  let published: CalendarDate
  let nationalArea: String?
  let calendar: (any PeriodCalendar)?
  /// Whether to record the reasons behind each claim (see `ClaimExtractor.Options.explain`).
  let explain: Bool
  /// The area last named for a claim (or outside a comparison): a sentence that names none
  /// continues it within the paragraph, and into the next paragraph's first sentence.
  var paragraphArea: String?
  /// Sentences since `paragraphArea` was named.
  var areaAge = 0
  /// The latest count claim's measure and value, for bare numbers that continue it ("having
  /// stood at 1,596 in 2020").
  var lastCount: (measure: String, value: Double)?
  /// Where in the document's claims the latest level claim of any kind (count or rate) is, for
  /// "a rise from 78 in 2021". A position, not a copy: the claims before a sentence's are not
  /// changed or moved while later sentences are resolved, and copying the claim for every
  /// sentence with one (with its destruction, about 3 M instructions for 2,000 articles) cost
  /// more than the rare read.
  var lastLevel: Int?
  /// Lists each sentence's resolution fills and empties, kept here for the document: made for
  /// each sentence, they were 13,000 allocations and frees for 2,000 articles. Unchecked: a
  /// context belongs to one document's extraction, on one thread, and each list is taken by
  /// one resolver call at a time (passing one `inout` was a dynamic exclusivity check per
  /// sentence).
  @exclusivity(unchecked) var candidates: [Int] = []
  @exclusivity(unchecked) var periods: [Int] = []
  @exclusivity(unchecked) var owners: [Int] = []
  @exclusivity(unchecked) var claimExpressions: [Int] = []
  /// What the resolver found of the current sentence's change mentions' `unless` phrases, by
  /// the mention, as it asks: the answer depends on the mention alone, and asking again for
  /// every number made a long sentence of numbers and changes cubic (400 repeats of a clause
  /// took 9 s). Emptied for each sentence (`SentenceResolver.init`); kept here, not in the
  /// analysis, so that an analysis is plain data the resolver only reads.
  @exclusivity(unchecked) var cancelledChanges: [(words: Range<Int>, phrase: ObjectIdentifier, cancelled: Bool)] = []
  /// A measure and the earlier of two periods the previous sentence gave it for.
  var comparedPeriods: (measure: String, earlier: String)?

  /// `CompiledRules.measureStems`: a count followed by one of these counts what a measure does.
  let measureStems: Set<String>

  init(mainArea: String?, dataPeriod: String?, published: CalendarDate, nationalArea: String?,
       calendar: (any PeriodCalendar)?, explain: Bool = true, measureStems: Set<String> = []) {
    self.measureStems = measureStems
    self.mainArea = mainArea
    self.dataPeriod = dataPeriod
    self.published = published
    self.nationalArea = nationalArea
    self.calendar = calendar
    self.explain = explain
  }
}
