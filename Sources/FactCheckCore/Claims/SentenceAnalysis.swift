/// What the rules found in one sentence: mentions of measures, changes, areas, comparisons,
/// base-period markers and non-claims, each with the words it covers.
///
/// A struct, kept in the document's array of sentences: as a class (holding its view, also a
/// class) it was two allocations and two frees for every sentence, and nothing shares an
/// analysis (the resolver only reads it; what it learns of a sentence's `unless` phrases is
/// kept in the `DocumentContext`).
struct SentenceAnalysis {
  /// A mention holds its phrase `unowned(unsafe)`, so a mention is plain data: a list of them
  /// is freed without releasing each phrase, and copying one (the resolver's searches copy
  /// many) retains nothing. Arrays of mentions holding strong references cost a release per
  /// element when each sentence's lists were freed (about 12 M instructions for 2,000
  /// articles). Sound because the analysis keeps the compiled phrases alive (`phrases`), and
  /// mentions are read only while their analysis is.
  struct Mention {
    var words: Range<Int>
    unowned(unsafe) let phrase: CompiledPhrase
    var slot: Int?
    /// Borrowed, not copied: a `Rule` holds a dozen references, and copying one to read a field
    /// retained and released each of them (about 1.5% of an audit). Yielded from the stored
    /// non-optional rule: `rule.unsafelyUnwrapped` returned a copy. (Mentions are made only of
    /// phrases with a rule, so the empty rule is never read.)
    var rule: Rule { _read { yield phrase.ruleOrEmpty } }

    // Of a place named, read from its phrase when asked for (three strings stored in each
    // mention were retained at every copy and released at every free).
    /// A canonical area, or nil for "the county" (the article's own area).
    var area: String? { phrase.mentionArea }
    /// The words as the phrase spells them (a gazetteer name's phrase is made from the name).
    var text: String { phrase.source }
    /// The `area` rule that named it; nil for a gazetteer name.
    var ruleID: String? { phrase.kind == nil ? nil : phrase.ruleOrEmpty.id }
  }

  /// A place named: a gazetteer name or an `area` rule's phrase.
  typealias AreaMention = Mention

  /// Keeps alive the phrases the mentions hold unowned.
  private let phrases: [CompiledPhrase]
  let view: PhraseView
  /// Every mention in one list, by kind in the order of the properties below (see
  /// `CompiledRules.groups`), each kind's in rule order, then text order. Seven lists, one per
  /// kind, were up to seven allocations, and seven releases, for every sentence (with the
  /// count that reserved them, about 5 M instructions for 2,000 articles).
  ///
  /// The list is the document's (`init(view:rules:scratch:pool:)`): the sentence's mentions
  /// are a stretch of it. A list for each sentence was an allocation and a free for each of
  /// 9,500 sentences of 2,000 articles (about 4 M instructions). Empty until `attach`.
  private var mentions: [Mention] = []
  /// Where the sentence's mentions start in `mentions` (lane 0), then where each kind's end
  /// (lanes 1 to 7).
  private var bounds: SIMD8<Int32>

  @inline(__always)
  private func group(_ g: Int) -> ArraySlice<Mention> {
    mentions[Int(bounds[g])..<Int(bounds[g &+ 1])]
  }

  var measures: ArraySlice<Mention> { group(0) }
  var changes: ArraySlice<Mention> { group(1) }
  var comparisons: ArraySlice<Mention> { group(2) }
  var nonClaims: ArraySlice<Mention> { group(3) }
  var baseMarkers: ArraySlice<Mention> { group(4) }
  var continuations: ArraySlice<Mention> { group(5) }
  var areas: ArraySlice<AreaMention> { group(6) }
  /// The list the initializer writes for every sentence. The extractor keeps one for a
  /// document, so it is allocated once, not grown from empty for each sentence. It is written
  /// over up to a count and never emptied: emptying a list that a sentence had filled took the
  /// general path of `replaceSubrange` (about 90 instructions, twice for most sentences).
  struct Scratch {
    /// Each match with its phrase's kind group and index as one sort key (see `init`).
    var found: [(key: Int, match: PhraseMatch)] = []

