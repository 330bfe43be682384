import Foundation
import FactCheckCore
import Testing

@testable import FactCheckICU

/// `singleNumberToken`, the shortcut for plain number segments, gives exactly the token the
/// general `numberTokens` gives; declining is always safe (the general path runs instead), but
/// it must not decline the plain numbers it exists for.
@Suite struct DigitParserFastPathTests {
  @Test func plainNumberSegmentsTokeniseAsTheGeneralPath() throws {
    let parser = try ICUDigitParser()
    let samples = [
      "7", "2019", "1,596", "62,435.5", "1,234,567", "12,34", "1,2,3", "1234,567", "1,2345",
      "1.2.3", "1,596.5.2", "5.7", "0.5", "1,000,00", "100,000", ",596", "1,", "1.", ".5",
      "1,596,", "12,345,678.901", "1,23,456", "99999999999999999999", "3,000.25,1",
    ]
    let plain: Set = ["7", "2019", "1,596", "62,435.5", "1,234,567", "5.7", "0.5", "100,000",
                      "12,345,678.901", "99999999999999999999"]
    for text in samples {
      let bytes = Array(text.utf8)
      let range = SourceRange(start: 0, end: bytes.count)
      let general = parser.numberTokens(range, in: bytes)
      if let single = parser.singleNumberToken(range, in: bytes) {
        #expect(general.count == 1, "\(text)")
        #expect(general.first?.range == single.range, "\(text)")
        #expect(general.first?.kind == single.kind, "\(text)")
        #expect(general.first?.number == single.number, "\(text)")
      } else {
        #expect(!plain.contains(text), "\(text) should take the shortcut")
      }
    }
  }

  /// The memo of parsed texts is a table whose slots are shared: with far more texts than
  /// slots, read again and again in random order, every value is still the text's own.
  @Test func rememberedValuesBelongToTheirText() throws {
    let parser = try ICUDigitParser()
    var random = SystemRandomNumberGenerator()
    var texts: [(String, Double)] = []
    for _ in 0..<6_000 {
      let n = Int.random(in: 0..<100_000_000, using: &random)
      switch Int.random(in: 0..<3, using: &random) {
      case 0: texts.append((String(n), Double(n)))
      case 1: texts.append((n.formatted(.number.grouping(.automatic).locale(.init(identifier: "en_GB"))), Double(n)))
      default: texts.append(("\(n % 1000).\(n % 97)", Double("\(n % 1000).\(n % 97)")!))
      }
    }
    for _ in 0..<4 {
      for (text, value) in texts.shuffled(using: &random) {
        let bytes = Array(text.utf8)
        let token = parser.singleNumberToken(SourceRange(start: 0, end: bytes.count), in: bytes)
        #expect(token?.number == value, "\(text)")
      }
    }
  }

  /// The variant with a thread's own memo gives the token the shared path gives, for every
  /// range of texts mixing numbers with separators, letters, spaces and text outside ASCII:
  /// ranges ending at the text's end (no eight-byte load there), longer than eight bytes,
  /// empty, malformed, with the bytes next to the digits; read again and again, so most
  /// answers come from the memo, whose slots thousands of random numbers also share.
  @Test func localMemoGivesTheSharedPathsTokens() throws {
    let parser = try ICUDigitParser()
    var local = ParseMemo()
    var random = SystemRandomNumberGenerator()
    let pieces = [
      "7", "2019", "1,596", "62,435.5", "12,34", "1,2,3", "1.2.3", "0.5", ".5", "5.", ",", ".",
      "99999999999999999999", "12345678", "123456789", "1,234,567", " ", "\u{202F}", "é", "£",
      "x", "\u{0663}", "42nd", "-", "00", "08.50",
      // Bytes next to the digits' (0x2F, 0x3A–0x3F), which a test on high bits alone takes.
      "/", ":", ";", "<", "=", ">", "?", "12:30", "3?", "0/",
    ]
    var texts: [String] = (0..<300).map { _ in
      (0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }
        .joined()
    }
    texts += (0..<3_000).map { _ in String(Int.random(in: 0..<100_000_000, using: &random)) }
    for round in 0..<3 {
      for text in texts.shuffled(using: &random) {
        let bytes = Array(text.utf8)
        // Every range of a short text, only the whole and a few of a longer one.
        let ranges: [SourceRange] =
          bytes.count <= 12
          ? (0...bytes.count).flatMap { s in (s...bytes.count).map { SourceRange(start: s, end: $0) } }
          : [SourceRange(start: 0, end: bytes.count), SourceRange(start: 1, end: bytes.count - 1)]
        for r in ranges {
          let shared = parser.singleNumberToken(r, in: bytes)
          let mine = parser.singleNumberToken(r, in: bytes, local: &local)
          #expect(shared?.range == mine?.range, "\(text) \(r) round \(round)")
          #expect(shared?.kind == mine?.kind, "\(text) \(r) round \(round)")
          #expect(shared?.number == mine?.number, "\(text) \(r) round \(round)")
        }
      }
    }
  }
}
