/// A phrase compiled for matching: its words turned into small integer ids, so matching a
/// sentence compares integers, and an index from first word to phrases, so each word of a
/// sentence tries only the phrases that can start there.
public final class CompiledPhrase: Sendable {
  /// A word element's alternatives are `ids[lo..<hi]`: kept in one array for the phrase so an
  /// element holds no reference, and matching retains and releases nothing per element.
  enum Element: Sendable {
    case word(lo: Int32, hi: Int32, optional: Bool)
    case gap(Int)
    case number
  }

  /// Position in the compiled set; mentions are reported in this order.
  let index: Int
  let elements: [Element]
  /// The word ids of all word elements, each element's alternatives sorted.
  let ids: [Int32]
  let source: String
  /// The rule the phrase belongs to, or nil for a place name.
  let rule: Rule?
  /// `rule`, or an empty rule for a place name: stored unwrapped so a mention can lend it.
  /// Unwrapping `rule` to read one field copied the whole rule through its value witnesses
  /// (a dozen references retained and released, about 800 instructions a read; 7 M for 2,000
  /// articles).
  let ruleOrEmpty: Rule
  /// The rule's kind, read without copying the rule.
  let kind: CheckKind?
  /// The place a gazetteer name stands for.
  let area: AreaName?
  /// The area a mention of this phrase names: a gazetteer name's area; for an `area` rule's
  /// phrase, the national area when the rule names it, else nil ("the county"). Nil for
  /// other phrases.
  let mentionArea: String?
  /// The rule's `unless` phrases, compiled into the same vocabulary. Matched as `Phrase`s, they
  /// made a String of each word they read and hashed it into a set: 17.6 M instructions for
  /// 2,000 articles, where comparing ids is a few.
  let unless: [CompiledPhrase]
  /// The rule's `forms`, as a mask.
  let forms: NumberForms
  /// The bits (`StartTable.bit`) of the words a match can start with; all ones when any word
  /// can (an optional first word, a gap or a number slot). See `firstMatch`.
  let firstWordBits: UInt64

  init(index: Int, phrase: Phrase, rule: Rule?, area: AreaName?, nationalArea: String? = nil,
       vocabulary: inout [String: Int32]) {
    self.index = index
    self.source = phrase.source
    self.rule = rule
    self.ruleOrEmpty = rule ?? Rule(id: "", kind: .area, description: "", phrases: [])
    self.kind = rule?.kind
    self.area = area
    if let area {
      self.mentionArea = area.area
    } else if let rule, rule.kind == .area, rule.area == .national {
      self.mentionArea = nationalArea
    } else {
      self.mentionArea = nil
    }
    var ids: [Int32] = []
    self.elements = phrase.elements.map { element in
      switch element {
      case .word(let words, let optional):
        let lo = Int32(ids.count)
        ids += words.sorted().map { Vocabulary.id(of: $0, in: &vocabulary) }
        return .word(lo: lo, hi: Int32(ids.count), optional: optional)
      case .gap(let n): return .gap(n)
      case .number: return .number
      }
    }
    self.ids = ids
    if case .word(let lo, let hi, false) = elements.first {
      firstWordBits = ids[Int(lo)..<Int(hi)].reduce(0) { $0 | StartTable.bit($1) }
    } else {
      firstWordBits = ~0
    }
    self.forms = NumberForms(rule?.forms ?? [])
    self.unless = (rule?.unless ?? []).map {
      CompiledPhrase(index: -1, phrase: $0, rule: nil, area: nil, vocabulary: &vocabulary)
    }
  }

  /// The words that can start a match, or nil when any word can (an optional first word or
  /// a number slot).
  var firstWords: [Int32]? {
    guard case .word(let lo, let hi, let optional) = elements.first, !optional else { return nil }
    return Array(ids[Int(lo)..<Int(hi)])
  }

  /// The single word a match must have right after its first, when the phrase starts with two
  /// required words and the second has no alternatives.
  var requiredSecondWord: Int32? {
    guard elements.count >= 2, case .word(_, _, false) = elements[0],
      case .word(let lo, let hi, false) = elements[1], hi - lo == 1
    else { return nil }
    return ids[Int(lo)]
  }

  /// The words a match must have right after its first, when the phrase starts with two
  /// required words (the second element's alternatives; `requiredSecondWord` when it has one).
  var requiredSecondWords: [Int32]? {
    guard elements.count >= 2, case .word(_, _, false) = elements[0],
      case .word(let lo, let hi, false) = elements[1]
    else { return nil }
    return Array(ids[Int(lo)..<Int(hi)])
  }

  /// The words a match must have right after its number, when the phrase starts with its
  /// number slot and then a required word ("# year|years old"): the second element's
  /// alternatives.
  var requiredWordsAfterSlot: [Int32]? {
    guard elements.count >= 2, case .number = elements[0], case .word(let lo, let hi, false) = elements[1]
    else { return nil }
    return Array(ids[Int(lo)..<Int(hi)])
  }

