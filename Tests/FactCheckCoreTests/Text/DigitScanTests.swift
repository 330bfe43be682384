import Testing

@testable import FactCheckCore

/// `SentenceScreen.mayHoldDigit` reads sixteen and eight bytes at a time; byte by byte, it holds for a
/// range with an ASCII digit or a byte whose low seven bits are one, and for no other.
@Suite struct DigitScanTests {
  @Test func wordAtATimeMatchesByteAtATime() {
    var random = SystemRandomNumberGenerator()
    // Bytes next to the digits' edges, with and without the high bit, and common text bytes.
    let alphabet: [UInt8] = [0x2F, 0x30, 0x35, 0x39, 0x3A, 0xAF, 0xB0, 0xB9, 0xBA, 0x20, 0x61, 0x0A,
                             0xC2, 0xA0, 0xE2, 0x80, 0x99, 0xFF, 0x00, 0x7F]
    var hits = 0
    for _ in 0..<20_000 {
      let bytes = (0..<Int.random(in: 0...70, using: &random)).map { _ in
        Int.random(in: 0..<4, using: &random) == 0
          ? alphabet.randomElement(using: &random)! : UInt8(ascii: "a") + UInt8.random(in: 0..<26, using: &random)
      }
      let start = Int.random(in: 0...bytes.count, using: &random)
      let end = Int.random(in: start...bytes.count, using: &random)
      let want = bytes[start..<end].contains { $0 & 0x7F >= 0x30 && $0 & 0x7F <= 0x39 }
      let got = bytes.withUnsafeBufferPointer {
        SentenceScreen.mayHoldDigit($0, SourceRange(start: start, end: end))
      }
      #expect(got == want, "\(bytes[start..<end].map { $0 })")
      if want { hits += 1 }
    }
    #expect(hits > 2_000 && hits < 18_000)
  }
}
