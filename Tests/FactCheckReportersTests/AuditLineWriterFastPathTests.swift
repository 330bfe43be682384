import FactCheckCore
import Foundation
import Testing

@testable import FactCheckReporters

/// The writer's fast paths against the general ones they stand in for: the location cursor
/// against `Document.location`, the word-at-a-time escape test against `JSONEncoder` on every
/// short length and position, and fixed key runs against the Foundation line.
@Suite struct AuditLineWriterFastPathTests {
  let reporter = JSONReporter(tool: .init(name: "factcheck", version: "0.0.0-test"), datasets: [])

  static var encoder: JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return e
  }

  static let texts = [
    "",
    "one line, no break",
    "a\nb\n\nc",
    "crlf\r\nline two\r\n\r\nthree\r\n",
    "cr only\rsecond\rthird",
    "\n\n\n",
    "Southend’s £2m 🚨 hub – “the county’s busiest”\nnext é line\r\n"
      + String(repeating: "long ascii line with words ", count: 12) + "end £ 🚨\n",
    String(repeating: "x", count: 300) + "\n" + String(repeating: "é", count: 200) + "\ny",
  ]

  /// Offsets in increasing order (with repeats, every byte and past the end) give what
  /// `Document.location` gives, and so do offsets that go back and negative ones.
  @Test func cursorMatchesDocumentLocation() {
    for text in Self.texts {
      let doc = Document(name: "t", text: text)
      let n = doc.utf8.count
      var places = LocationCursor()
      for offset in Array(0...n + 3) + [n + 3, n + 10] {
        let fast = places.location(of: offset, in: doc)
        #expect(fast == doc.location(of: offset), "\(text.debugDescription) @\(offset)")
      }
      // Sparse forward steps, then backwards and out of range.
      var sparse = LocationCursor()
      var offsets = Array(stride(from: 0, through: n, by: 7)) + [n / 2, n, 3, -1, -5, n + 1]
      offsets += Array(stride(from: n / 3, through: n, by: 5))
      for offset in offsets {
        let fast = sparse.location(of: offset, in: doc)
        #expect(fast == doc.location(of: offset), "\(text.debugDescription) @\(offset) (sparse)")
      }
    }
  }

  /// Every length from 0 to 40 with each escaped or non-ASCII byte at every position (the
  /// short strings are tested as two half words or as first, middle and last byte).
  @Test func escapeAtEveryPositionOfEveryLength() throws {
    let specials = ["\"", "\\", "\n", "\u{0}", "\u{1F}", " ", "\u{7F}", "é", "🚨", "\u{2028}"]
    for length in 0..<40 {
      for special in specials {
        for position in 0...length {
          let s = String(repeating: "a", count: position) + special
            + String(repeating: "z", count: length - position)
          var w = AuditLineWriter()
          w.string(s)
          let expected = try Self.encoder.encode([s]).dropFirst().dropLast()
          #expect(w.bytes == Array(expected), "\(s.debugDescription)")
        }
      }
    }
  }

  /// Number objects written as fixed runs: with and without a rule, several per list, text
  /// with non-ASCII bytes, a range cut through a character, and numbers out of order (the
  /// cursor falling back) all write what `JSONEncoder` writes.
  @Test func numbersMatchFoundation() {
    var report = ReportFixture.report
    let doc = report.document
    func aside(_ needle: String, rule: String?, form: NumberForm = .number) -> SetAside {
      SetAside(range: ReportFixture.range(needle), form: form, value: 1.5, reason: "r \"\(needle)\"",
               ruleID: rule)
    }
    let cut = SourceRange(start: ReportFixture.range("🚨").start + 1, end: ReportFixture.range("🚨").end)
    report.extracted.ignored = [aside("1,569", rule: "a.b"), aside("£2m", rule: nil), aside("99", rule: "x"),
                                SetAside(range: cut, form: .number, value: -0.5, reason: "", ruleID: nil)]
    report.extracted.unparsed = [aside("42", rule: nil), aside("Almost", rule: "r"), aside("42", rule: nil),
                                 SetAside(range: SourceRange(start: doc.utf8.count + 5, end: doc.utf8.count + 9),
                                          form: .number, value: 0, reason: "past the end", ruleID: "e")]
    for explain in [false, true] {
      let r = JSONReporter(tool: reporter.tool, datasets: [], explain: explain)
      let fast = AuditLineV1.document(report, id: "i", url: "u", title: "t", reporter: r)
      let slow = AuditLineV1.foundationDocument(report, id: "i", url: "u", title: "t", reporter: r)
      #expect(String(decoding: fast, as: UTF8.self) == String(decoding: slow, as: UTF8.self))
    }
  }

  /// Integers written two digits at a time: every value to 10,000, each power of ten and its
  /// neighbours, the extremes, and random ones, as `String(_:)` writes them.
  @Test func integersMatchDescription() {
    var values = Array(-20...10_000)
    var power = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 1, -power, power * 9 + 99]
    }
    values += [Int.max, Int.min, Int.max - 1, Int.min + 1]
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<2_000 { values.append(Int.random(in: Int.min...Int.max, using: &rng)) }
    for v in values {
      var w = AuditLineWriter()
      w.int(v)
      #expect(String(decoding: w.bytes, as: UTF8.self) == String(v), "\(v)")
    }
  }

  /// Dates written in place: the same bytes as the JSON string of `description`, for usual
  /// dates and for ones outside four-digit years or two-digit months and days.
  @Test func datesMatchDescription() {
    var dates = [CalendarDate(year: 2020, month: 11, day: 5), CalendarDate(year: 0, month: 0, day: 0),
                 CalendarDate(year: 9999, month: 99, day: 99), CalendarDate(year: 10_000, month: 1, day: 1),
                 CalendarDate(year: -1, month: 1, day: 1), CalendarDate(year: 2020, month: 100, day: 1),
                 CalendarDate(year: 2020, month: 1, day: -3), CalendarDate(year: 7, month: 3, day: 123)]
    for year in stride(from: 0, through: 2100, by: 7) {
      dates.append(CalendarDate(year: year, month: year % 13, day: year % 32))
    }
    for d in dates {
      var w = AuditLineWriter()
      w.date(d)
      var expected = AuditLineWriter()
      expected.string(d.description)
      #expect(w.bytes == expected.bytes, "\(d.description)")
    }
  }

  /// Decimals of one to four places written without `description`: the same bytes as
  /// `description` (less a trailing ".0"), over magnitudes from 0.0001 to 10^12 and both signs,
  /// and for doubles near them that are not such decimals.
  @Test func shortDecimalsMatchDescription() {
    var values: [Double] = [0.001, 0.0015, 0.01, 0.1, 0.5, 0.999, 1.5, 11.5, 98.25, 99.95, 0.125, 1e11 - 0.5,
                            1e11 + 0.5, 99_999_999_999.125, 0.0009, 0.3, 0.7, 2.675, 1.005, 0.1 + 0.2]
    var rng = SystemRandomNumberGenerator()
    for places in 1...4 {
      let scale = [1.0, 10, 100, 1000, 10_000][places]
      for top in [10, 1_000, 100_000, 10_000_000, 1_000_000_000_000, 100_000_000_000_000] {
        for _ in 0..<300 {
          let v = Double(Int.random(in: 1...top, using: &rng)) / scale
          values += [v, -v, v.nextUp, v.nextDown]
        }
      }
    }
    for _ in 0..<2_000 { values.append(Double.random(in: -1000...1000, using: &rng)) }
    for v in values {
      var w = AuditLineWriter()
      w.double(v)
      var text = v.description
      if text.hasSuffix(".0") { text.removeLast(2) }
      #expect(String(decoding: w.bytes, as: UTF8.self) == text, "\(v)")
    }
  }
}
