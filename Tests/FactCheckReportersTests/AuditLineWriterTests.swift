import FactCheckCore
import Foundation
import Testing

@testable import FactCheckReporters

/// The streaming audit line writer must write exactly what `JSONEncoder` wrote before it.
@Suite struct AuditLineWriterTests {
  let reporter = JSONReporter(tool: .init(name: "factcheck", version: "0.0.0-test"), datasets: [])

  @Test func documentLineMatchesFoundation() {
    let report = ReportFixture.report
    for (id, url, title) in [(nil, nil, nil), ("a/1", "https://x.org/a/1?q=\"2\"", "Tab\there\u{1}")] {
      let fast = AuditLineV1.document(report, id: id, url: url, title: title, reporter: reporter)
      let slow = AuditLineV1.foundationDocument(report, id: id, url: url, title: title, reporter: reporter)
      #expect(String(decoding: fast, as: UTF8.self) == String(decoding: slow, as: UTF8.self))
    }
  }

  /// An archive address naming the page a figure came from: the line flags that evidence
  /// (`source_is_document`) as the Foundation path does; another address leaves it out.
  @Test func evidenceFromTheArticleItselfMatchesFoundation() {
    let report = ReportFixture.report
    let own = "http://WWW.gov.uk/government/statistics/mappa-annual-report-2019-to-2020/#top"
    for url in [own, "https://gov.uk/government/statistics/mappa-annual-report-2019-to-2020?utm_source=x",
                "https://www.gov.uk/government/statistics/other", "https://example.org/", "not an address"] {
      let fast = String(decoding: AuditLineV1.document(report, id: nil, url: url, title: nil, reporter: reporter), as: UTF8.self)
      let slow = String(decoding: AuditLineV1.foundationDocument(report, id: nil, url: url, title: nil, reporter: reporter), as: UTF8.self)
      #expect(fast == slow, "\(url)")
      #expect(fast.contains("\"source_is_document\":true") == url.contains("mappa-annual-report"), "\(url)")
    }
  }

  @Test func explanationsMatchFoundation() {
    let explaining = JSONReporter(tool: reporter.tool, datasets: [], explain: true)
    let fast = AuditLineV1.document(ReportFixture.report, id: nil, url: nil, title: nil, reporter: explaining)
    let slow = AuditLineV1.foundationDocument(ReportFixture.report, id: nil, url: nil, title: nil,
                                              reporter: explaining)
    #expect(fast == slow)
  }

  @Test func failureLineMatchesFoundation() {
    for offset in [nil, 0, 59] {
      let fast = AuditLineV1.failure(path: "b/c.txt", id: "x", url: nil, kind: "invalid_utf8",
                                     message: "invalid UTF-8 \\ \"", offset: offset)
      let slow = AuditLineV1.foundationFailure(path: "b/c.txt", id: "x", url: nil, kind: "invalid_utf8",
                                               message: "invalid UTF-8 \\ \"", offset: offset)
      #expect(fast == slow)
    }
  }

  @Test func stringsEscapeAsFoundationDoes() throws {
    var all = ""
    for c in 0..<0x90 { all.unicodeScalars.append(Unicode.Scalar(UInt8(c))) }
    all += "\u{2028}\u{2029}é’€😀/"
    for s in [all, "", "plain", "\"", "\\", "a\nb\r\n"] {
      var w = AuditLineWriter()
      w.string(s)
      let expected = try JSONEncoder.compact.encode([s]).dropFirst().dropLast()
      #expect(w.bytes == Array(expected), "\(s.debugDescription)")
    }
  }

  /// Clean stretches are skipped a word at a time: an escape anywhere in a word is still found.
  @Test func escapesAreFoundAtEveryOffset() throws {
    for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{7F}", "é", "\u{2028}"] {
      for offset in 0..<24 {
        let s = String(repeating: "a", count: offset) + special + String(repeating: "b ]", count: 5)
        var w = AuditLineWriter()
        w.string(s)
        let expected = try JSONEncoder.compact.encode([s]).dropFirst().dropLast()
        #expect(w.bytes == Array(expected), "\(s.debugDescription)")
      }
    }
  }

  @Test func numbersPrintAsFoundationDoes() throws {
    var values: [Double] = [0, -0.0, 1, -1, 0.1, 2.5, 1e-7, 1e15, 1e15 - 1, -1e15 + 1, 1e16, 1e21,
                            99.95, 1596, 9_007_199_254_740_992, 0.000123, 12_345_678.9]
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      values.append(Double(bitPattern: rng.next()))
      values.append(Double(Int.random(in: -10_000_000...10_000_000, using: &rng)) / 100)
      values.append(Double(Int64.random(in: -(1 << 53)...(1 << 53), using: &rng)))
    }
    for v in values where v.isFinite {
      var w = AuditLineWriter()
      w.double(v)
      let expected = try JSONEncoder.compact.encode([v]).dropFirst().dropLast()
      #expect(w.bytes == Array(expected), "\(v)")
    }
    for i in [0, 1, -1, 42, Int.max, Int.min] {
      var w = AuditLineWriter()
      w.int(i)
      #expect(String(decoding: w.bytes, as: UTF8.self) == String(i))
    }
  }
}

