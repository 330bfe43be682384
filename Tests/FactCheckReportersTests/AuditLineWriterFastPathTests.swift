import FactCheckCore
import Foundation
import Testing

@testable import FactCheckReporters

/// The writer's fast paths against the general ones they stand in for: the word-at-a-time
/// escape test against `JSONEncoder` on every short length and position, and fixed key runs
/// against the Foundation line.
@Suite struct AuditLineWriterFastPathTests {
  let reporter = JSONReporter(tool: .init(name: "factcheck", version: "0.0.0-test"), datasets: [])

  static var encoder: JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return e
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
}
