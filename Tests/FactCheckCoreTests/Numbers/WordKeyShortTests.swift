@testable import FactCheckCore
import Testing

/// `WordKey.packedShort`, the one-load keying `SentenceView` uses for words of up to eight
/// bytes, against `packed` on the same bytes: every length, letters of both cases, the bytes
/// either side of each letter range, digits, apostrophes and UTF-8 of accented letters.
@Suite struct WordKeyShortTests {
  static let alphabet: [UInt8] =
    Array("aAzZmMqQ@[`{09'-_ .".utf8) + Array("éÉ€".utf8) + [0x00, 0x7F, 0x80, 0xFF]

  @Test func shortKeyIsPackedKey() {
    var rng = SplitMix(seed: 0x5EED)
    var keyed = 0
    for _ in 0..<20_000 {
      let bytes = (0..<24).map { _ in
        // Mostly letters, so that many words have a key.
        Bool.random(using: &rng)
          ? UInt8.random(in: 0x61...0x7A, using: &rng) - (Bool.random(using: &rng) ? 0x20 : 0)
          : Self.alphabet.randomElement(using: &rng)!
      }
      bytes.withUnsafeBufferPointer { b in
        let raw = UnsafeRawPointer(b.baseAddress!)
        for n in 1...8 {
          for start in [0, 3, 16 - n, 16] where start + 8 <= b.count && start + n <= b.count {
            let packed = WordKey.packed(b, SourceRange(start: start, end: start + n))
            let short = WordKey.packedShort(raw, start, n)
            #expect(short == packed.lo && packed.hi == 0, "\(bytes[start..<start + n])")
            if short != 0 { keyed += 1 }
          }
        }
      }
    }
    #expect(keyed > 1000)
  }

  @Test func handMadeWords() {
    for word in ["a", "The", "PER", "cent", "fivefold", "Zz", "naïve", "don't", "a-b", "x1", "café"] {
      let bytes = Array(word.utf8) + Array(repeating: 0x20, count: 8)
      bytes.withUnsafeBufferPointer { b in
        let n = word.utf8.count
        guard n <= 8 else { return }
        let packed = WordKey.packed(b, SourceRange(start: 0, end: n))
        #expect(WordKey.packedShort(UnsafeRawPointer(b.baseAddress!), 0, n) == packed.lo, "\(word)")
      }
    }
  }
}

/// A seeded generator, so a failure repeats.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