    /// Room for the matches of a busy sentence from the start: grown from empty, the list was
    /// reallocated twice a document (3 M instructions for 2,000 articles).
    init() {
      found.reserveCapacity(32)
    }
  }

  init(view: consuming PhraseView, rules: borrowing CompiledRules) {
    var scratch = Scratch()
    self.init(view: view, rules: rules, scratch: &scratch)
  }

  /// An analysis with its mentions in a list of its own.
  init(view: consuming PhraseView, rules: borrowing CompiledRules, scratch: inout Scratch) {
    var pool: [Mention] = []
    self.init(view: view, rules: rules, scratch: &scratch, pool: &pool)
    attach(pool)
  }

  /// Gives the analysis the list its mentions were added to (`init(view:rules:scratch:pool:)`),
  /// once that list is complete: held by each sentence while still being added to, it would
  /// be copied at the next sentence's first mention.
  mutating func attach(_ pool: [Mention]) {
    mentions = pool
  }

  /// `rules` is borrowed: an initializer's arguments are otherwise passed owned, and the
  /// caller copied the compiled rules (ten references) for each sentence. `view` is consumed:
  /// the extractor makes it for this analysis alone, and passed owned and stored it was copied
  /// (its three arrays retained) and the argument then released.
  ///
  /// The mentions are added to the end of `pool`, and read only once the analysis is given the
  /// whole list (`attach`): the extractor adds a document's sentences' to one list.
  init(view: consuming PhraseView, rules: borrowing CompiledRules, scratch: inout Scratch,
       pool: inout [Mention]) {
    self.view = view
    self.phrases = rules.compiled
    // Taken out of the scratch (a swap, not a copy) and given back at the end. The first
    // `foundCount` entries are this sentence's; those after are left over.
    var found: [(key: Int, match: PhraseMatch)] = []
    swap(&found, &scratch.found)
    var foundCount = 0
    defer { swap(&found, &scratch.found) }
    // The matching reads the view's entries as a buffer, borrowed for the loop: reading the
    // view itself (and handing it to every phrase tried) copied it, its arrays retained and
    // released.
    let count = self.view.wordCount
    let numbers = !self.view.expressions.isEmpty
    // A sentence the screen left unbroken has no words, and matches nothing.
    if count > 0 {
      Self.findMatches(self.view.entries, count: count, numbers: numbers, rules: rules, found: &found,
                       foundCount: &foundCount)
    }
    // Mentions by kind, then in rule order, then text order, as each phrase's matches were
    // listed before (a phrase's position in `compiled` is its index). No two matches have the
    // same key and start (a phrase matches once at a word), so any sort gives the one order.
    // A sentence's few matches are put in order by insertion: the library's sort cost about
    // 100 instructions a call, even for two matches.
    if foundCount > 1 {
      found.withUnsafeMutableBufferPointer { all in
        var mine = UnsafeMutableBufferPointer(rebasing: all[..<foundCount])
        if mine.count > 24 {
          mine.sort { ($0.key, $0.match.words.lowerBound) < ($1.key, $1.match.words.lowerBound) }
          return
        }
        for i in 1..<mine.count {
          let item = mine[i]
          var j = i
          while j > 0, (item.key, item.match.words.lowerBound) < (mine[j - 1].key, mine[j - 1].match.words.lowerBound) {
            mine[j] = mine[j - 1]
            j -= 1
          }
          if j != i { mine[j] = item }
        }
      }
    }
    let base = pool.count
    for i in 0..<foundCount {
      let (key, m) = found[i]
      pool.append(Mention(words: m.words, phrase: rules.compiled[key & 0xFFFF_FFFF], slot: m.slot))
    }
    // Where the mentions start, then where each kind's end, written into the lanes' bytes: a
    // lane set by a variable index (`bounds[g] = n`) copied the whole vector through memory
    // each time.
    var bounds = SIMD8<Int32>(repeating: Int32(base))
    withUnsafeMutableBytes(of: &bounds) { lanes in
      var g = 0
      for i in 0..<foundCount {
        let k = found[i].key >> 32
        while g < k {
          lanes.storeBytes(of: Int32(base &+ i), toByteOffset: (g &+ 1) &* 4, as: Int32.self)
          g += 1
        }
      }
      while g < 7 {
        lanes.storeBytes(of: Int32(base &+ foundCount), toByteOffset: (g &+ 1) &* 4, as: Int32.self)
        g += 1
      }
    }
    // A longer area name wins over a shorter one inside it ("North Wales" over "Wales"). The
    // areas are the last kind, so those that lose are taken out of the end of the list.
    let areaStart = Int(bounds[6])
    if pool.count - areaStart > 1 {
      var lost: [Int] = []
      for i in areaStart..<pool.count {
        let a = pool[i].words
        if (areaStart..<pool.count).contains(where: { j in
          let b = pool[j].words
          return b != a && b.lowerBound <= a.lowerBound && a.upperBound <= b.upperBound
        }) {
          lost.append(i)
        }
      }
      if !lost.isEmpty {
        var kept = areaStart
        var next = 0
        for i in areaStart..<pool.count {
          if next < lost.count && lost[next] == i {
            next += 1
            continue
          }
          pool[kept] = pool[i]
          kept += 1
        }
        pool.removeLast(pool.count - kept)
        bounds[7] = Int32(kept)
      }
    }
    self.bounds = bounds
  }

