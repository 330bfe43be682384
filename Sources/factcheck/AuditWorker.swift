import FactCheckCore
import FactCheckData
import FactCheckICU
import FactCheckReporters

/// What checking one archive item gives: its output line and the counts the summary adds up.
struct AuditOutcome: Sendable {
  var index: Int
  var line: [UInt8]
  var bytesRead: Int
  var failed = false
  /// Nil for an article that could not be read.
  var summary: DocumentReport.Summary?
  /// One description per contradicted claim, for the summary's most common ones.
  var contradicted: [String] = []
  /// What the document adds to the `--html` report, when there is one.
  var html: HTMLReport.Entry?
}

/// Reads, checks and renders one archive item. Shared by every worker thread: all of it is
/// immutable and `Sendable` (the segmenter clones its ICU iterators per call).
struct AuditWorker: Sendable {
  let checker: Checker
  let segmenter: ICUSegmenter
  let gazetteer: Gazetteer?
  let reporter: JSONReporter
  /// The date for articles that carry none, and whether it was given (else today, assumed).
  let fallbackDate: CalendarDate
  let fallbackGiven: Bool
  /// `--area`: overrides every article's own area.
  let area: String?
  /// Whether to collect what the `--html` report needs.
  var html = false

  func audit(_ item: ArchiveItem) -> AuditOutcome {
    let size = (try? item.bytes.get().count) ?? 0
    switch ArchiveArticle.read(item) {
    case .failure(let f):
      let line = AuditLineV1.failure(path: item.name, id: f.id, url: f.url, kind: f.kind.rawValue,
                                     message: f.message, offset: f.offset)
      return AuditOutcome(index: item.index, line: line, bytesRead: size, failed: true,
                          html: html ? .failure : nil)
    case .success(let article):
      let report = check(article)
      let line = AuditLineV1.document(report, id: article.id, url: article.url, title: article.title,
                                      reporter: reporter)
      let contradicted = Self.contradicted(report)
      let entry = html ? HTMLReport.Entry(report, segmenter: segmenter, id: article.id, url: article.url,
                                          title: article.title, contradicted: contradicted) : nil
      return AuditOutcome(index: item.index, line: line, bytesRead: size, summary: report.summary,
                          contradicted: contradicted, html: entry)
    }
  }

  func check(_ article: ArchiveArticle) -> DocumentReport {
    var published = (fallbackDate, fallbackGiven)
    var dayAssumed = false
    var through: CalendarDate?
    if let raw = article.published {
      if let date = Self.date(raw) {
        published = (date, true)
      } else if let month = CalendarDate.leading(raw) {
        // "2020-11": the month's first day, said in the line; "2017-10/11" runs to November's end.
        published = (month.date, true)
        dayAssumed = !month.dayGiven
        through = CalendarDate.lastDay(raw)
      }
    }
    let named = area ?? article.area
    let known = named.flatMap { gazetteer?.lookup($0)?.area.name }
    let options = ClaimExtractor.Options(published: published.0, area: known, explain: reporter.explain)
    if dayAssumed {
      return checker.run(article.document, segmenter: segmenter, options: options, dayUnknown: true, through: through)
    }
    return checker.run(article.document, segmenter: segmenter, options: options, publishedGiven: published.1)
  }

  /// `CalendarDate(iso: String(raw.prefix(10)))`: the date at the start of a `published`
  /// field. The first ten Characters are the first ten bytes when these are ASCII and the
  /// byte after them is too (only a non-ASCII mark can join an ASCII character, apart from CR
  /// LF, which no date holds): taken as bytes, without the Character-by-Character `prefix`
  /// (about 690 instructions an article). Any other text goes the general way.
  static func date(_ raw: String) -> CalendarDate? {
    let head: String? = raw.utf8.withContiguousStorageIfAvailable { bytes in
      guard bytes.count >= 10, bytes.count == 10 || bytes[10] < 0x80,
        !bytes[..<10].contains(where: { $0 >= 0x80 })
      else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<10]), as: UTF8.self)
    } ?? nil
    return CalendarDate(iso: head ?? String(raw.prefix(10)))
  }

  /// "'1,569' should be 1,596 (category1_rso_total, Essex, 2019-20)" for each contradicted claim.
  /// Reads the checked claims in place: `filter` copied every one (a claim holds a dozen
  /// strings) only to drop most of them.
  static func contradicted(_ report: DocumentReport) -> [String] {
    guard let checked = report.checked else { return [] }
    var out: [String] = []
    for i in checked.indices where checked[i].verdict == .contradicted {
      out.append(line(text: report.document.slice(checked[i].claim.range),
                      expected: checked[i].expected.map(Self.number),
                      measure: checked[i].claim.measure, area: checked[i].claim.area,
                      period: checked[i].claim.period))
    }
    return out
  }

  /// One line, its parts' bytes copied once into storage of the final size: appended to a
  /// reserved string, each of its eleven or so parts cost about 340 instructions.
  static func line(text: String, expected: String?, measure: String?, area: String?, period: String?)
    -> String
  {
    // The cell: the parts there are, ", " between them.
    let cellBytes = [measure, area, period].reduce(into: (count: 0, parts: 0)) { sum, part in
      guard let part else { return }
      sum.count += (sum.parts > 0 ? 2 : 0) + part.utf8.count
      sum.parts += 1
    }
    let capacity = 1 + text.utf8.count + 1 + (expected.map { 11 + $0.utf8.count } ?? 0) + 2 + cellBytes.count + 1
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var at = 0
      func put(_ byte: UInt8) {
        buffer[at] = byte
        at += 1
      }
      func put(_ s: String) {
        for b in s.utf8 { put(b) }
      }
      var first = true
      func cellPart(_ part: String?) {
        guard let part else { return }
        if !first { put(", ") }
        put(part)
        first = false
      }
      put(UInt8(ascii: "'"))
      put(text)
      put(UInt8(ascii: "'"))
      if let expected {
        put(" should be ")
        put(expected)
      }
      put(" (")
      cellPart(measure)
      cellPart(area)
      cellPart(period)
      put(UInt8(ascii: ")"))
      return at
    }
  }

  static func number(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
  }
}
