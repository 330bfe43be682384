import Testing

@testable import FactCheckCore

/// `SentenceScreen.letters` reads a run of ASCII letters eight bytes at a time; the byte loop
/// it replaced is the reference, on bytes of every value, runs of every length and position.
@Suite struct LetterRunTests {
  static func reference(_ b: [UInt8], at i: Int) -> (UInt64, Int) {
    var key: UInt64 = 0
    var j = i
    while j < i + 8, (b[j] | 0x20) >= 0x61, (b[j] | 0x20) <= 0x7A {
      key |= UInt64(b[j] | 0x20) << (8 * UInt64(j - i))
      j += 1
    }
    return (key, j)
  }

  @Test func agreesWithTheByteLoop() {
    var random = SystemRandomNumberGenerator()
    // Letters of both cases, their neighbours (@ [ ` {), digits, space, and bytes outside ASCII
    // whose low bits are letters' (0xC1, 0xE1, 0xFA) or not.
    let alphabet: [UInt8] = Array(0x41...0x5A) + Array(0x61...0x7A) + [
      0x40, 0x5B, 0x60, 0x7B, 0x30, 0x39, 0x20, 0x2E, 0x27, 0x00, 0x7F, 0x80, 0xA0, 0xC1, 0xC3,
      0xE1, 0xE2, 0xFA, 0xFF,
    ]
    for _ in 0..<50_000 {
      let count = Int.random(in: 8...24, using: &random)
      var b = (0..<count).map { _ in alphabet.randomElement(using: &random)! }
      // Long runs of letters too.
      if Bool.random(using: &random) {
        let start = Int.random(in: 0..<count, using: &random)
        for k in start..<min(count, start + Int.random(in: 0...12, using: &random)) {
          b[k] = UInt8.random(in: 0x61...0x7A, using: &random) & (Bool.random(using: &random) ? 0xDF : 0xFF)
        }
      }
      let i = Int.random(in: 0...(count - 8), using: &random)
      let got = b.withUnsafeBufferPointer { SentenceScreen.letters($0, at: i) }
      let want = Self.reference(b, at: i)
      #expect(got == want, "\(b) at \(i)")
    }
    // Every single byte value after a letter and before one.
    for c in 0...255 {
      let b: [UInt8] = [0x61, UInt8(c), 0x62, 0x63, 0x64, 0x65, 0x66, 0x67]
      let got = b.withUnsafeBufferPointer { SentenceScreen.letters($0, at: 0) }
      #expect(got == Self.reference(b, at: 0), "byte \(c)")
      let c0: [UInt8] = [UInt8(c)] + b.dropFirst()
      let got0 = c0.withUnsafeBufferPointer { SentenceScreen.letters($0, at: 0) }
      #expect(got0 == Self.reference(c0, at: 0), "first byte \(c)")
    }
  }
}