  /// Every phrase match in a sentence whose entries are `words` (the first `count` of them
  /// its words, as `PhraseView.entries`), written into `found` from its start (`foundCount`
  /// of them) in the order they are found: by the word they start at.
  /// (Plain parameters: the closure that lends the entries' buffer captures no `borrowing`
  /// parameter.)
  private static func findMatches(
    _ entries: [PhraseView.Entry], count: Int, numbers: Bool, rules: CompiledRules,
    found: inout [(key: Int, match: PhraseMatch)], foundCount: inout Int
  ) {
    entries.withUnsafeBufferPointer { words in
      findMatches(words, count: count, numbers: numbers, rules: rules, found: &found, foundCount: &foundCount)
    }
  }

  private static func findMatches(
    _ words: UnsafeBufferPointer<PhraseView.Entry>, count: Int, numbers: Bool, rules: CompiledRules,
    found: inout [(key: Int, match: PhraseMatch)], foundCount: inout Int
  ) {
    let table = numbers ? rules.allStarts : rules.placeStarts
    let groups = rules.groups
    let heads = table.heads
    let byWord = table.byWord
    let anyStart = table.anyStart
    let numberStart = table.numberStart
    // Which of the first 64 words an expression starts at, marked once for the sentence:
    // asking the view at every word searched all the sentence's expressions (240,000 steps
    // for 2,000 articles). A later word (a rare long sentence) asks the view.
    let numberStarts = numbers && !numberStart.isEmpty
    var numberAt: UInt64 = 0
    if numberStarts {
      var k = count
      while k < words.count {
        let span = words[k].range
        if span.end > span.start, span.start >= 0, span.start < 64 { numberAt |= 1 << UInt64(span.start) }
        k += 1
      }
    }
    // A bit for each phrase that has matched, by the low six bits of its index.
    var matched: UInt64 = 0
    for start in 0..<count {
      // The phrases that can start with this word, then those that can start anywhere, then
      // those that start with a number slot when a number starts here. Plain loops over
      // indices: a nested function capturing `found` and `next` made every access an
      // exclusivity check and every phrase fetched a retain (together ~1.5% of an audit).
      let id = Int(words[start].id)
      var lo = 0
      var hi = 0
      // The next word's id; -2, which no phrase's second word is, after the last word. (Not
      // read after a word no phrase uses.)
      var nextID: Int32 = -2
      if id >= 0, id < heads.count {
        if start + 1 < count { nextID = words[start + 1].id }
        let head = heads[id]
        lo = Int(head.lo)
        // When no phrase of this word needs the next word as its second (its bit is clear in
        // the mask), only those with no required second word are tried.
        hi = head.seconds & StartTable.bit(nextID) != 0 ? Int(head.hi) : Int(head.plainEnd)
      }
      // A word no phrase starts with (most), or none whose second word this next word can
      // be, where no number starts: nothing to try.
      if lo == hi, anyStart.isEmpty, !numberStarts || (start < 64 && numberAt & (1 << UInt64(start)) == 0) {
        continue
      }
      let own = hi - lo
      let anywhere = own + anyStart.count
      let numberHere = numberStarts
        && (start < 64 ? numberAt & (1 << UInt64(start)) != 0 : Self.expressionStarts(at: start, words, count))
      let tries = anywhere + (numberHere ? numberStart.count : 0)
      // The words right after the expressions that start here, for the phrases that start
      // with a number slot.
      let afterNumber = numberHere ? Self.wordsAfterExpressions(at: start, words, count) : 0
      for k in 0..<tries {
        let s = k < own ? byWord[lo + k] : k < anywhere ? anyStart[k - own] : numberStart[k - anywhere]
        // The second word first: it rules out most tries, and costs less than the search of
        // `next` (180,000 of 400,000 tries over 2,000 articles).
        // A second word with alternatives ("rate stood|was|is …") is ruled out by its mask
        // (it may let through a word that shares a bit: `match` then fails).
        if k >= anywhere {
          if s.seconds & afterNumber == 0 { continue }
        } else if s.second >= 0 {
          if nextID != s.second { continue }
        } else if s.seconds & StartTable.bit(nextID) == 0 {
          continue
        }
        let p = s.phrase
        // A phrase's matches do not overlap: one that has matched may match again only from
        // the end of its latest match (or the word after its start). That match is the last of
        // the phrase's in `found`, which lists matches by their start: searched from the end,
        // and only when a phrase with the same low six bits of its index has matched in the
        // sentence (most phrases tried have not). (A second list, of where each phrase may
        // match again, cost a document an allocation and every match an entry.)
        if matched & (1 << UInt64(p & 63)) != 0 {
          var b = foundCount - 1
          while b >= 0, found[b].key & 0xFFFF_FFFF != p { b -= 1 }
          if b >= 0 {
            let latest = found[b].match.words
            if max(latest.upperBound, latest.lowerBound + 1) > start { continue }
          }
        }
        let m: PhraseMatch
        if s.complete {
          // Every element is among those known to match ("in", "compared with"): the match
          // is those words, with no slot.
          m = PhraseMatch(words: start..<start + Int(s.known), slot: nil)
        } else {
          // Called on an unretained reference: fetched from the array, each of the 220,000
          // phrases tried for 2,000 articles was retained and released around the call.
          guard let hit = rules.unretained[p]._withUnsafeGuaranteedRef({ $0.match(words, words: count, at: start, known: Int(s.known)) })
          else { continue }
          m = hit
        }
        matched |= 1 << UInt64(p & 63)
        // Kind group above the phrase's index: sorting by it orders by both, without reading
        // each phrase's group at every compare (which doubled the sort's cost).
        let item = (key: Int(groups[p]) << 32 | p, match: m)
        if foundCount < found.count { found[foundCount] = item } else { found.append(item) }
        foundCount += 1
      }
    }
  }

