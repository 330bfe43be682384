import FactCheckCore
import FactCheckICU
import Foundation
import Testing

/// The recogniser skips sentences with no number word and tokens no form starts on. A form
/// that starts on a new word must add it to `FormStarts.words` (and, when it needs no digit,
/// to `NumberRecognizer.witnesses`); these tests catch a missing one.
@Suite struct RecognizerShortcutTests {
  static let phrases = [
    "None were recalled. Nobody was charged. The figure was zero, or nil.",
    "There were no offenders on the list, and the force did not remove any of them.",
    "One of the areas saw one another; no one knew, but the one in Kent did.",
    "Level two offenders, category three and tier four cases rose.",
    "Last year, this year, next year, a year ago, a decade ago, the year before, the previous year.",
    "As of March the figures had doubled, then tripled, a sixfold and a tenfold rise, and halved.",
    "In May and in June; March figures; the same time last year.",
    "Twice as many, thrice the rate, three times higher, a dozen, dozens, hundreds, several.",
    "Minus five, negative three, a half, two-thirds, a fifth, one and a half, a hundred.",
    "More than a thousand, fewer than a million, between ten and twenty, up to forty.",
    "It took a decade or a century, and a quarter of them were first offenders.",
    "The county has seen a rise in registered sex offenders, nationally and in Essex.",
    // Money starts on "$" or "£" only, never on a word led by the same byte ("µg", "ºC").
    "It cost £5, US$20, $ 7, £ 3m, µ5 and 5µg; ºC 40, ª2, £\u{00A0}9 and $$4, or £µ6.",
  ]

  static func texts() throws -> [String] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let samples = root.appendingPathComponent("Corpus/samples")
    let files = try FileManager.default.contentsOfDirectory(atPath: samples.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    // The generated archive's stories too (markup and all): 400 KB of varied phrasing.
    let archive = root.appendingPathComponent("Corpus/archive-sample")
    let stories = FileManager.default.enumerator(atPath: archive.path)?.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".html") || $0.hasSuffix(".jsonl") }
      .sorted() ?? []
    return try files.map { try String(contentsOf: samples.appendingPathComponent($0), encoding: .utf8) }
      + stories.map { String(decoding: try Data(contentsOf: archive.appendingPathComponent($0)), as: UTF8.self) }
      + phrases
  }

  @Test func shortcutsFindWhatTheExhaustiveScanFinds() throws {
    let segmenter = try ICUSegmenter()
    let recognizer = NumberRecognizer()
    var sentences = 0
    for text in try Self.texts() {
      let doc = Document(text: text)
      for range in segmenter.sentences(in: doc) {
        let tokens = segmenter.tokens(in: doc, range: range)
        #expect(
          recognizer.recognize(in: doc, tokens: tokens)
            == recognizer.recognize(in: doc, tokens: tokens, exhaustive: true),
          "\(doc.slice(range))")
        sentences += 1
      }
    }
    #expect(sentences > 2000)
  }
}
