import FactCheckCore
import Testing

@testable import FactCheckICU

/// The word tokens skip ICU's rule status for one-byte segments of white space or
/// punctuation. Asking it for every segment is the reference: the tokens must be the same.
@Suite struct OneByteStatusTests {
  /// Every printable ASCII character and the controls ICU sees as spaces, next to letters,
  /// digits, the underscore and characters outside ASCII, so that each punctuation mark is
  /// met both alone and inside words and numbers ("3.5", "don't", "a_b", "1,596").
  static let pieces: [String] =
    (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) } + [
      "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "the", "Kent", "1,596", "7.5", "3", "42nd",
      "M25", "_", "a_b", "don't", "£", "’", "—", "é", "😀", "2\u{202F}305", "\u{00A0}", "日本",
      "カナ", "١٢٣", "e\u{301}", "...", "--", "U.K.", "12:30", "#1", "*", "@x", "%", "a@b.com", "@@",
      // Words led by a letter, whose status is not asked: with marks, digits, joiners, and
      // characters outside ASCII inside or after them.
      "a", "Z", "x1", "ab12cd", "a.b", "a:b", "a'", "a\u{2019}s", "a·b", "a-b", "ß", "Ωa", "a\u{200D}b",
      "co-op", "e.g.", "N\u{00BA}", "a\u{0300}", "Ab\u{3000}", "aカ", "a日", "a١", "x\u{202F}y",
      "a_1", "a_1b", "x\u{202F}1", "a2\u{202F}305b", "_a", "a_", "a\u{FF3F}1b", "b1.5c", "c1,596d",
    ] + (0x41...0x5A).map { String(UnicodeScalar(UInt8($0))) } + (0x61...0x7A).map { String(UnicodeScalar(UInt8($0))) }

  /// Also: a segment led by an ASCII letter is tagged a word without asking.
  @Test func tokensMatchAskingEveryStatus() throws {
    let segmenter = try ICUSegmenter()
    var random = SystemRandomNumberGenerator()
    for _ in 0..<6_000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...30, using: &random) {
        text += Self.pieces.randomElement(using: &random)!
      }
      let document = Document(text: text)
      let whole = SourceRange(start: 0, end: document.utf8.count)
      // The whole text and a range inside it, as a sentence's is.
      let inner = SourceRange(start: min(2, whole.end), end: max(min(2, whole.end), whole.end - 1))
      let fast = segmenter.tokens(in: document, ranges: [whole, inner], asksEveryStatus: false)
      let reference = segmenter.tokens(in: document, ranges: [whole, inner], asksEveryStatus: true)
      #expect(fast == reference, "\(text.debugDescription)")
    }
  }

  /// Ranges about `quickTokensLimit` long, on both sides of it (the longer ones take the
  /// general loop), and ranges dense with punctuation and numbers, whose tokens come close to
  /// one a byte: the same tokens as asking every status.
  @Test func longAndDenseRangesMatchAskingEveryStatus() throws {
    let segmenter = try ICUSegmenter()
    var random = SystemRandomNumberGenerator()
    let dense = [".", ",", "1", "1,596", "-", "%", " ", "a", "’", "2\u{202F}305", "x1", "(", "\n"]
    for k in 0..<300 {
      var text = ""
      let limit = ICUSegmenter.quickTokensLimit
      let length = k % 2 == 0 ? Int.random(in: (limit - 40)...(limit + 40), using: &random) : Int.random(in: 1...300, using: &random)
      while text.utf8.count < length {
        text += (k % 3 == 0 ? Self.pieces : dense).randomElement(using: &random)!
      }
      let document = Document(text: text)
      let whole = SourceRange(start: 0, end: document.utf8.count)
      let cut = SourceRange(start: 0, end: min(whole.end, limit))
      let fast = segmenter.tokens(in: document, ranges: [whole, cut], asksEveryStatus: false)
      let reference = segmenter.tokens(in: document, ranges: [whole, cut], asksEveryStatus: true)
      #expect(fast == reference, "\(text.debugDescription)")
    }
  }

  /// The bytes taken are exactly the ASCII white space and punctuation, underscore and `@`
  /// left out.
  @Test func otherBytes() {
    for c in UInt8.min...UInt8.max {
      let scalar = Unicode.Scalar(c)
      let expected = c < 0x7F && c != 0x5F && c != 0x40
        && (scalar.properties.isWhitespace && c >= 0x09 || (c > 0x20 && !scalar.properties.isAlphabetic
          && !(0x30...0x39).contains(c)))
      #expect(ICUSegmenter.isOtherByte(c) == expected, "\(c)")
    }
  }
}
