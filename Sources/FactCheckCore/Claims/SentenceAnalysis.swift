/// What the rules found in one sentence: mentions of measures, changes, areas, comparisons,
/// base-period markers and non-claims, each with the words it covers.
struct SentenceAnalysis {
  struct Mention {
    var words: Range<Int>
    var rule: Rule
    var slot: Int?
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
    for (rule, phrase) in rules.phrases {
      for m in phrase.matches(in: view) {
        let mention = Mention(words: m.words, rule: rule, slot: m.slot)
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
    }
    for (phrase, name) in rules.areaPhrases {
      for m in phrase.matches(in: view) {
        areas.append(AreaMention(words: m.words, area: name.area, text: name.name, ruleID: nil))
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

/// Rules compiled for matching: every phrase with its rule, and the gazetteer's names.
public struct CompiledRules: Sendable {
  var phrases: [(Rule, Phrase)]
  var areaPhrases: [(Phrase, AreaName)]
  var nationalArea: String?

  public init(rules: [Rule], areaNames: [AreaName], nationalArea: String?) {
    phrases = rules.flatMap { rule in rule.phrases.map { (rule, $0) } }
    areaPhrases = areaNames.compactMap { name in
      let words = name.name.split { $0 == " " || $0 == "-" }.map {
        PhraseView.normalise(String($0))
      }.filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
      guard !words.isEmpty else { return nil }
      let phrase = Phrase(elements: words.map { .word([$0], optional: false) }, source: name.name)
      return (phrase, name)
    }
    self.nationalArea = nationalArea
  }
}
