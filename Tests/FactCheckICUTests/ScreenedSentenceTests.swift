import FactCheckCore
import Testing

@testable import FactCheckICU

/// `sentences(in:screenedBy:)` breaks only the stretches of lines the screen does not reject.
/// Against breaking the whole document, on random text full of line ends of every kind, lines
/// starting in lower case (which `SentenceRepair` joins to the line before), abbreviations and
/// separators: every sentence it breaks is one the whole document has, and every stretch it
/// leaves whole holds whole sentences of the document, all rejected, with a line break after.
@Suite struct ScreenedSentenceTests {
  static let pieces = [
    "The", "rise", "was", "said", "it", "Kent", "quota", "1,596", "7.5", "Mr.", "No.", "J.",
    "St.", "e.g.", ".", "?", "!", "“quoted.”", "’", "café", "—", "\u{00A0}", " ", " ", " ",
    "\n", "\n", "\r\n", "\r", "\n\n", "\n \n", "\u{2028}", "\u{2029}", "\u{0085}", "\t",
    "\n  the", "\nand", "\r\nso", "\u{FEFF}",
  ]

  /// Screens that reject a sentence for what it lacks, so a stretch lacking it has sentences
  /// lacking it too, as `SentenceScreen` does.
  static let screens: [(String, @Sendable ([UInt8], SourceRange) -> Bool)] = [
    ("digit", { b, r in b[r.start..<r.end].contains { $0 >= 0x30 && $0 <= 0x39 } }),
    ("q", { b, r in b[r.start..<r.end].contains(UInt8(ascii: "q")) }),
    ("never", { _, _ in false }),
    ("always", { _, _ in true }),
  ]

  @Test(arguments: 0..<4)
  func stretchesKeepTheDocumentsSentences(screen: Int) throws {
    let segmenter = try ICUSegmenter()
    let (name, mayContribute) = Self.screens[screen]
    var random = SystemRandomNumberGenerator()
    var skippedStretches = 0
    for _ in 0..<600 {
      var text = ""
      for _ in 0..<Int.random(in: 0...50, using: &random) {
        text += Self.pieces.randomElement(using: &random)!
        if Bool.random(using: &random) { text += " " }
      }
      let document = Document(text: text)
      let bytes = document.utf8
      let whole = segmenter.sentences(in: document)
      let screened = segmenter.sentences(in: document) { mayContribute(bytes, $0) }
      var next = 0
      for s in screened {
        let label = "\(name): \(text.debugDescription) at \(s.range)"
        if s.mayContribute {
          try #require(next < whole.count && whole[next] == s.range, "\(label) is not the next sentence")
          #expect(mayContribute(bytes, s.range), "\(label)")
          next += 1
          continue
        }
        let inside = whole[next...].prefix { $0.end <= s.range.end }
        try #require(!inside.isEmpty, "\(label) holds no sentence")
        if inside.count > 1 { skippedStretches += 1 }
        #expect(inside.first!.start == s.range.start && inside.last!.end == s.range.end, "\(label)")
        #expect(!inside.contains { mayContribute(bytes, $0) }, "\(label)")
        next += inside.count
        // A single sentence, rejected, needs nothing after it; several given as one do.
        if inside.count > 1, next < whole.count {
          let gap = bytes[s.range.end..<whole[next].start]
          #expect(gap.contains(0x0A) || gap.contains(0x0D), "\(label): no line break after it")
        }
      }
      #expect(next == whole.count, "\(name): \(text.debugDescription) lost sentences")
    }
    // Stretches of several sentences, left whole.
    if name != "always" { #expect(skippedStretches > 100, "\(name): \(skippedStretches) stretches skipped") }
  }

  @Test func stretchEndsAfterLineBreaksNotBeforeLowerCase() {
    func ends(_ text: String) -> [Int] {
      let b = Array(text.utf8)
      var out: [Int] = []
      var i = 0
      while i < b.count {
        i = ICUSegmenter.stretchEnd(b, from: i)
        out.append(i)
      }
      return out
    }
    #expect(ends("One.\nTwo.") == [5, 9])
    #expect(ends("One.\r\nTwo.\rThree") == [6, 11, 16])
    #expect(ends("offences like\nmurder.\nThen") == [22, 26])
    #expect(ends("One.\n\n  \n the rest\n") == [19])
    #expect(ends("One.\n\u{00A0}Two") == [5, 10])
    #expect(ends("no break at all") == [15])
    #expect(ends("trailing\n") == [9])
  }
}
