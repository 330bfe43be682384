@testable import FactCheckCore
import Testing

/// `CellCheck.contains(_:ascii:)` searches bytes for an ASCII word in ASCII text and leaves
/// any other text to `contains`: the answers must be `contains`'s, marks and CR LF included.
@Suite struct ASCIIContainsTests {
  static let texts = [
    "", "c", "change", "rso_change_pct", "CHANGE", "chang", "xchangex", "changechange", "cchange",
    "change\u{301}", "\u{301}change", "chánge", "change é", "é change", "ch\r\nange", "change\r\n",
    "\r\nchange", "yoy_change", "percent_chang_e", "ｃhange", "changé", "chan\u{0}ge", "a b change c",
  ]

  @Test func answersAsContains() {
    var found = 0
    for text in Self.texts {
      let fast = CellCheck.contains(text, ascii: "change")
      #expect(fast == text.contains("change"), "\(text.debugDescription)")
      if fast { found += 1 }
    }
    for text in Self.texts {
      #expect(CellCheck.contains(text, ascii: "e") == text.contains("e"), "\(text.debugDescription)")
      #expect(CellCheck.contains(text, ascii: "hang") == text.contains("hang"), "\(text.debugDescription)")
    }
    #expect(found >= 8)
  }
}
