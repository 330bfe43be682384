/// What the rules found in one sentence: mentions of measures, changes, areas, comparisons,
/// base-period markers and non-claims, each with the words it covers.
final class SentenceAnalysis {
  struct Mention {
    var words: Range<Int>
    var phrase: CompiledPhrase
    var slot: Int?
    /// Borrowed, not copied: a `Rule` holds a dozen references, and copying one to read a field
    /// retained and released each of them (about 1.5% of an audit). Yielded from the stored
    /// non-optional rule: `rule.unsafelyUnwrapped` returned a copy. (Mentions are made only of
    /// phrases with a rule, so the empty rule is never read.)
    var rule: Rule { _read { yield phrase.ruleOrEmpty } }
  }

  struct AreaMention {
    var words: Range<Int>
    /// A canonical area, or nil for "the county" (the article's own area).
    var area: String?
    var text: String
    var ruleID: String?
  }

  let view: PhraseView
  // Filled only by the initializer and read after: unchecked, as each access to a class's
  // `var` was otherwise a dynamic exclusivity check (80,000 of them in the initializer alone
  // for 2,000 articles, 5 M instructions).
  @exclusivity(unchecked) var measures: [Mention] = []
  @exclusivity(unchecked) var changes: [Mention] = []
  @exclusivity(unchecked) var comparisons: [Mention] = []
  @exclusivity(unchecked) var nonClaims: [Mention] = []
  @exclusivity(unchecked) var baseMarkers: [Mention] = []
  @exclusivity(unchecked) var continuations: [Mention] = []
  @exclusivity(unchecked) var areas: [AreaMention] = []
  /// What `SentenceResolver` found of each change mention's `unless` phrases, by the mention,
  /// as it asks: the answer depends on the mention alone, and asking again for every number
  /// made a long sentence of numbers and changes cubic (400 repeats of a clause took 9 s).
  var cancelledChanges: [(words: Range<Int>, phrase: ObjectIdentifier, cancelled: Bool)] = []

  /// Lists the initializer fills and empties for every sentence. The extractor keeps one for
  /// a document, so they are allocated once, not grown from empty for each sentence.
  struct Scratch {
    var found: [(phrase: Int, match: PhraseMatch)] = []
    var next: [(phrase: Int, word: Int)] = []

    /// Room for the matches of a busy sentence from the start: grown from empty, the two lists
    /// were reallocated four times a document (6 M instructions for 2,000 articles).
    init() {
      found.reserveCapacity(32)
      next.reserveCapacity(32)
    }
  }

  convenience init(view: PhraseView, rules: borrowing CompiledRules) {
    var scratch = Scratch()
    self.init(view: view, rules: rules, scratch: &scratch)
  }

  /// `rules` is borrowed: an initializer's arguments are otherwise passed owned, and the
  /// caller copied the compiled rules (ten references) for each sentence.
  init(view: PhraseView, rules: borrowing CompiledRules, scratch: inout Scratch) {
    self.view = view
    // Taken out of the scratch (a swap, not a copy) and given back at the end.
    var found: [(phrase: Int, match: PhraseMatch)] = []
    swap(&found, &scratch.found)
    found.removeAll(keepingCapacity: true)
    // For each phrase that has matched, the first word it may match at again (a phrase's
    // matches do not overlap). Few phrases match in a sentence, so a short list is cheaper
    // than an array over every compiled phrase (which was allocated and zeroed per sentence).
    var next: [(phrase: Int, word: Int)] = []
    swap(&next, &scratch.next)
    next.removeAll(keepingCapacity: true)
    defer {
      swap(&found, &scratch.found)
      swap(&next, &scratch.next)
    }
    // The words' entries, read directly (the `ids` column checks each index against the
    // word count, which the loop already bounds).
    let words = view.entries
    let count = view.wordCount
    let numbers = !view.expressions.isEmpty
    let startingByID = numbers ? rules.startingByID : rules.placeStartingByID
    let anyStart = numbers ? rules.anyStart : rules.placeAnyStart
    let numberStart = numbers ? rules.numberStart : rules.placeNumberStart
    for start in 0..<count {
      // The phrases that can start with this word, then those that can start anywhere, then
      // those that start with a number slot when a number starts here. Plain loops over
      // indices: a nested function capturing `found` and `next` made every access an
      // exclusivity check and every phrase fetched a retain (together ~1.5% of an audit).
      let id = Int(words[start].id)
      let byWord = id >= 0 && id < startingByID.count ? startingByID[id].count : 0
      let anywhere = byWord + anyStart.count
      let tries = anywhere + (numberStart.isEmpty || view.expression(startingAt: start) == nil ? 0 : numberStart.count)
      for k in 0..<tries {
        let p = k < byWord ? startingByID[id][k] : k < anywhere ? anyStart[k - byWord] : numberStart[k - anywhere]
        // The second word first: it rules out most tries, and costs less than the search of
        // `next` (180,000 of 400,000 tries over 2,000 articles).
        let second = rules.secondWord[p]
        if second >= 0, start + 1 >= count || words[start + 1].id != second { continue }
        // A phrase found by this word matched its first word here, and its second when it
        // has a required one.
        let known = k < byWord ? (second >= 0 ? 2 : 1) : 0
        let blocked = next.firstIndex { $0.phrase == p }
        if let b = blocked, next[b].word > start { continue }
        // Called on an unretained reference: fetched from the array, each of the 220,000
        // phrases tried for 2,000 articles was retained and released around the call.
        guard let m = rules.unretained[p]._withUnsafeGuaranteedRef({ $0.match(view, at: start, known: known) }) else { continue }
        found.append((p, m))
        let resume = max(m.words.upperBound, start + 1)
        if let b = blocked { next[b].word = resume } else { next.append((p, resume)) }
      }
    }
    // Mentions in rule order, then text order, as each phrase's matches were listed before
    // (a phrase's position in `compiled` is its index).
    found.sort { ($0.phrase, $0.match.words.lowerBound) < ($1.phrase, $1.match.words.lowerBound) }
    reserveMentions(found, rules)
    for (p, m) in found {
      let phrase = rules.compiled[p]
      guard let kind = phrase.kind else {
        let name = phrase.area!
        areas.append(AreaMention(words: m.words, area: name.area, text: name.name, ruleID: nil))
        continue
      }
      let mention = Mention(words: m.words, phrase: phrase, slot: m.slot)
      switch kind {
      case .measure: measures.append(mention)
      case .change: changes.append(mention)
      case .comparison: comparisons.append(mention)
      case .nonClaim: nonClaims.append(mention)
      case .basePeriod: baseMarkers.append(mention)
      case .continuation: continuations.append(mention)
      case .area:
        let target = mention.rule.area == .national ? rules.nationalArea : nil
        areas.append(AreaMention(words: m.words, area: target, text: phrase.source, ruleID: mention.rule.id))
      }
    }
    // A longer area name wins over a shorter one inside it ("North Wales" over "Wales"). A
    // single name stands (the filter made a new array of it).
    guard areas.count > 1 else { return }
    areas = areas.filter { a in
      !areas.contains { b in
        b.words != a.words && b.words.lowerBound <= a.words.lowerBound
          && a.words.upperBound <= b.words.upperBound
      }
    }
  }

