import FactCheckCore
import Testing
@testable import factcheck

/// `AuditWorker.date` reads the first ten bytes of a `published` field when they are the
/// first ten Characters: it must give what `CalendarDate(iso: String(raw.prefix(10)))` gives
/// on any text, marks joining the tenth digit, CR LF, non-ASCII digits and short texts included.
@Suite struct AuditWorkerDateTests {
  static let texts = [
    "2020-11-05", "2020-11-05T10:00:00Z", "2020-11-05 ", "2020-11-05\u{301}", "2020-11-0\u{301}5",
    "2020-11-05é", "é2020-11-05", "2020-11-05\r\n", "2020-11\r\n-05", "\r\n2020-11-05", "+020-11-05",
    "2020-02-30", "2020-1-5", "2020-11-5", "", "2020", "２０２０-11-05", "2020-11-05👍🏽", "2020-11-05\u{200D}x",
    "2019-02-29", "2020-02-29", "0000-01-01", "9999-12-31", "2020-13-01", "2020-11-05\n", "2020‐11‐05",
    "1999-12-31xyz", "2020-11-0", "2020-11-05\u{0}", String(repeating: "2", count: 200),
  ]

  @Test func matchesThePrefixOfTenCharacters() {
    var parsed = 0
    for text in Self.texts {
      let expected = CalendarDate(iso: String(text.prefix(10)))
      #expect(AuditWorker.date(text) == expected, "\(text.debugDescription)")
      // The same through a bridged, non-contiguous-looking copy: a Substring made a String.
      #expect(AuditWorker.date(String(text[...])) == expected)
      if expected != nil { parsed += 1 }
    }
    #expect(parsed >= 8)
  }
}
