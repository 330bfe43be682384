import Foundation
import FactCheckCore
import Testing

@testable import FactCheckICU

/// `ICUDigitParser.plainValue` computes plain numbers without ICU. Wherever it gives a value,
/// that value must be ICU's to the bit; where it declines, ICU parses as before. It must take
/// the plain numbers it exists for.
@Suite struct PlainNumberValueTests {
  private func check(_ parser: ICUDigitParser, _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let bytes = Array(text.utf8)
    guard let plain = ICUDigitParser.plainValue(bytes, SourceRange(start: 0, end: bytes.count))
    else { return }
    let icu = parser.icuValue(bytes)
    #expect(icu?.bitPattern == plain.bitPattern, "\(text): ICU \(String(describing: icu)), plain \(plain)",
            sourceLocation: sourceLocation)
  }

  private func plain(_ text: String) -> Double? {
    let bytes = Array(text.utf8)
    return ICUDigitParser.plainValue(bytes, SourceRange(start: 0, end: bytes.count))
  }

  @Test func handMadeTextsAgreeWithICU() throws {
    let parser = try ICUDigitParser()
    let texts = [
      "0", "7", "00", "007", "0.0", "0.5", "00.50", "2019", "1,596", "62,435.5", "1,234,567",
      "12,345,678.901", "6.7", "0.1", "0.3", "2.675", "1.005", "9.999999999999", "123456789012345",
      "999,999,999,999,999", "1234567890123456", "0.000000000000001", "0,596", "000,596",
      "12,34", "1,2,3", "1234,567", "1,2345", "1.2.3", "1,596.5.2", "1,000,00", ",596", "1,",
      "1.", ".5", "1,596,", "1,23,456", "3,000.25,1", "1.5,3", "1,,596", "1..5", "", ",", ".",
      "١٢٣", "１２３", "12٣", "1 596", "1\u{00A0}596", "-5", "+5", "5e3", "1_000", "12a",
    ]
    for text in texts { check(parser, text) }
  }

  /// Every text of up to five characters from digits, a comma and a point: grouping errors,
  /// leading zeros and stray separators of every shape.
  @Test func everyShortTextAgreesWithICU() throws {
    let parser = try ICUDigitParser()
    let alphabet: [Character] = ["0", "1", "5", "9", ",", "."]
    var texts = [""]
    for _ in 0..<5 {
      texts = texts.flatMap { t in alphabet.map { t + String($0) } }
      for text in texts { check(parser, text) }
    }
  }

  @Test func randomNumbersAgreeWithICU() throws {
    let parser = try ICUDigitParser()
    var random = SystemRandomNumberGenerator()
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: "en_GB")
    formatter.numberStyle = .decimal
    for _ in 0..<20_000 {
      let intDigits = Int.random(in: 1...17, using: &random)
      var integer = String((0..<intDigits).map { _ in "0123456789".randomElement(using: &random)! })
      if Int.random(in: 0..<3, using: &random) == 0 {
        // Grouped by threes from the right, sometimes with one group spoiled.
        var grouped = ""
        for (k, c) in integer.reversed().enumerated() {
          if k > 0, k % 3 == 0 { grouped.append(",") }
          grouped.append(c)
        }
        integer = String(grouped.reversed())
        if Int.random(in: 0..<4, using: &random) == 0, let comma = integer.firstIndex(of: ",") {
          integer.remove(at: comma)
        }
      }
      var text = integer
      if Bool.random(using: &random) {
        let fractionDigits = Int.random(in: 0...10, using: &random)
        text += "." + String((0..<fractionDigits).map { _ in "0123456789".randomElement(using: &random)! })
      }
      check(parser, text)
    }
  }

  /// The texts the path exists for take it, with their plain values.
  @Test func plainNumbersTakeThePath() {
    let expected: [(String, Double)] = [
      ("7", 7), ("2019", 2019), ("1,596", 1596), ("62,435.5", 62435.5), ("6.7", 6.7),
      ("1,234,567", 1_234_567), ("0.5", 0.5), ("007", 7), ("123456789012345", 123_456_789_012_345),
    ]
    for (text, value) in expected { #expect(plain(text) == value, "\(text)") }
    for text in ["", "1,2,3", "12,34", "1.2.3", "1.", ".5", ",5", "1234567890123456", "١٢٣", "1 5", "5a"] {
      #expect(plain(text) == nil, "\(text)")
    }
  }

  /// A token's value is ICU's whether or not it came by the plain path.
  @Test func tokensCarryICUsValues() throws {
    let parser = try ICUDigitParser()
    for text in ["1,596", "62,435.5", "1,2,3", "12,34", "99999999999999999999", "0.1", "1.2.3", "42nd"] {
      let bytes = Array(text.utf8)
      for token in parser.numberTokens(SourceRange(start: 0, end: bytes.count), in: bytes)
      where token.kind == .number {
        let own = Array(bytes[token.range.start..<token.range.end])
        #expect(token.number?.bitPattern == parser.icuValue(own)?.bitPattern, "\(text)")
      }
    }
  }
}
