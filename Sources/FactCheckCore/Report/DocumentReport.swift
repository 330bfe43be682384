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
  /// The front matter's date when it was there but not a date (`published: 2020-11
  /// (inferred)`): today's date was then assumed, and the note says why.
  public var unreadDate: String?
  /// True when the date given has a month but no day ("published: 2020-11"): the month's first
  /// day was assumed, and the note says so.
  public var publishedDayAssumed = false

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