  /// Whether an expression's words start at word `index` (`PhraseView.expression(startingAt:)`
  /// on the view's entries).
  /// The bits (`StartTable.bit`) of the words right after each expression that starts at word
  /// `index` (the bit of -2 for one that ends the sentence).
  private static func wordsAfterExpressions(at index: Int, _ entries: UnsafeBufferPointer<PhraseView.Entry>,
                                            _ count: Int) -> UInt64 {
    var bits: UInt64 = 0
    var k = count
    while k < entries.count {
      let span = entries[k].range
      if span.start == index, span.end > span.start {
        bits |= StartTable.bit(span.end < count ? entries[span.end].id : -2)
      }
      k += 1
    }
    return bits
  }

  /// Whether an expression starts at word `index` (every one sets a bit).
  private static func expressionStarts(at index: Int, _ entries: UnsafeBufferPointer<PhraseView.Entry>, _ count: Int)
    -> Bool
  {
    wordsAfterExpressions(at: index, entries, count) != 0
  }

  /// Words between two spans; 0 when they touch or overlap.
  static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    if a.overlaps(b) || a.isEmpty || b.isEmpty { return 0 }
    return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound - b.upperBound
  }
}

/// Which phrases to try at a word: those indexed by the word's id, those that can start at
/// any word, and those that start with a number slot.
///
/// The phrases of all word ids are in one flat list, each with the second word it needs: a
/// list per id, read through the outer list, cost two bounds checks and a second load for
/// every phrase tried (with the second word read from a table by phrase, about 8 M of the
/// matching's 15 M instructions for 2,000 articles).
struct StartTable: Sendable {
  /// A phrase to try, with the id its second word must be (or -1), and how many of its first
  /// elements are known to match when it is tried (see `CompiledPhrase.match(_:at:known:)`).
  struct Start: Sendable {
    var phrase: Int
    var second: Int32
    /// The bits (`bit(_:)`) of the words its second word may be, when that is required; all
    /// ones when any word may follow the first.
    var seconds: UInt64
    var known: Int16
    /// The known elements are all the phrase's: it matches wherever it is tried, and
    /// `CompiledPhrase.match` need not be called (about 100 instructions a call).
    var complete: Bool
  }

