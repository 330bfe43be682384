/// A word-level token of a sentence.
public struct Token: Hashable, Sendable {
  public enum Kind: UInt8, Hashable, Sendable, Codable {
    /// Letters (possibly with apostrophes or inner hyphens handled by the segmenter).
    case word
    /// Digits with optional grouping commas and one decimal point: "1,596", "6.7", "2019".
    case number
    /// Anything else that is not white space: "%", "£", "-", "–", ",", ".".
    case punctuation
    /// White space, including non-breaking and thin spaces and line breaks.
    case space
  }

  public var range: SourceRange
  public var kind: Kind
  /// For `.number` tokens, the value parsed from the digits.
  public var number: Double?

  public init(range: SourceRange, kind: Kind, number: Double? = nil) {
    self.range = range
    self.kind = kind
    self.number = number
  }
}

/// Splits text into sentences and tokens. Implemented with ICU in FactCheckICU; tests may use
/// simpler doubles.
///
/// A word token never splits a run of ASCII letters, and a number token holds a digit, as with
/// ICU's word rules: `ClaimExtractor` leaves sentences unbroken on that basis (see
/// `SentenceScreen`).
public protocol TextSegmenter: Sendable {
  /// Sentence ranges covering the document, in order. White space between sentences may be
  /// left out.
  func sentences(in document: Document) -> [SourceRange]
  /// The tokens inside `range`, in order, covering it without gaps.
  func tokens(in document: Document, range: SourceRange) -> [Token]
  /// The tokens of each range, as `tokens(in:range:)` gives them; a segmenter can share its
  /// set-up across the ranges.
  func tokens(in document: Document, ranges: [SourceRange]) -> [[Token]]
  /// The sentences of `sentences(in:)`, each with whether `mayContribute` holds for it. A
  /// segmenter may leave unbroken a stretch of whole lines that `mayContribute` rejects as a
  /// whole (it then rejects every sentence inside), and give it as one range, flagged false,
  /// that a line break follows.
  func sentences(in document: Document, screenedBy mayContribute: (SourceRange) -> Bool)
    -> [ScreenedSentence]
}

/// A sentence range, and whether it may hold anything a claim needs (see `SentenceScreen`).
public struct ScreenedSentence: Sendable, Equatable {
  public var range: SourceRange
  public var mayContribute: Bool

  public init(range: SourceRange, mayContribute: Bool) {
    self.range = range
    self.mayContribute = mayContribute
  }
}

extension TextSegmenter {
  public func sentences(in document: Document, screenedBy mayContribute: (SourceRange) -> Bool)
    -> [ScreenedSentence]
  {
    sentences(in: document).map { ScreenedSentence(range: $0, mayContribute: mayContribute($0)) }
  }

  public func tokens(in document: Document, ranges: [SourceRange]) -> [[Token]] {
    ranges.map { tokens(in: document, range: $0) }
  }
}
