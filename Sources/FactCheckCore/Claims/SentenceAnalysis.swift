/// What the rules found in one sentence: mentions of measures, changes, areas, comparisons,
/// base-period markers and non-claims, each with the words it covers.
final class SentenceAnalysis {
  struct Mention {
    var words: Range<Int>
    var phrase: CompiledPhrase
    var slot: Int?
    /// Borrowed, not copied: a `Rule` holds a dozen references, and copying one to read a field
    /// retained and released each of them (about 1.5% of an audit).
    var rule: Rule { _read { yield phrase.rule.unsafelyUnwrapped } }
  }

  struct AreaMention {
    var words: Range<Int>
    /// A canonical area, or nil for "the county" (the article's own area).
    var area: String?
    var text: String
    var ruleID: String?
  }

  let view: PhraseView
  var measures: [Mention] = []
  var changes: [Mention] = []
  var comparisons: [Mention] = []
  var nonClaims: [Mention] = []
  var baseMarkers: [Mention] = []
  var continuations: [Mention] = []
  var areas: [AreaMention] = []

  init(view: PhraseView, rules: CompiledRules) {
    self.view = view
    var found: [(CompiledPhrase, PhraseMatch)] = []
    // For each phrase that has matched, the first word it may match at again (a phrase's
    // matches do not overlap). Few phrases match in a sentence, so a short list is cheaper
    // than an array over every compiled phrase (which was allocated and zeroed per sentence).
    var next: [(phrase: Int, word: Int)] = []
    rules.compiled.withUnsafeBufferPointer { compiled in
      // The phrases that can start with this word, then those that can start anywhere.
      func tryPhrases(_ list: UnsafeBufferPointer<Int>, at start: Int) {
        for p in list {
          let blocked = next.firstIndex { $0.phrase == p }
          if let b = blocked, next[b].word > start { continue }
          let phrase = compiled[p]
          guard let m = phrase.match(view, at: start) else { continue }
          found.append((phrase, m))
          let resume = max(m.words.upperBound, start + 1)
          if let b = blocked { next[b].word = resume } else { next.append((p, resume)) }
        }
      }
      rules.startingByID.withUnsafeBufferPointer { byID in
        rules.anyStart.withUnsafeBufferPointer { anyStart in
          for start in view.ids.indices {
            let id = view.ids[start]
            if id >= 0, Int(id) < byID.count {
              byID[Int(id)].withUnsafeBufferPointer { tryPhrases($0, at: start) }
            }
            tryPhrases(anyStart, at: start)
          }
        }
      }
    }
    // Mentions in rule order, then text order, as each phrase's matches were listed before.
    found.sort { ($0.0.index, $0.1.words.lowerBound) < ($1.0.index, $1.1.words.lowerBound) }
    for (phrase, m) in found {
      guard let rule = phrase.rule else {
        let name = phrase.area!
        areas.append(AreaMention(words: m.words, area: name.area, text: name.name, ruleID: nil))
        continue
      }
      let mention = Mention(words: m.words, phrase: phrase, slot: m.slot)
      switch rule.kind {
      case .measure: measures.append(mention)
      case .change: changes.append(mention)
      case .comparison: comparisons.append(mention)
      case .nonClaim: nonClaims.append(mention)
      case .basePeriod: baseMarkers.append(mention)
      case .continuation: continuations.append(mention)
      case .area:
        let target = rule.area == .national ? rules.nationalArea : nil
        areas.append(AreaMention(words: m.words, area: target, text: phrase.source, ruleID: rule.id))
      }
    }
    // A longer area name wins over a shorter one inside it ("North Wales" over "Wales").
    areas = areas.filter { a in
      !areas.contains { b in
        b.words != a.words && b.words.lowerBound <= a.words.lowerBound
          && a.words.upperBound <= b.words.upperBound
      }
    }
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
  /// Phrases that can start at any word.
  let anyStart: [Int]
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
      let words = name.name.split { $0 == " " || $0 == "-" }.map {
        PhraseView.normalise(String($0))
      }.filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
      guard !words.isEmpty else { continue }
      let phrase = Phrase(elements: words.map { .word([$0], optional: false) }, source: name.name)
      compiled.append(CompiledPhrase(index: compiled.count, phrase: phrase, rule: nil, area: name, vocabulary: &vocabulary))
    }
    var starting: [Int32: [Int]] = [:]
    var anyStart: [Int] = []
    for p in compiled {
      if let first = p.firstWords {
        for id in first { starting[id, default: []].append(p.index) }
      } else {
        anyStart.append(p.index)
      }
    }
    self.compiled = compiled
    self.vocabulary = WordTable(vocabulary)
    var byID = [[Int]](repeating: [], count: vocabulary.count)
    for (id, list) in starting where id >= 0 && Int(id) < byID.count { byID[Int(id)] = list }
    self.startingByID = byID
    self.anyStart = anyStart
    self.nationalArea = nationalArea
  }
}
