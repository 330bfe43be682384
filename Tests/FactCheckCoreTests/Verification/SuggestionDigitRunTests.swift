@testable import FactCheckCore
import Testing

/// `Suggestion.firstDigitRun` reads ASCII text on bytes: it must find the same run as the
/// reading by Characters, on text of every kind (the fast path is only taken for ASCII, so
/// text outside it must come out the same too).
@Suite struct SuggestionDigitRunTests {
  static let texts = [
    "", "abc", "1", "1,596", "about 1,234.5 people", "12,", "12.", "1.2.3", ",5", "x.5 and 7",
    "£1,000", "Ærø had 12", "1\u{301}2 three", "\r\n12", "12\r\n34", "1,\r\n2", "one in 4",
    "64,300 or 70", "  9", "99 bottles, 3.", "1,,2", "1..2", "a1b2", "٣ and 3", "３ and 3",
    "10\t000", "-5.25%", "12\u{300}", "no digits here.",
  ]

  @Test func bytesAndCharactersFindTheSameRun() {
    for text in Self.texts {
      let fast = Suggestion.firstDigitRun(text).map { String(text[$0]) }
      let slow = Suggestion.firstDigitRunCharacters(text).map { String(text[$0]) }
      #expect(fast == slow, "\(text.debugDescription)")
      let fastOffsets = Suggestion.firstDigitRun(text).map {
        text.utf8.distance(from: text.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.startIndex, to: $0.upperBound)
      }
      let slowOffsets = Suggestion.firstDigitRunCharacters(text).map {
        text.utf8.distance(from: text.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.startIndex, to: $0.upperBound)
      }
      #expect(fastOffsets == slowOffsets, "\(text.debugDescription)")
    }
    #expect(Suggestion.firstDigitRun("about 1,234.5 people").map { String("about 1,234.5 people"[$0]) } == "1,234.5")
  }

  @Test func rewritesKeepTheirForm() {
    let e = NumericExpression(range: SourceRange(start: 0, end: 5), value: 1596, form: .number)
    #expect(Suggestion.rewrite("1,596 offenders", expression: e, official: 1601) == "1,601 offenders")
  }
}