  /// Where word id `i`'s phrases are in `byWord`: `lo..<hi`, those with no required second
  /// word first (`lo..<plainEnd`), and a mask of the ids their required second words are
  /// (`bit(_:)`). Most tries of a word that starts many phrases ("the …": 180,000 of 265,000
  /// tries for 2,000 articles) failed on the second word one phrase after another; a next
  /// word whose bit is clear rules all of them out at once, and one load gives the three
  /// bounds (two bounds-checked loads gave two).
  struct Head: Sendable {
    var seconds: UInt64
    var lo: Int32
    var plainEnd: Int32
    var hi: Int32
  }

  /// The bit of word id `id` in a `Head`'s mask of second words: its low six bits (any id,
  /// negative ones included, has one; ids that share a bit only cost the tries).
  @inline(__always)
  static func bit(_ id: Int32) -> UInt64 { 1 << UInt64(UInt32(bitPattern: id) & 63) }

  let heads: [Head]
  let byWord: [Start]
  /// Phrases that can start at any word (with an optional word).
  let anyStart: [Start]
  /// Phrases that start with a number slot: tried only at a word where an expression starts,
  /// and only when the word after that expression is one the phrase can go on with (their
  /// `seconds`). Tried at every word ("# year|years old"), they were a third of all the
  /// phrases tried in an audit (151,000 of 400,000), every one a call to `match`; tried at
  /// every number, a rule of two such phrases cost 1% of an audit.
  let numberStart: [Start]