extension JSONEncoder {
  fileprivate static var compact: JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return e
  }
}

extension AuditLineWriterTests {
  /// Strings and keys are copied in overlapping words: every length, clean or with an escape
  /// in its first or last byte, must come out as `JSONEncoder` writes it.
  @Test func everyShortLengthCopiesWhole() throws {
    for length in 0..<40 {
      let clean = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x41 + $0 % 26))) })
      var cases = [clean]
      if length > 0 {
        cases.append("\"" + clean.dropFirst())
        cases.append(clean.dropLast() + "\n")
      }
      for s in cases {
        var w = AuditLineWriter()
        w.string(s)
        let expected = try JSONEncoder.compact.encode([s]).dropFirst().dropLast()
        #expect(w.bytes == Array(expected), "\(s.debugDescription)")
      }
    }
  }

  @Test func keysOfEveryLength() {
    var w = AuditLineWriter()
    w.openObject()
    w.key("a")
    w.int(1)
    w.key("abcd")
    w.int(2)
    w.key("abcdefg")
    w.int(3)
    w.key("abcdefgh")
    w.int(4)
    w.key("abcdefghijklmnopq")
    w.int(5)
    w.closeObject()
    #expect(String(decoding: w.bytes, as: UTF8.self)
      == #"{"a":1,"abcd":2,"abcdefg":3,"abcdefgh":4,"abcdefghijklmnopq":5}"#)
  }
}

extension AuditLineWriterTests {
  /// Claims are read in place, checked or not: a document nothing verified (no dataset) and
  /// one with a claim without evidence write what `JSONEncoder` writes.
  @Test func uncheckedAndEvidencelessClaimsMatchFoundation() {
    var unchecked = ReportFixture.report
    unchecked.checked = nil
    var bare = ReportFixture.report
    if var first = bare.checked?.first {
      first.evidence = nil
      first.suggestion = "a suggestion"
      first.reason = .noArea
      bare.checked?[0] = first
    }
    for report in [unchecked, bare] {
      let fast = AuditLineV1.document(report, id: "x", url: nil, title: nil, reporter: reporter)
      let slow = AuditLineV1.foundationDocument(report, id: "x", url: nil, title: nil, reporter: reporter)
      #expect(String(decoding: fast, as: UTF8.self) == String(decoding: slow, as: UTF8.self))
    }
  }
}

extension AuditLineWriterTests {
  /// Evidence is read in place from inside its optional: every optional field set and unset,
  /// empty and non-ASCII strings, a claim with evidence after one without, all write what
  /// `JSONEncoder` writes.
  @Test func evidenceReadInPlaceMatchesFoundation() throws {
    var report = ReportFixture.report
    let first = try #require(report.checked?.first)
    let full = Evidence(
      dataset: "d\u{e9}", measure: "", area: "\u{C6}r\u{F8} + Kent", period: "2019-20",
      basePeriod: "2018-19", value: -0.25, sourceURL: "https://x.org/\"q\"", sourcePublished: "2020-01",
      sourceKind: "official", releaseDate: CalendarDate(iso: "2020-10-29"), flags: ["a", "\u{1}b"],
      arithmetic: "1,596 / 1,496 \u{2212} 1 = +6.7%", revisions: ["revised to 787 (2024-11)", ""])
    let empty = Evidence(
      dataset: "", measure: "m", area: "", period: "", value: 0, sourceURL: "", sourcePublished: nil,
      sourceKind: "", releaseDate: nil, flags: [])
    var claims: [CheckedClaim] = []
    for evidence in [nil, full, empty, nil, full] {
      var c = first
      c.evidence = evidence
      claims.append(c)
    }
    report.checked = claims
    report.extracted.claims = claims.map(\.claim)
    let fast = AuditLineV1.document(report, id: nil, url: nil, title: nil, reporter: reporter)
    let slow = AuditLineV1.foundationDocument(report, id: nil, url: nil, title: nil, reporter: reporter)
    #expect(String(decoding: fast, as: UTF8.self) == String(decoding: slow, as: UTF8.self))
    #expect(String(decoding: fast, as: UTF8.self).contains("\"release_date\":\"2020-10-29\""))
  }
}
