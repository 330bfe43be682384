/// Everything found in one document: its claims (checked or not), the numbers set aside and
/// the numbers not understood.
public struct DocumentReport: Sendable {
  public var document: Document
  public var published: CalendarDate
  /// True when the date was given (flag, front matter); false when today's date was assumed.
  public var publishedGiven: Bool
  public var extracted: ExtractedClaims
  /// Present after verification, in the same order as `extracted.claims`.
  public var checked: [CheckedClaim]?
  /// The article's own address, when known (`check` and CI runs set it from the front
  /// matter's `url`): evidence whose source is this very article is then said to be so.
  public var url: String?
  /// The front matter's date when it was there but not a date (`published: November 2020`):
  /// today's date was then assumed, and the note says why.
  public var unreadDate: String?
  /// True when the date given has a month but no day ("published: 2020-11"): the month's first
  /// day was assumed, and the note says so.
  public var publishedDayAssumed = false
  /// With `publishedDayAssumed`: the last day the date may stand for (the month's, or that of
  /// a range of months, "2017-10/11"), which verdicts were also checked as of.
  public var publishedThrough: CalendarDate?

  public init(document: Document, published: CalendarDate, publishedGiven: Bool,
              extracted: ExtractedClaims, checked: [CheckedClaim]? = nil) {
    self.document = document
    self.published = published
    self.publishedGiven = publishedGiven
    self.extracted = extracted
    self.checked = checked
  }

  public var summary: Summary {
    var s = Summary()
    s.claims = extracted.claims.count
    for c in checked ?? [] {
      switch c.verdict {
      case .supported: s.supported += 1
      case .contradicted: s.contradicted += 1
      case .unverifiable: s.unverifiable += 1
      }
    }
    s.ignored = extracted.ignored.count
    s.unparsed = extracted.unparsed.count
    return s
  }

  public struct Summary: Hashable, Sendable, Codable {
    public var claims = 0
    public var supported = 0
    public var contradicted = 0
    public var unverifiable = 0
    public var ignored = 0
    public var unparsed = 0
  }
}

/// The whole pipeline for one document: segment, recognise, extract, verify.
public struct Checker: Sendable {
  public let extractor: ClaimExtractor
  public let verifier: Verifier?

  public init(extractor: ClaimExtractor, verifier: Verifier?) {
    self.extractor = extractor
    self.verifier = verifier
  }

  public func run(_ document: Document, segmenter: some TextSegmenter,
                  options: ClaimExtractor.Options, publishedGiven: Bool = true) -> DocumentReport {
    let extracted = extractor.extract(from: document, segmenter: segmenter, options: options)
    let checked = verifier?.check(extracted.claims, in: document, published: options.published)
    return DocumentReport(document: document, published: options.published,
                          publishedGiven: publishedGiven, extracted: extracted, checked: checked)
  }
}

extension Checker {
  /// Checks an article dated only by its month ("published: 2020-11"; `options.published` is
  /// the month's first day) as of that first day and as of the month's last (or `through`, the
  /// last day of a range of months, "2017-10/11"). A claim whose verdict differs between the
  /// two is unverifiable: a release came out meanwhile, and the day decides which figures the
  /// article could use. Taken as of the first day alone, "62,435 registered sex offenders, new
  /// figures show" in a story of October 2020 was compared with the 2018-19 release and called
  /// wrong, though the 2019-20 release of 29 October gives it.
  public func run(_ document: Document, segmenter: some TextSegmenter,
                  options: ClaimExtractor.Options, dayUnknown: Bool, through: CalendarDate? = nil) -> DocumentReport {
    var report = run(document, segmenter: segmenter, options: options)
    guard dayUnknown else { return report }
    report.publishedDayAssumed = true
    let first = options.published
    var later = options
    later.published = through.flatMap { $0 > first ? $0 : nil }
      ?? CalendarDate(year: first.year, month: first.month,
                      day: CalendarDate.daysIn(month: first.month, year: first.year))
    report.publishedThrough = later.published
    guard later.published != first, var checked = report.checked,
      let lastChecked = run(document, segmenter: segmenter, options: later).checked
    else { return report }
    var lastClaims: [SourceRange: CheckedClaim] = [:]
    for c in lastChecked { lastClaims[c.claim.range] = c }
    let month = Self.span(first, later.published)
    for k in checked.indices {
      let early = checked[k].verdict
      let late = lastClaims[checked[k].claim.range]?.verdict
      if late == early {
        // Wrong both ways, but against different figures: the first day's fix may be the
        // wrong one, so none is offered and the other figure is noted.
        if early == .contradicted, let lateClaim = lastClaims[checked[k].claim.range],
          let other = lateClaim.expected, let own = checked[k].expected, other != own
        {
          let text = document.slice(checked[k].claim.range)
          checked[k].suggestion = nil
          checked[k].message = "'\(text)' is neither \(NumberText.format(own)) (\(checked[k].claim.period ?? "?")) nor \(NumberText.format(other)) (\(lateClaim.claim.period ?? "?")), the figures as of \(first) and \(later.published): the article is dated only \(month)"
          checked[k].notes.append("the article is dated only \(month): as of \(later.published) the official figure is \(NumberText.format(other)) (\(lateClaim.claim.period ?? "?"))")
        }
        continue
      }
      checked[k].verdict = .unverifiable
      checked[k].reason = .noPeriod
      checked[k].suggestion = nil
      checked[k].message = late.map {
        "the article is dated only \(month), and the day decides: as of \(first) this is \(early.rawValue), as of \(later.published) \($0.rawValue) (a release came out \(month.count == 7 ? "that month" : "in between")); pass --published DATE"
      } ?? "the article is dated only \(month), and the day decides how it reads; pass --published DATE"
    }
    report.checked = checked
    return report
  }

  /// How an article dated `first` to `last` (first and last days) is dated: "2020-11" within a
  /// month, "2017-10/11" over two in a year, "2017-12/2018-01" across years.
  public static func span(_ first: CalendarDate, _ last: CalendarDate) -> String {
    let from = String(first.description.prefix(7))
    if last.year == first.year && last.month == first.month { return from }
    let to = last.description.prefix(7)
    return last.year == first.year ? from + "/" + to.suffix(2) : from + "/" + to
  }
}
