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
      expectTrimmedAgrees(text)
    }
  }

  /// `trimmed` against `trimmedReference` on every subrange of `text`.
  func expectTrimmedAgrees(_ text: String) {
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

  /// Runs of spaces as blanked front matter leaves them, long enough for `spaceEnd` to skip
  /// them eight at a time, mixed with every other piece: trimming and the stretch ends agree
  /// with `UTF8Space` read a character at a time, wherever the runs start and end.
  @Test func longSpaceRunsAsACharacterAtATime() {
    let pieces = Self.pieces + ["        ", "           ", "   \n", "\n        \n", "# Title", "---"]
    var random = SystemRandomNumberGenerator()
    for _ in 0..<1_500 {
      var text = ""
      for _ in 0..<Int.random(in: 0...14, using: &random) { text += pieces.randomElement(using: &random)! }
      expectTrimmedAgrees(text)
      let bytes = Array(text.utf8)
      for start in 0...bytes.count {
        #expect(
          ICUSegmenter.stretchEnd(bytes, from: start) == Self.stretchEndByCharacter(bytes, from: start),
          "\(text.debugDescription) from \(start)")
      }
    }
  }

  /// `ICUSegmenter.stretchEnd` with the space after each line break skipped a character at a
  /// time by `UTF8Space`, as it was first written.
  static func stretchEndByCharacter(_ b: [UInt8], from: Int) -> Int {
    var i = from
    while true {
      while i < b.count, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
      guard i < b.count else { return b.count }
      i += b[i] == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A ? 2 : 1
      var next = i
      while let w = UTF8Space.width(b, at: next) { next += w }
      if next == b.count || b[next] < 0x61 || b[next] > 0x7A { return i }
      i = next
    }
  }
}
