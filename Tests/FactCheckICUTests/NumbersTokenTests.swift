import FactCheckCore
import FactCheckICU
import Testing

@Suite struct NumbersTokenTests {
  /// ICU keeps a narrow no-break space inside a number segment; the digit parser splits it.
  @Test(arguments: ["2\u{202F}305", "2\u{00A0}305", "2\u{2009}305"])
  func groupSpaceSplitsIntoNumbers(_ text: String) throws {
    let doc = Document(text: "Total \(text) cases")
    let tokens = try ICUSegmenter().tokens(in: doc, range: doc.fullRange)
    let numbers = tokens.filter { $0.kind == .number }.map { $0.number }
    #expect(numbers == [2, 305])
  }
}
