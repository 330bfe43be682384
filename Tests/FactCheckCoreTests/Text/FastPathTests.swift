import Testing

@testable import FactCheckCore

/// The allocation-free fast paths give exactly what the plain code they replace gives.
@Suite struct FastPathTests {
  @Test func asciiWordsNormaliseAsBefore() {
    let words = ["Essex", "county's", "COUNTY'S", "offenders'", "its", "it's", "s'", "Mr", "1,596",
                 "2019-20", "A", "x'S", "ab's", "abc's", "bus'", "O'Neill", "’s", "county’s", "Ünïcode's",
                 "'''", "ss'", "ssss'"]
    for w in words {
      let bytes = Array(w.utf8)
      #expect(PhraseView.normalisedWord(bytes, SourceRange(start: 0, end: bytes.count))
        == PhraseView.normalise(w), "\(w)")
    }
  }

  /// Line breaks are looked for eight bytes at a time: any break, anywhere, still starts a line.
  @Test func lineStartsAsByteByByte() {
    let pieces = ["a", "bc", "é", "😀", "\n", "\r", "\r\n", "\n\r", "12345678", " "]
    var state: UInt64 = 42
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<(state % 40) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int((state >> 33) % UInt64(pieces.count))]
      }
      let bytes = Array(text.utf8)
      var expected = [0]
      var i = 0
      while i < bytes.count {
        if bytes[i] == 0x0A {
          expected.append(i + 1)
        } else if bytes[i] == 0x0D {
          if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
          expected.append(i + 1)
        }
        i += 1
      }
      #expect(LineIndex(text).lineStarts == expected, "\(text.debugDescription)")
    }
  }

  @Test func columnsCountScalarsOnLongLines() {
    var text = String(repeating: "a£€😀b", count: 400) + "\r\n" + String(repeating: "é", count: 300)
    text += "\n\nlast"
    let index = LineIndex(text)
    let bytes = Array(text.utf8)
    for offset in [0, 1, 2, 3, 127, 128, 129, 255, 256, 1000, 2000, 4000, bytes.count - 1, bytes.count] {
      let line = index.lineNumber(of: offset)
      let start = index.lineStarts[line]
      let expected = 1 + bytes[start..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count
      #expect(index.location(of: offset) == SourceLocation(line: line + 1, column: expected), "\(offset)")
    }
  }
}