  /// `secondWords` is, by phrase, the bits of the words its second word may be when that is a
  /// required word, or 0.
  /// `second` is, by phrase, the one word id its second word must be, or -1. Checked before
  /// `match`: most phrases tried at a word ("the …", "in the …") fail on the next word, and
  /// the call and its recursion cost more than the compare (600k calls for 2,000 articles).
  /// `afterSlot` is, by phrase, the bits of the words that must follow its number slot when it
  /// starts with one and then a required word ("# year|years old"), or 0.
  /// `elements` is, by phrase, how many elements it has.
  init(byID: [[Int]], anyStart: [Int], numberStart: [Int], second: [Int32], secondWords: [UInt64],
       afterSlot: [UInt64], elements: [Int], keep: (Int) -> Bool) {
    var heads: [Head] = []
    heads.reserveCapacity(byID.count)
    var byWord: [Start] = []
    for list in byID {
      let lo = Int32(byWord.count)
      var seconds: UInt64 = 0
      // Those with no required second word first, then the others (the order in which a
      // word's phrases are tried does not change what is found: each phrase's matches are
      // its own, and they are sorted afterwards).
      let kept = list.filter(keep)
      for p in kept where secondWords[p] == 0 {
        byWord.append(Start(phrase: p, second: -1, seconds: ~0, known: 1, complete: elements[p] == 1))
      }
      let plainEnd = Int32(byWord.count)
      for p in kept where secondWords[p] != 0 {
        // Found by its first word, a phrase has matched that word, and its second when it has
        // one required word there (with alternatives, the mask may let others through).
        seconds |= secondWords[p]
        let known = second[p] >= 0 ? 2 : 1
        byWord.append(Start(phrase: p, second: second[p], seconds: secondWords[p], known: Int16(known),
                            complete: elements[p] == known))
      }
      heads.append(Head(seconds: seconds, lo: lo, plainEnd: plainEnd, hi: Int32(byWord.count)))
    }
    self.heads = heads
    self.byWord = byWord
    self.anyStart = anyStart.filter(keep).map {
      Start(phrase: $0, second: second[$0], seconds: ~0, known: 0, complete: false)
    }
    // `seconds` here holds the words allowed after the number, not after its first word.
    self.numberStart = numberStart.filter(keep).map {
      Start(phrase: $0, second: -1, seconds: afterSlot[$0] == 0 ? ~0 : afterSlot[$0], known: 0, complete: false)
    }
  }
}

/// Rules compiled for matching: every phrase with its rule, and the gazetteer's names, indexed
/// by the word they start with.
public struct CompiledRules: Sendable {
  let compiled: [CompiledPhrase]
  let vocabulary: WordTable
  /// Where each phrase may start, for sentences with numbers: every phrase.
  let allStarts: StartTable
  /// The same for a sentence without numbers, which needs only places (the gazetteer and
  /// `area` rules) and comparisons, which say whether a place named is the paragraph's (see
  /// `SentenceResolver.rememberArea`). Nothing else a rule finds in such a sentence is ever
  /// read, and over a third of news sentences hold no number.
  let placeStarts: StartTable
  /// By phrase, the kind of mention it makes, as `SentenceAnalysis` groups them: measure,
  /// change, comparison, non-claim, base period, continuation, then places (`area` rules and
  /// the gazetteer's names).
  let groups: [UInt8]
  /// `compiled`, each unretained (`compiled` keeps them alive), for calls that retain nothing.
  let unretained: [Unmanaged<CompiledPhrase>]
  /// Keyed on those same phrases: which sentences can be left unbroken into words.
  let screen: SentenceScreen
  /// The stems of every word of every measure phrase ("breached" and "breaching" give
  /// "breach"): a count followed by one ("26 breaches") counts what a measure counts.
  let measureStems: Set<String>
  var nationalArea: String?