  /// The match starting at word `start`, leftmost-longest as `Phrase.matches` defines it.
  func match(_ view: PhraseView, at start: Int) -> PhraseMatch? {
    match(view, at: start, known: 0)
  }

  /// `match(_:at:)` when the caller has already seen the first `known` elements match one
  /// word each from `start` (required words only: the first word a phrase is indexed by, and
  /// `requiredSecondWord`). Checking them again was most of the work of a failed try.
  func match(_ view: PhraseView, at start: Int, known: Int) -> PhraseMatch? {
    view.entries.withUnsafeBufferPointer { match($0, words: view.wordCount, at: start, known: known) }
  }

  /// `match(_:at:known:)` on a view's entries (`PhraseView.entries`, the first `words` of them
  /// its words): `SentenceAnalysis` holds them as a buffer while it tries every phrase, where
  /// passing the view copied it (its three arrays retained and released) at every try.
  func match(_ entries: UnsafeBufferPointer<PhraseView.Entry>, words: Int, at start: Int, known: Int)
    -> PhraseMatch?
  {
    match(entries, words, element: known, at: start + known, slot: nil).map {
      PhraseMatch(words: start..<$0.end, slot: $0.slot)
    }
  }

  /// The first of the phrase's matches in the sentence that `accept` takes, going through
  /// them as `Phrase.matches(in:)` lists them (leftmost-longest, each starting after the one
  /// before ends), without making the list.
  ///
  /// A phrase that starts with a required word is tried only where one of its words is: any
  /// other word fails that element at once, and the call to `match` for every word of the
  /// sentence was most of the cost of asking a rule's `unless` phrases (5 M instructions for
  /// 2,000 articles).
  func firstMatch(in view: PhraseView, where accept: (PhraseMatch) -> Bool) -> PhraseMatch? {
    var first: (lo: Int32, hi: Int32)?
    if case .word(let lo, let hi, false) = elements.first { first = (lo, hi) }
    let entries = view.entries
    var start = 0
    while start < view.wordCount {
      // A word no phrase uses (id -1), or one whose bit the first words' lack, is none of
      // them, told without going through their list: "made|make|makes|… up" has 29, and
      // comparing each word of a long sentence with all of them was most of the resolver's
      // asking whether a rise is cancelled (11 M instructions of an audit of 960 real
      // articles).
      if let (lo, hi) = first {
        let id = entries[start].id
        if id < 0 || firstWordBits & StartTable.bit(id) == 0 || !has(id, lo, hi) {
          start += 1
          continue
        }
      }
      guard let m = match(view, at: start) else {
        start += 1
        continue
      }
      if accept(m) { return m }
      start = max(m.words.upperBound, start + 1)
    }
    return nil
  }

  /// The match of elements from `element` on at word `index`: the first way through, trying
  /// an optional word taken before skipped and a gap's shorter lengths first. Required words
  /// and number slots leave no choice, so they are walked in a loop; only an optional word or
  /// a gap recurses (a call for every element cost about as much as the compares).
  private func match(_ entries: UnsafeBufferPointer<PhraseView.Entry>, _ wordCount: Int, element: Int,
                     at index: Int, slot: Int?) -> (end: Int, slot: Int?)? {
    var (element, index, slot) = (element, index, slot)
    while element < elements.count {
      switch elements[element] {
      case .word(let lo, let hi, let optional):
        let hit = index < wordCount && has(entries[index].id, lo, hi)
        if !optional {
          guard hit else { return nil }
          index += 1
        } else if hit, let m = match(entries, wordCount, element: element + 1, at: index + 1, slot: slot) {
          return m
        }
      case .gap(let most):
        for skip in 0...most where index + skip <= wordCount {
          if let m = match(entries, wordCount, element: element + 1, at: index + skip, slot: slot) { return m }
        }
        return nil
      case .number:
        // The expression whose words start here (the first, should two), as
        // `PhraseView.expression(startingAt:)` finds it.
        var k = wordCount
        while k < entries.count {
          let span = entries[k].range
          if span.start == index, span.end > span.start { break }
          k += 1
        }
        guard k < entries.count else { return nil }
        index = entries[k].range.end
        slot = k - wordCount
      }
      element += 1
    }
    return (index, slot)
  }

  /// Whether `id` is among `ids[lo..<hi]` (an element's few alternatives).
  @inline(__always)
  private func has(_ id: Int32, _ lo: Int32, _ hi: Int32) -> Bool {
    var k = Int(lo)
    while k < Int(hi) {
      if ids[k] == id { return true }
      k += 1
    }
    return false
  }
}

/// Word ids shared by the compiled phrases and the sentences matched against them.
public enum Vocabulary {
  /// An id for a word that no phrase uses.
  static let unknown: Int32 = -1

  static func id(of word: String, in vocabulary: inout [String: Int32]) -> Int32 {
    if let id = vocabulary[word] { return id }
    let id = Int32(vocabulary.count)
    vocabulary[word] = id
    return id
  }
}