  /// Each list of mentions allocated once at its final size: grown from empty one append at a
  /// time, each list was reallocated as it grew (with `found`, `next`, 26 M instructions).
  private func reserveMentions(_ found: [(phrase: Int, match: PhraseMatch)], _ rules: borrowing CompiledRules) {
    var counts = (measures: 0, changes: 0, comparisons: 0, nonClaims: 0, baseMarkers: 0, continuations: 0, areas: 0)
    for (p, _) in found {
      switch rules.compiled[p].kind {
      case nil, .area: counts.areas += 1
      case .measure: counts.measures += 1
      case .change: counts.changes += 1
      case .comparison: counts.comparisons += 1
      case .nonClaim: counts.nonClaims += 1
      case .basePeriod: counts.baseMarkers += 1
      case .continuation: counts.continuations += 1
      }
    }
    if counts.measures > 0 { measures.reserveCapacity(counts.measures) }
    if counts.changes > 0 { changes.reserveCapacity(counts.changes) }
    if counts.comparisons > 0 { comparisons.reserveCapacity(counts.comparisons) }
    if counts.nonClaims > 0 { nonClaims.reserveCapacity(counts.nonClaims) }
    if counts.baseMarkers > 0 { baseMarkers.reserveCapacity(counts.baseMarkers) }
    if counts.continuations > 0 { continuations.reserveCapacity(counts.continuations) }
    if counts.areas > 0 { areas.reserveCapacity(counts.areas) }
  }

  /// Words between two spans; 0 when they touch or overlap.
  static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    if a.overlaps(b) || a.isEmpty || b.isEmpty { return 0 }
    return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound - b.upperBound
  }
}

/// Rules compiled for matching: every phrase with its rule, and the gazetteer's names, indexed
/// by the word they start with.
public struct CompiledRules: Sendable {
  let compiled: [CompiledPhrase]
  let vocabulary: WordTable
  /// Phrases by the id of a word they can start with (ids are dense, from 0).
  let startingByID: [[Int]]
  /// Phrases that can start at any word (with an optional word).
  let anyStart: [Int]
  /// Phrases that start with a number slot: tried only at a word where an expression starts.
  /// Tried at every word ("# year|years old"), they were a third of all the phrases tried in
  /// an audit (151,000 of 400,000), every one a call to `match`.
  let numberStart: [Int]
  /// The same two indexes for the phrases a sentence without numbers needs: places (the
  /// gazetteer and `area` rules) and comparisons, which say whether a place named is the
  /// paragraph's (see `SentenceResolver.rememberArea`). Nothing else a rule finds in such a
  /// sentence is ever read, and over a third of news sentences hold no number.
  let placeStartingByID: [[Int]]
  let placeAnyStart: [Int]
  let placeNumberStart: [Int]
  /// `compiled`, each unretained (`compiled` keeps them alive), for calls that retain nothing.
  let unretained: [Unmanaged<CompiledPhrase>]
  /// Keyed on those same phrases: which sentences can be left unbroken into words.
  let screen: SentenceScreen
  /// By phrase: the one word id its second word must be, or -1. Checked before `match`: most
  /// phrases tried at a word ("the …", "in the …") fail on the next word, and the call and its
  /// recursion cost more than the compare (600k calls for 2,000 articles).
  let secondWord: [Int32]
  /// The stems of every word of every measure phrase ("breached" and "breaching" give
  /// "breach"): a count followed by one ("26 breaches") counts what a measure counts.
  let measureStems: Set<String>
  var nationalArea: String?

