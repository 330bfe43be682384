@testable import FactCheckCore
import Testing

/// `Tolerance.mayContainDozen` keeps a window of the last five bytes: it must answer as the
/// byte-by-byte matcher it replaced, and never miss what the lowercased search finds.
@Suite struct ToleranceDozenTests {
  /// The matcher first written, kept as the reference.
  static func reference(_ text: String) -> Bool {
    let pattern: [UInt8] = [0x64, 0x6F, 0x7A, 0x65, 0x6E]
    var matched = 0
    for byte in text.utf8 {
      let lower = byte | 0x20
      if lower == pattern[matched] {
        matched += 1
        if matched == pattern.count { return true }
      } else {
        matched = lower == pattern[0] ? 1 : 0
      }
    }
    return false
  }

  static let texts = [
    "", "d", "dozen", "DOZEN", "DoZeN", "a dozen", "dozens", "ddozen", "dodozen", "dozedozen", "doze n",
    "dozeN!", "half-a-dozen", "more than a dozen", "dÖzen", "dozén", "ＤＯＺＥＮ", "do\u{0}zen", "dozen\u{301}",
    "1,596", "seven per cent", "two dozen", "dozzen", "dzen", "Dozen", "\u{44}\u{4F}\u{5A}\u{45}\u{4E}",
    // Bytes that OR 0x20 maps onto the letters: '@'-range capitals and control bytes.
    "\u{4}\u{F}\u{1A}\u{5}\u{E}", "D\u{F}Z\u{5}N", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxdozen", "😀dozen😀",
  ]

  @Test func answersAsTheByteMatcher() {
    var hits = 0
    for text in Self.texts {
      let fast = Tolerance.mayContainDozen(text)
      #expect(fast == Self.reference(text), "\(text.debugDescription)")
      if text.lowercased().contains("dozen") { #expect(fast, "\(text.debugDescription)") }
      if fast { hits += 1 }
    }
    #expect(hits >= 10)
  }

  /// `step`'s test for a dozen, the byte window then `containsDozen`, answers as the
  /// lowercased search it stands for (`searchDozen`, compiled where `step` is), on the texts
  /// above, in ASCII and out of it.
  @Test func windowThenContainsAgreesWithTheSearch() {
    var state: UInt64 = 11
    func next(_ n: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(n))
    }
    let pieces = Self.texts + [" ", "\u{301}", "\u{600}", "\r\n", "n", "Ñ", "İ", "\u{212A}"]
    var texts = Self.texts
    for _ in 0..<20_000 {
      texts.append((0..<next(5)).map { _ in pieces[next(pieces.count)] }.joined())
    }
    var hits = 0, misses = 0
    for text in texts {
      let expected = Tolerance.searchDozen(text)
      #expect((Tolerance.mayContainDozen(text) && Tolerance.containsDozen(text)) == expected,
              "\(text.debugDescription)")
      if expected { hits += 1 } else if Tolerance.mayContainDozen(text) { misses += 1 }
    }
    // Not vacuous: found many times, and passed by the window but not found (an accent after
    // the "n") too.
    #expect(hits > 1000 && misses > 10)
  }

  @Test func everyShortByteStringAgrees() {
    // All strings of up to six letters over an alphabet of the pattern's letters, their
    // capitals and a stranger: every overlap and restart.
    let alphabet: [Character] = ["d", "o", "z", "e", "n", "N"]
    var texts = [""]
    var differ: [String] = []
    var checked = 0
    for _ in 0..<7 {
      texts = texts.flatMap { t in alphabet.map { t + String($0) } }
      for t in texts where Tolerance.mayContainDozen(t) != Self.reference(t) { differ.append(t) }
      checked += texts.count
    }
    #expect(differ.isEmpty, "\(differ.prefix(5))")
    #expect(checked > 300_000)
  }
}

/// `Tolerance.step` counts a whole number's trailing zeros on an `Int` below 2^53: the step
/// must be what the `Double` remainder loop gives, at every size and on both sides of 2^53.
@Suite struct ToleranceStepTests {
  static func reference(_ value: Double) -> Double {
    var v = abs(value).rounded()
    guard v >= 10, v == abs(value) else { return 1 }
    var step = 1.0
    while v >= 10, v.truncatingRemainder(dividingBy: 10) == 0 {
      v /= 10
      step *= 10
    }
    return step
  }

  @Test func trailingZerosAsTheRemainderLoopCounts() {
    var values: [Double] = [0, 1, 9, 10, 11, 20, 100, 120, 1_000, 1_596, 1_600, 10_000, 60_000, 1e6,
                            1e15, 1e16, 1e20, 1e22, 1e300, 9_007_199_254_740_990, 9_007_199_254_740_992,
                            9_007_199_254_740_994, 4_503_599_627_370_496, 12.5, 100.5, -100, -1e17,
                            .greatestFiniteMagnitude, .infinity, -.infinity, .nan]
    for e in 0...22 {
      let p = pow10(e)
      values += [p, p * 3, p * 7 + 1, p - 1, p + 10]
    }
    for v in values {
      let e = NumericExpression(range: SourceRange(start: 0, end: 1), value: v, form: .number)
      let step = Tolerance.step(of: e, text: "x")
      let expected = Self.reference(v)
      #expect(step == expected || (step.isNaN && expected.isNaN), "\(v)")
    }
  }

  private func pow10(_ e: Int) -> Double {
    var x = 1.0
    for _ in 0..<e { x *= 10 }
    return x
  }
}

/// The "z" scan that clears most texts before the window reads eight bytes at a time: a "z",
/// a "Z" or "dozen" at every offset of texts of many lengths, among ASCII and non-ASCII bytes,
/// must be found as byte by byte.
@Suite struct ToleranceZScanTests {
  @Test func findsAZAtEveryOffset() {
    let fillers = ["x", "é", "ž", "\u{0}", "\u{7F}", "Ý", "\u{1A}", ":", "Ú"]
    for filler in fillers {
      for length in 0..<26 {
        let plain = String(repeating: filler, count: length)
        for insert in ["z", "Z", "dozen", "DOZEN", ""] {
          for offset in 0...length {
            var text = plain
            text.insert(contentsOf: insert, at: text.index(text.startIndex, offsetBy: offset))
            let bytes = Array(text.utf8)
            let expected = bytes.count >= 5 && bytes.contains { $0 | 0x20 == 0x7A }
            #expect(bytes.withUnsafeBufferPointer(Tolerance.holdsZ) == expected, "\(text.debugDescription)")
            #expect(Tolerance.mayContainDozen(text) == ToleranceDozenTests.reference(text), "\(text.debugDescription)")
          }
        }
      }
    }
  }
}
