/// An article's text with exact UTF-8 offsets.
///
/// The text is kept exactly as read (BOM and line ends included), so every range reported is a
/// byte range into the original file. Line and column come late, through `lineIndex`.
public struct Document: Sendable {
  /// Where the text came from, as given by the caller (a path, `-` or an id).
  public var name: String
  /// The text's UTF-8 bytes, which everything reads.
  public let utf8: [UInt8]
  public let lineIndex: LineIndex

  /// The text, decoded when asked for: the checks read `utf8` only, and keeping a String of
  /// every article as well cost a decoding and a copy per article read.
  public var text: String { String(decoding: utf8, as: UTF8.self) }

  public init(name: String = "-", text: String) {
    self.init(name: name, validUTF8: Array(text.utf8))
  }

  /// A document of bytes known to be valid UTF-8 (checked by the caller, as a file's are when
  /// it is read).
  public init(name: String = "-", validUTF8 bytes: [UInt8]) {
    self.name = name
    self.utf8 = bytes
    self.lineIndex = LineIndex(bytes: bytes)
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
