/// A half-open range of UTF-8 byte offsets into a document's text.
public struct SourceRange: Hashable, Comparable, Sendable, Codable {
  /// First byte, 0-based.
  public var start: Int
  /// One past the last byte.
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public init(_ range: Range<Int>) {
    self.init(start: range.lowerBound, end: range.upperBound)
  }

  /// Unchecked: offsets into a text never come near the ends of `Int`, and the overflow
  /// check was a branch on each of the half million reads of an audit's word loops.
  public var length: Int { end &- start }
  public var isEmpty: Bool { end <= start }

  public func contains(_ other: SourceRange) -> Bool {
    start <= other.start && other.end <= end
  }

  public func overlaps(_ other: SourceRange) -> Bool {
    start < other.end && other.start < end
  }

  /// The smallest range covering both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }

  public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}

/// A 1-based line and column; the column counts Unicode scalars from the start of the line.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
