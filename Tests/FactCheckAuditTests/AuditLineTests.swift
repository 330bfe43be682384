import FactCheckCore
import FactCheckData
import FactCheckICU
import Foundation
import Testing

@testable import FactCheckReporters

/// The audit line is written straight from the checked report; it must be byte for byte what
/// `JSONEncoder` writes for the report's `ReportV1` form, on every article of the sample archive.
@Suite struct AuditLineTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test func sampleArchiveLinesMatchFoundation() throws {
    let setup = try Setup(corpus: DatasetLoader.loadCorpus(Self.root.appendingPathComponent("Corpus").path),
                          ruleFolders: [Self.root.appendingPathComponent("Rules").path])
    let segmenter = try ICUSegmenter()
    let source = ArchiveSource(paths: [Self.root.appendingPathComponent("Corpus/archive-sample").path])
    var checked = 0
    for item in ArchiveReader(source: source, stdin: false) {
      guard let article = try? ArchiveArticle.read(item).get() else { continue }
      let published = article.published.flatMap { CalendarDate(iso: String($0.prefix(10))) }
      // Without a date, the claims are extracted but the report is still written in full.
      let report = setup.checker.run(article.document, segmenter: segmenter,
                                     options: .init(published: published ?? CalendarDate(iso: "2020-11-05")!,
                                                    explain: true),
                                     publishedGiven: published != nil)
      for explain in [false, true] {
        let reporter = JSONReporter(tool: .init(name: "factcheck", version: "test"), datasets: [], explain: explain)
        let fast = AuditLineV1.document(report, id: article.id, url: article.url, title: article.title,
                                        reporter: reporter)
        let slow = AuditLineV1.foundationDocument(report, id: article.id, url: article.url,
                                                  title: article.title, reporter: reporter)
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: slow, as: UTF8.self), "\(item.name)")
        // The line's room is sized from the report; started small, the writer grows through
        // the same line.
        var small = AuditLineWriter(capacity: 64)
        small.document(report, id: article.id, url: article.url, title: article.title, explain: explain)
        small.append(0x0A)
        #expect(small.bytes == fast, "\(item.name)")
      }
      checked += 1
    }
    #expect(checked > 250)
  }

  /// Unverified claims (no dataset) have no verdict, evidence or notes; a range that cuts a
  /// character or runs past the end is written as `Document.slice` gives it.
  @Test func uncheckedReportMatchesFoundation() throws {
    let doc = Document(name: "x.txt", text: "There were 1,596 registered sex offenders in Essex in 2019-20, up 7%. Café")
    let claim = Claim(range: SourceRange(start: 11, end: 16),
                      expression: NumericExpression(range: SourceRange(start: 11, end: 16), value: 1596, form: .number),
                      kind: .count, measure: "m", reasons: ["why"])
    let report = DocumentReport(
      document: doc, published: CalendarDate(iso: "2020-11-05")!, publishedGiven: false,
      extracted: ExtractedClaims(
        claims: [claim],
        ignored: [SetAside(range: SourceRange(start: 74, end: 76), form: .number, value: 1, reason: "cut")],
        unparsed: [SetAside(range: SourceRange(start: 70, end: 90), form: .number, value: 2, reason: "past")]))
    let reporter = JSONReporter(tool: .init(name: "factcheck", version: "test"), datasets: [], explain: true)
    let fast = AuditLineV1.document(report, id: nil, url: nil, title: nil, reporter: reporter)
    let slow = AuditLineV1.foundationDocument(report, id: nil, url: nil, title: nil, reporter: reporter)
    #expect(String(decoding: fast, as: UTF8.self) == String(decoding: slow, as: UTF8.self))
  }
}
