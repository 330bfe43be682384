import FactCheckCore

/// The `audit --html` report, built up one document at a time.
///
/// It keeps only what the page shows: verdict counts by year and by area, how often each
/// contradicted claim was seen, and one row per contradicted or unverifiable claim (at most
/// `maxRows` of each verdict; the rest are counted). `render()` turns it into one
/// self-contained HTML page.
public struct HTMLReport: Sendable {
  public var documents = 0
  public var failed = 0
  public var total = Counts()
  public var byYear: [String: Counts] = [:]
  public var byArea: [String: Counts] = [:]
  public var contradictedClaims: [String: Int] = [:]
  public var rows: [Row] = []
  /// Rows left out past `maxRows`, by verdict.
  public var omitted: [String: Int] = [:]
  public var maxRows: Int
  private var kept: [String: Int] = [:]

  public init(maxRows: Int = 10_000) {
    self.maxRows = maxRows
  }

  public struct Counts: Sendable, Hashable, Codable {
    public var supported = 0
    public var contradicted = 0
    public var unverifiable = 0
    public var claims: Int { supported + contradicted + unverifiable }

    public init() {}

    mutating func add(_ v: Verdict, _ n: Int = 1) {
      switch v {
      case .supported: supported += n
      case .contradicted: contradicted += n
      case .unverifiable: unverifiable += n
      }
    }

    mutating func add(_ o: Counts) {
      supported += o.supported
      contradicted += o.contradicted
      unverifiable += o.unverifiable
    }
  }

  /// One contradicted or unverifiable claim, as the table shows it. All of it is plain text;
  /// the page escapes it. Short keys: the rows are embedded in the page as JSON.
  public struct Row: Sendable, Hashable, Codable {
    /// "contradicted" or "unverifiable".
    public var verdict: String
    /// Why it could not be checked ("no_figure"), for an unverifiable claim.
    public var reason: String?
    public var id: String?
    /// The article's address, kept only when it is http or https.
    public var url: String?
    public var title: String?
    public var path: String
    public var published: String
    public var area: String?
    public var claim: String
    public var sentence: String
    public var message: String
    public var evidence: String?
    /// The official source's address (http or https only).
    public var source: String?
    public var suggestion: String?
  }

  /// What one document adds to the report. Made on the worker thread that checked the
  /// document, added on the writer thread.
  public struct Entry: Sendable {
    public var failed = false
    public var year: String = ""
    public var counts: [String: Counts] = [:]
    public var rows: [Row] = []
    public var contradicted: [String] = []

    /// An article that could not be read: counted, nothing else.
    public static let failure = Entry(failed: true)

    /// The entry for a checked document. `sentences` finds the sentence around each claim;
    /// `contradicted` are the `--summary` descriptions of its contradicted claims.
    public init(_ report: DocumentReport, segmenter: some TextSegmenter, id: String?, url: String?,
                title: String?, contradicted: [String]) {
      let doc = report.document
      year = String(report.published.description.prefix(4))
      if !report.publishedGiven { year = "date unknown" }
      self.contradicted = contradicted
      let checked = report.checked ?? []
      var sentences: [SourceRange]?
      for c in checked {
        let area = c.claim.area ?? report.extracted.mainArea ?? "no area"
        counts[area, default: Counts()].add(c.verdict)
        guard c.verdict != .supported else { continue }
        if sentences == nil { sentences = segmenter.sentences(in: doc) }
        let sentence = Self.sentence(doc, around: c.claim.range, in: sentences ?? [])
        // Evidence taken from this very article: said so, and no link to follow.
        let own = url.map { page in c.evidence.map { TextReporter.sameAddress(page, $0.sourceURL) } ?? false } ?? false
        rows.append(Row(
          verdict: c.verdict.rawValue, reason: c.reason?.rawValue, id: id, url: HTMLReport.web(url),
          title: title.map { HTMLReport.clip($0, 300) }, path: doc.name,
          published: report.publishedGiven ? report.published.description : "",
          area: c.claim.area ?? report.extracted.mainArea, claim: HTMLReport.clip(doc.slice(c.claim.range), 200),
          sentence: sentence, message: HTMLReport.clip(c.message, 600),
          evidence: c.evidence.map { Self.evidence($0, fromThisArticle: own) },
          source: own ? nil : HTMLReport.web(c.evidence?.sourceURL),
          suggestion: c.suggestion.map { HTMLReport.clip($0, 300) }))
      }
    }

    init(failed: Bool) {
      self.failed = failed
    }

    /// The sentence that holds `range` (at most 500 characters around the claim).
    static func sentence(_ doc: Document, around range: SourceRange, in sentences: [SourceRange]) -> String {
      let s = sentences.first { $0.start <= range.start && range.start < $0.end } ?? range
      let lo = max(s.start, range.start - 1200), hi = min(s.end, range.end + 1200)
      var text = doc.slice(SourceRange(start: lo, end: hi))
      text = String(String.UnicodeScalarView(text.unicodeScalars.map {
        $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) ? " " : $0
      }))
      text = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
      return HTMLReport.clip(text, 500)
    }

    /// The evidence column; `fromThisArticle` when the figure's source is the article itself
    /// (as the text report says it).
    static func evidence(_ e: Evidence, fromThisArticle: Bool = false) -> String {
      var parts = ["official \(HTMLReport.number(e.value))",
                   "\(e.dataset): \(e.measure), \(e.area), \(e.period)"]
      if let base = e.basePeriod { parts[1] += " vs \(base)" }
      if let a = e.arithmetic { parts.append(a) }
      if let r = e.releaseDate { parts.append("released \(r)") }
      if !e.flags.isEmpty { parts.append("flags: " + e.flags.joined(separator: ", ")) }
      // Before the revisions, which can be long: the page clips the whole to 600 characters.
      if fromThisArticle {
        parts.append(e.basePeriod == nil
          ? "source: this article itself, so not an independent check"
          : "source of the \(e.period) figure: this article itself")
      }
      parts += e.revisions
      return HTMLReport.clip(parts.joined(separator: "; "), 600)
    }
  }

  public mutating func add(_ entry: Entry) {
    documents += 1
    if entry.failed {
      failed += 1
      return
    }
    var sum = Counts()
    for (area, c) in entry.counts {
      byArea[area, default: Counts()].add(c)
      sum.add(c)
    }
    total.add(sum)
    if sum.claims > 0 { byYear[entry.year, default: Counts()].add(sum) }
    for c in entry.contradicted { contradictedClaims[c, default: 0] += 1 }
    for row in entry.rows {
      if kept[row.verdict, default: 0] < maxRows {
        kept[row.verdict, default: 0] += 1
        rows.append(row)
      } else {
        omitted[row.verdict, default: 0] += 1
      }
    }
  }

  /// `s` when it is an http or https address, else nil: no `javascript:` or `data:` links.
  static func web(_ s: String?) -> String? {
    guard let s else { return nil }
    let lower = s.prefix(8).lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? s : nil
  }

  /// At most `n` characters, with "…" when cut.
  static func clip(_ s: String, _ n: Int) -> String {
    s.count <= n ? s : String(s.prefix(n)) + "…"
  }

  /// 1972 -> "1,972"; 12.5 -> "12.5".
  static func number(_ v: Double) -> String {
    guard v == v.rounded(), abs(v) < 1e15 else { return String(v) }
    let digits = String(Int(abs(v)))
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return (v < 0 ? "-" : "") + out
  }
}
