import FactCheckCore
import FactCheckICU
import Testing

/// A token as seen in a test: its text, kind and UTF-8 byte span.
struct TokenSpec: Equatable, CustomStringConvertible {
  var text: String
  var kind: Token.Kind
  var start: Int
  var end: Int

  init(_ text: String, _ kind: Token.Kind, _ start: Int, _ end: Int) {
    self.text = text
    self.kind = kind
    self.start = start
    self.end = end
  }

  var description: String { "\(text.debugDescription) \(kind) \(start)..<\(end)" }
}

@Suite struct TokenTests {
  static let segmenter: ICUSegmenter = {
    do { return try ICUSegmenter() } catch { fatalError("ICU unavailable: \(error)") }
  }()

  static func specs(_ text: String) -> [TokenSpec] {
    let document = Document(text: text)
    return segmenter.tokens(in: document, range: document.fullRange).map {
      TokenSpec(document.slice($0.range), $0.kind, $0.range.start, $0.range.end)
    }
  }

  static let cases: [(String, [TokenSpec])] = [
    (
      "Essex had 1,596.",
      [
        TokenSpec("Essex", .word, 0, 5), TokenSpec(" ", .space, 5, 6),
        TokenSpec("had", .word, 6, 9), TokenSpec(" ", .space, 9, 10),
        TokenSpec("1,596", .number, 10, 15), TokenSpec(".", .punctuation, 15, 16),
      ]
    ),
    (
      "up 5.7 – café’s",
      [
        TokenSpec("up", .word, 0, 2), TokenSpec(" ", .space, 2, 3),
        TokenSpec("5.7", .number, 3, 6), TokenSpec(" ", .space, 6, 7),
        TokenSpec("–", .punctuation, 7, 10), TokenSpec(" ", .space, 10, 11),
        TokenSpec("café’s", .word, 11, 20),
      ]
    ),
    (
      "“Vital,” 99\u{00A0}%",
      [
        TokenSpec("“", .punctuation, 0, 3), TokenSpec("Vital", .word, 3, 8),
        TokenSpec(",", .punctuation, 8, 9), TokenSpec("”", .punctuation, 9, 12),
        TokenSpec(" ", .space, 12, 13), TokenSpec("99", .number, 13, 15),
        TokenSpec("\u{00A0}", .space, 15, 17), TokenSpec("%", .punctuation, 17, 18),
      ]
    ),
    (
      "Line\r\nnext",
      [
        TokenSpec("Line", .word, 0, 4), TokenSpec("\r\n", .space, 4, 6),
        TokenSpec("next", .word, 6, 10),
      ]
    ),
  ]

  @Test(arguments: cases)
  func kindsAndByteSpans(_ text: String, _ expected: [TokenSpec]) {
    #expect(Self.specs(text) == expected)
  }

  @Test(arguments: cases)
  func multibytePrefixShiftsSpansByItsByteLength(_ text: String, _ expected: [TokenSpec]) {
    let prefix = "🇺🇦 é "
    let shift = prefix.utf8.count
    #expect(shift == 12)
    let shifted = Self.specs(prefix + text)
    let prefixTokens = shifted.prefix { $0.end <= shift }
    #expect(prefixTokens.map(\.text).joined() == prefix)
    #expect(
      Array(shifted.dropFirst(prefixTokens.count))
        == expected.map {
          TokenSpec($0.text, $0.kind, $0.start + shift, $0.end + shift)
        })
  }

  @Test func tokensCoverTheirRangeWithoutGaps() {
    let document = Document(text: "🇺🇦 é Ministry of Justice: 62,435 (4%) – up\u{2009}from 59,742.")
    let range = SourceRange(start: 12, end: document.utf8.count)
    let tokens = Self.segmenter.tokens(in: document, range: range)
    #expect(tokens.first?.range.start == range.start)
    #expect(tokens.last?.range.end == range.end)
    for (a, b) in zip(tokens, tokens.dropFirst()) { #expect(a.range.end == b.range.start) }
  }

  @Test func numberTokensCarryTheirValue() {
    let document = Document(text: "62,435 and 5.7")
    let values = Self.segmenter.tokens(in: document, range: document.fullRange)
      .filter { $0.kind == .number }.map(\.number)
    #expect(values == [62435, 5.7])
  }
}
