import FactCheckCore
import Testing

@testable import FactCheckICU

/// `ICUSegmenter.trimmed` decides ASCII bytes itself; on text mixing ASCII and Unicode spaces,
/// control bytes, letters and multibyte characters, and on every subrange, it trims exactly as
/// `UTF8Space` alone does.
@Suite struct TrimTests {
  static let pieces = [
    " ", "\t", "\n", "\r", "\u{000B}", "\u{000C}", "\u{0000}", "\u{001F}", "\u{0085}", "\u{00A0}",
    "\u{2009}", "\u{200B}", "\u{202F}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{FEFF}", "a", ".",
    "é", "’", "—", "😀", "5", "\u{7F}",
  ]

  @Test func agreesWithUTF8Space() {
    var random = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...8, using: &random) { text += Self.pieces.randomElement(using: &random)! }
      let bytes = Array(text.utf8)
      for start in 0...bytes.count {
        for end in start...bytes.count {
          let range = SourceRange(start: start, end: end)
          #expect(
            ICUSegmenter.trimmed(range, in: bytes) == ICUSegmenter.trimmedReference(range, in: bytes),
            "\(text.debugDescription) \(range)")
        }
      }
    }
  }
}
