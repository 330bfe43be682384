/// An article's text with exact UTF-8 offsets.
///
/// The text is kept exactly as read (BOM and line ends included), so every range reported is a
/// byte range into the original file. Line and column come late, through `lineIndex`.
public struct Document: Sendable {
  /// Where the text came from, as given by the caller (a path, `-` or an id).
  public var name: String
  public let text: String
  /// The UTF-8 bytes of `text`.
  public let utf8: [UInt8]
  public let lineIndex: LineIndex

  public init(name: String = "-", text: String) {
    self.name = name
    self.text = text
    self.utf8 = Array(text.utf8)
    self.lineIndex = LineIndex(bytes: utf8)
  }

  /// The text of a range, which must fall on scalar boundaries.
  public func slice(_ range: SourceRange) -> String {
    let lo = max(0, min(range.start, utf8.count))
    let hi = max(lo, min(range.end, utf8.count))
    return String(decoding: utf8[lo..<hi], as: UTF8.self)
  }

  public func location(of offset: Int) -> SourceLocation {
    lineIndex.location(of: offset)
  }

  public var fullRange: SourceRange { SourceRange(start: 0, end: utf8.count) }
}
