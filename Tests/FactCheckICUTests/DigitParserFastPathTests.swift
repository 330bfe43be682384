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
}
