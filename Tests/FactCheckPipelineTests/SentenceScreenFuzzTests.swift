@testable import FactCheckCore
import FactCheckData
import Foundation
import Testing

/// Random text built from every word of the rules' phrases and the gazetteer's names, number
/// words, months in both cases, possessives, the punctuation the screen passes over, NFD
/// accents, emoji, tabs and line ends: each sentence the screen skips, once broken anyway,
/// holds no number, place or comparison, and extraction is the same as breaking every
/// sentence. For the MAPPA rules, the schools fixture and a made-up domain.
@Suite struct SentenceScreenFuzzTests {
  struct RNG: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static func phraseWords(_ rules: [Rule]) -> [String] {
    var out: Set<String> = []
    for r in rules {
      for p in r.phrases + r.unless {
        for e in p.elements { if case .word(let ws, _) = e { out.formUnion(ws) } }
      }
    }
    return out.sorted()
  }

  static let fillers = [
    "the", "a", "an", "and", "of", "in", "was", "said", "police", "report", "Mr.", "Dr.", "it",
    "May", "may", "March", "march", "June", "one", "One", "none", "no", "year", "any", "did", "not",
    "tenfold", "manifold", "Twofold", "half", "dozens", "hundreds", "first", "second", "twice",
    "doubled", "this", "last", "next", "decade", "century", "between", "minus", "zero", "nil",
  ]
  static let joiners = [
    " ", " ", " ", " ", ", ", ". ", "; ", ": ", " – ", " — ", "…", "\u{00A0}", "-", "'", "’", "‘",
    "“", "”", "\n", "\r\n", "\n\n", " (", ") ", "'s ", "’s ", "s' ", "s’ ", "/", "&", "_", "\t",
    ".\n", "!", "?", "\"",
  ]

  static func variant(_ w: String, _ g: inout RNG) -> String {
    switch Int.random(in: 0..<6, using: &g) {
    case 0: return w.uppercased()
    case 1: return w.prefix(1).uppercased() + w.dropFirst()
    default: return w
    }
  }

  static func text(_ words: [String], _ g: inout RNG, count: Int) -> String {
    var s = ""
    for _ in 0..<count {
      let w = Int.random(in: 0..<3, using: &g) == 0 ? fillers.randomElement(using: &g)! : words.randomElement(using: &g)!
      s += variant(w, &g)
      s += joiners.randomElement(using: &g)!
    }
    return s
  }

  func checkScreen(_ extractor: ClaimExtractor, words: [String], seed: UInt64, docs: Int, label: String) {
    var g = RNG(state: seed)
    let compiled = extractor.compiled
    var skipped = 0
    var total = 0
    var failures = 0
    for _ in 0..<docs {
      let t = Self.text(words, &g, count: Int.random(in: 3...60, using: &g))
      let document = Document(text: t)
      for range in segmenter.sentences(in: document) {
        total += 1
        guard !compiled.screen.mayContribute(document.utf8, range) else { continue }
        skipped += 1
        let tokens = segmenter.tokens(in: document, range: range)
        let expressions = extractor.recognizer.recognize(in: document, tokens: tokens, exhaustive: true)
        let view = PhraseView(document: document, range: range, tokens: tokens, expressions: expressions,
                              vocabulary: compiled.vocabulary)
        let analysis = SentenceAnalysis(view: view, rules: compiled)
        if !(expressions.isEmpty && analysis.areas.isEmpty && analysis.comparisons.isEmpty) {
          failures += 1
          if failures < 20 {
            Issue.record("\(label) screen miss: \(document.slice(range).debugDescription) exprs=\(expressions.count) areas=\(analysis.areas.map(\.text)) cmp=\(analysis.comparisons.count)")
          }
        }
      }
      let published = CalendarDate(year: 2020, month: 11, day: 5)
      let a = extractor.extract(from: document, segmenter: segmenter, options: .init(published: published))
      let b = extractor.extract(from: document, segmenter: segmenter,
                                options: .init(published: published, breakEverySentence: true))
      if a.claims != b.claims || a.ignored != b.ignored || a.unparsed != b.unparsed || a.mainArea != b.mainArea {
        failures += 1
        if failures < 20 { Issue.record("\(label) extract differs: \(t.debugDescription)") }
      }
    }
    // The text is built to sit near the screen's edges; it must still skip some of it.
    #expect(skipped > total / 20, "\(label): \(skipped) of \(total) skipped")
  }

  @Test func screenFuzzReal() {
    let p = Pipeline.real
    var words = Self.phraseWords(p.rules.rules)
    words += (p.dataset?.gazetteer.names.map(\.name) ?? [])
    checkScreen(p.checker.extractor, words: words, seed: 1, docs: 800, label: "real")
  }

  @Test func screenFuzzSchools() {
    let p = Pipeline.schools
    var words = Self.phraseWords(p.rules.rules)
    words += (p.dataset?.gazetteer.names.map(\.name) ?? [])
    checkScreen(p.checker.extractor, words: words, seed: 2, docs: 500, label: "schools")
  }

  /// A made-up domain (the screen is derived from the rules, not from MAPPA) whose rules use
  /// apostrophes, curly quotes, long words, and area names with possessives, hyphens and
  /// accents.
  @Test func screenFuzzCustom() throws {
    func phrase(_ s: String) throws -> Phrase { try Phrase.parse(s).get() }
    var cmp = Rule(id: "cmp1", kind: .comparison, description: "", phrases: [
        try phrase("worse|poorer than o'neill's"), try phrase("better than … elsewhere"),
        try phrase("ahead of the internationalisationist average"), try phrase("don’t compare?"),
        try phrase("hors de combat"), try phrase("naïve comparison"),
      ], forms: [.number])
    cmp.compareWith = .national
    let rules = [
      cmp,
      Rule(id: "area1", kind: .area, description: "", phrases: [
        try phrase("the nation"), try phrase("countrywide|nationwide"), try phrase("o’clock"),
      ], area: .national),
      Rule(id: "m1", kind: .measure, description: "", measure: "x", phrases: [try phrase("pupils")], forms: [.number]),
    ]
    let areas = [
      "King's Lynn", "Stoke-on-Trent", "Ynys Môn", "St. Helens", "Bristol, City of", "Kingston upon Hull",
      "Rhondda Cynon Taf", "Weston-super-Mare", "Three Rivers", "Sevenoaks", "O'Fallon", "Llanfairpwllgwyngyll",
      "Bath & North East Somerset", "Isle of Wight", "Newcastle-under-Lyme", "Brighton and Hove",
    ].map { AreaName(name: $0, area: $0, confidence: 1) }
    let extractor = ClaimExtractor(rules: rules, areaNames: areas, nationalArea: "nation", calendar: nil)
    var words: [String] = []
    for a in areas { words += a.name.split(separator: " ").map(String.init) + [a.name] }
    words += Self.phraseWords(rules)
    words += ["Mon", "Mo\u{302}n", "Môn", "kings", "king’s", "KING'S", "st", "helens", "bristol"]
    checkScreen(extractor, words: words, seed: 3, docs: 800, label: "custom")
  }
}
