import CICU
import FactCheckCore
import Testing

@testable import FactCheckICU

/// The segmenter hands ICU each span as UTF-16 and maps the boundaries back to UTF-8 offsets.
/// ICU reading the same bytes through its own UTF-8 `UText` is the reference: both must give
/// the same boundaries for text mixing one- to four-byte characters.
@Suite struct UTF16BoundaryTests {
  /// Pieces chosen to sit on both sides of the mapping's cases: ASCII, two bytes ("é", "£"),
  /// three ("’", "—", a narrow no-break space), four (an emoji, a surrogate pair in UTF-16),
  /// and a combining accent.
  static let pieces = [
    "The", " ", "rise", "of", "1,596", "7.5", "per cent", ".", "\n", "Mr.", "café", "£12m",
    "’", "“quoted”", "—", "2\u{202F}305", "😀", "e\u{301}", "Ynys Môn", "?", "  ", "!", "-",
    "naïve", "𝟘", "São Paulo", "12:30", "U.K.", "(", ")",
  ]

  @Test(arguments: [FCUBRK_WORD, FCUBRK_SENTENCE])
  func boundariesMatchICUReadingUTF8(kind: Int) throws {
    let segmenter = try ICUSegmenter()
    var random = SystemRandomNumberGenerator()
    for _ in 0..<400 {
      let count = Int.random(in: 1...40, using: &random)
      var text = ""
      for _ in 0..<count {
        text += Self.pieces.randomElement(using: &random)!
        if Bool.random(using: &random) { text += " " }
      }
      let bytes = Array(text.utf8)
      // A span that does not start at 0, as a sentence's does.
      let prefix = Array("Lead. ".utf8)
      let whole = prefix + bytes
      let got = segmenter.boundaries(
        Int32(kind), in: whole, from: prefix.count, to: whole.count)
      let want = try Self.utf8Reference(Int32(kind), bytes).map { $0 + prefix.count }
      #expect(got == want, "\(text.debugDescription)")
    }
  }

  /// Boundaries from ICU reading the bytes through `utext_openUTF8`, with a fresh iterator.
  static func utf8Reference(_ kind: Int32, _ bytes: [UInt8]) throws -> [Int] {
    var status: FCUErrorCode = 0
    let locale = kind == Int32(FCUBRK_SENTENCE) ? "en@ss=standard" : "en_GB"
    let bi = try #require(fc_ubrk_open(kind, locale, nil, 0, &status))
    defer { fc_ubrk_close(bi) }
    return bytes.withUnsafeBufferPointer { buffer in
      let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
      let ut = fc_utext_openUTF8(nil, base, Int64(bytes.count), &status)
      defer { _ = fc_utext_close(ut) }
      fc_ubrk_setUText(bi, ut, &status)
      var result: [Int] = []
      var end = fc_ubrk_first(bi)
      while end != Int32(FCUBRK_DONE) {
        result.append(Int(end))
        end = fc_ubrk_next(bi)
      }
      return result
    }
  }
}

/// The library's `tokens(in:range:)` takes any range: one that cuts a character is narrowed to
/// the whole characters inside it (the UTF-16 decoder reads whole sequences only), and one
/// past the end is clamped.
@Suite struct RangeEdgeTests {
  @Test func rangesCuttingACharacterAreNarrowed() throws {
    let segmenter = try ICUSegmenter()
    let document = Document(text: "ab café 1,596 €5 😀x")
    let bytes = document.utf8
    for start in 0...bytes.count {
      for end in start...(bytes.count + 3) {
        let tokens = segmenter.tokens(in: document, range: SourceRange(start: start, end: end))
        for token in tokens {
          #expect(token.range.start >= start && token.range.end <= min(end, bytes.count))
          // Whole characters: neither end falls on a continuation byte.
          #expect(token.range.start == bytes.count || bytes[token.range.start] & 0xC0 != 0x80)
          #expect(token.range.end == bytes.count || bytes[token.range.end] & 0xC0 != 0x80)
        }
      }
    }
  }

  /// A slot grown for a long document gives its buffer back; the next document still breaks.
  @Test func aLongDocumentThenShortOnes() throws {
    let segmenter = try ICUSegmenter()
    let long = Document(text: String(repeating: "Essex had 1,596 offenders – up 7%. ", count: 40_000))
    #expect(segmenter.sentences(in: long).count == 40_000)
    let short = Document(text: "Kent’s figure rose. It was 1,100.")
    #expect(segmenter.sentences(in: short).map { short.slice($0) } == ["Kent’s figure rose.", "It was 1,100."])
  }
}