  public init(rules: [Rule], areaNames: [AreaName], nationalArea: String?) {
    var vocabulary: [String: Int32] = [:]
    var compiled: [CompiledPhrase] = []
    for rule in rules {
      for phrase in rule.phrases {
        compiled.append(CompiledPhrase(index: compiled.count, phrase: phrase, rule: rule, area: nil,
                                       nationalArea: nationalArea, vocabulary: &vocabulary))
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
    self.groups = compiled.map { phrase -> UInt8 in
      switch phrase.kind {
      case .measure: 0
      case .change: 1
      case .comparison: 2
      case .nonClaim: 3
      case .basePeriod: 4
      case .continuation: 5
      case .area, nil: 6
      }
    }
    self.vocabulary = WordTable(vocabulary)
    var byID = [[Int]](repeating: [], count: vocabulary.count)
    for (id, list) in starting where id >= 0 && Int(id) < byID.count { byID[Int(id)] = list }
    let second = compiled.map { $0.requiredSecondWord ?? -1 }
    let secondWords = compiled.map { phrase in
      (phrase.requiredSecondWords ?? []).reduce(UInt64(0)) { $0 | StartTable.bit($1) }
    }
    let elements = compiled.map { $0.elements.count }
    let afterSlot = compiled.map { phrase in
      (phrase.requiredWordsAfterSlot ?? []).reduce(UInt64(0)) { $0 | StartTable.bit($1) }
    }
    self.allStarts = StartTable(byID: byID, anyStart: anyStart, numberStart: numberStart, second: second,
                                secondWords: secondWords, afterSlot: afterSlot, elements: elements) { _ in true }
    func place(_ p: Int) -> Bool {
      let kind = compiled[p].kind
      return kind == nil || kind == .area || kind == .comparison
    }
    self.placeStarts = StartTable(byID: byID, anyStart: anyStart, numberStart: numberStart, second: second,
                                  secondWords: secondWords, afterSlot: afterSlot, elements: elements, keep: place)
    let words = Dictionary(uniqueKeysWithValues: vocabulary.map { ($0.value, $0.key) })
    self.screen = SentenceScreen(phrases: compiled.indices.filter(place).map { compiled[$0] }, words: words)
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
    // On the bytes, in place: `Substring.count` walked grapheme clusters, 6,000 instructions a
    // word; a copy of the bytes into an array, a list of endings and a String for each ending
    // compared still cost about 2,700 (the resolver stems the word after a count).
    var bytes = word
    let cut: (drop: Int, y: Bool)? = bytes.withUTF8 { w in
      let n = w.count
      func ends(_ s: StaticString) -> Bool {
        let k = s.utf8CodeUnitCount
        guard n >= k else { return false }
        return s.withUTF8Buffer { s in
          for i in 0..<k where w[n - k + i] != s[i] { return false }
          return true
        }
      }
      if n > 4, ends("ies") { return (3, true) }
      if n > 5, ends("ing") { return (3, false) }
      if n > 4, ends("ed") { return (2, false) }
      if n > 4, ends("es"), ends("ches") || ends("shes") || ends("xes") || ends("ses") || ends("zes") {
        return (2, false)
      }
      if n > 3, ends("s"), !ends("ss") { return (1, false) }
      return nil
    }
    guard let cut else { return word }
    let kept = bytes.withUTF8 { w in
      String(decoding: UnsafeBufferPointer(rebasing: w[..<(w.count - cut.drop)]), as: UTF8.self)
    }
    return cut.y ? kept + "y" : kept
  }

  /// `stem` as it was first written, on an array of the bytes: the reference `StemBytesTests`
  /// compares `stem` with.
  static func referenceStem(_ word: String) -> String {
    var w = Array(word.utf8)
    func ends(_ s: String) -> Bool { w.count >= s.utf8.count && w.suffix(s.utf8.count).elementsEqual(s.utf8) }
    if w.count > 4, ends("ies") { return String(decoding: w.dropLast(3), as: UTF8.self) + "y" }
    if w.count > 5, ends("ing") { return String(decoding: w.dropLast(3), as: UTF8.self) }
    if w.count > 4, ends("ed") { return String(decoding: w.dropLast(2), as: UTF8.self) }
    if w.count > 4, ends("es"), ["ches", "shes", "xes", "ses", "zes"].contains(where: ends) {
      return String(decoding: w.dropLast(2), as: UTF8.self)
    }
    if w.count > 3, ends("s"), !ends("ss") { w.removeLast() }
    return String(decoding: w, as: UTF8.self)
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

extension Array {
  /// `removeAll(keepingCapacity: true)`, which takes the general path of `replaceSubrange`
  /// even for an empty list (about 75 instructions): the scratch lists emptied for each
  /// sentence are often empty already.
  @inline(__always)
  mutating func emptyKeepingCapacity() {
    // A short list (most) is emptied from its end: each `removeLast` is inlined, a few
    // instructions.
    if count <= 4 {
      while !isEmpty { removeLast() }
    } else {
      removeAll(keepingCapacity: true)
    }
  }
}