  public init(rules: [Rule], areaNames: [AreaName], nationalArea: String?) {
    var vocabulary: [String: Int32] = [:]
    var compiled: [CompiledPhrase] = []
    for rule in rules {
      for phrase in rule.phrases {
        compiled.append(CompiledPhrase(index: compiled.count, phrase: phrase, rule: rule, area: nil, vocabulary: &vocabulary))
      }
    }
    for name in areaNames {
      let words = CompiledRules.words(ofAreaName: name.name)
      guard !words.isEmpty else { continue }
      let phrase = Phrase(elements: words.map { .word([$0], optional: false) }, source: name.name)
      compiled.append(CompiledPhrase(index: compiled.count, phrase: phrase, rule: nil, area: name, vocabulary: &vocabulary))
    }
    var starting: [Int32: [Int]] = [:]
    var anyStart: [Int] = []
    var numberStart: [Int] = []
    for p in compiled {
      if let first = p.firstWords {
        for id in first { starting[id, default: []].append(p.index) }
      } else if case .number = p.elements.first {
        numberStart.append(p.index)
      } else {
        anyStart.append(p.index)
      }
    }
    self.compiled = compiled
    self.unretained = compiled.map { Unmanaged.passUnretained($0) }
    self.vocabulary = WordTable(vocabulary)
    var byID = [[Int]](repeating: [], count: vocabulary.count)
    for (id, list) in starting where id >= 0 && Int(id) < byID.count { byID[Int(id)] = list }
    self.startingByID = byID
    self.anyStart = anyStart
    self.numberStart = numberStart
    func place(_ p: Int) -> Bool {
      let kind = compiled[p].kind
      return kind == nil || kind == .area || kind == .comparison
    }
    self.placeStartingByID = byID.map { $0.filter(place) }
    self.placeAnyStart = anyStart.filter(place)
    self.placeNumberStart = numberStart.filter(place)
    let words = Dictionary(uniqueKeysWithValues: vocabulary.map { ($0.value, $0.key) })
    self.screen = SentenceScreen(phrases: compiled.indices.filter(place).map { compiled[$0] }, words: words)
    self.secondWord = compiled.map { $0.requiredSecondWord ?? -1 }
    self.nationalArea = nationalArea
    var stems = Set<String>()
    for rule in rules where rule.kind == .measure {
      for phrase in rule.phrases {
        for case .word(let alternatives, _) in phrase.elements {
          for w in alternatives { stems.insert(Self.stem(w)) }
        }
      }
    }
    self.measureStems = stems
  }

  /// A word without its plural or verb ending: "breaches", "breached", "breaching" → "breach";
  /// "agencies" → "agency"; "officers" → "officer". Crude, but the same on both sides.
  static func stem(_ word: String) -> String {
    var w = Substring(word)
    if w.count > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
    if w.count > 5, w.hasSuffix("ing") { return String(w.dropLast(3)) }
    if w.count > 4, w.hasSuffix("ed") { return String(w.dropLast(2)) }
    if w.count > 4, w.hasSuffix("es"), ["ch", "sh", "x", "s", "z"].contains(where: { w.dropLast(2).hasSuffix($0) }) {
      return String(w.dropLast(2))
    }
    if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss") { w = w.dropLast() }
    return String(w)
  }

  /// An area name's words as its phrase has them: split at spaces and hyphens, normalised,
  /// those with no letter or digit left out.
  ///
  /// ASCII names without CR (so each byte is one Character) are read on bytes with
  /// `PhraseView.normalisedWord`, the byte form of `normalise`: the Character reading cost
  /// ~2 M instructions of every start-up for the gazetteer's 162 names.
  static func words(ofAreaName name: String) -> [String] {
    let bytes = Array(name.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return wordsByCharacters(ofAreaName: name) }
    var words: [String] = []
    var start = 0
    for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 || bytes[end] == 0x2D {
      defer { start = end + 1 }
      guard end > start else { continue }
      let word = PhraseView.normalisedWord(bytes, SourceRange(start: start, end: end))
      if word.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) }) {
        words.append(word)
      }
    }
    return words
  }

  /// `words(ofAreaName:)` by Characters: the reference reading, used outside ASCII.
  static func wordsByCharacters(ofAreaName name: String) -> [String] {
    name.split { $0 == " " || $0 == "-" }.map {
      PhraseView.normalise(String($0))
    }.filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
  }
}
