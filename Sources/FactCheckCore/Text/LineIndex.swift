/// Converts UTF-8 offsets to line and column, built once per document.
///
/// Lines end at LF, CR LF or a lone CR. Columns count Unicode scalars, 1-based.
///
/// Columns are computed from a running count of scalars kept every `block` bytes, so finding one
/// costs at most two blocks whatever the line's length (a one-line 100 MB file, or a
/// 10,000-sentence paragraph, stays linear).
public struct LineIndex: Sendable {
  /// UTF-8 offset of the first byte of each line.
  public private(set) var lineStarts: [Int]
  private let bytes: [UInt8]
  /// Scalars that start before offset `k * block`, for every k.
  private var scalarsBefore: [Int]
  private static let block = 4096

  public init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var marks = [0]
    var scalars = 0
    for k in stride(from: 0, to: bytes.count, by: Self.block) {
      scalars += Self.scalarStarts(bytes, k, min(k + Self.block, bytes.count))
      marks.append(scalars)
    }
    scalarsBefore = marks
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A {
        starts.append(i + 1)
      } else if b == 0x0D {
        if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    lineStarts = starts
  }

  /// The 0-based index of the line holding `offset`.
  public func lineNumber(of offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// The line and column of a UTF-8 offset.
  public func location(of offset: Int) -> SourceLocation {
    let line = lineNumber(of: offset)
    let end = max(lineStarts[line], min(offset, bytes.count))
    return SourceLocation(line: line + 1, column: 1 + scalars(before: end) - scalars(before: lineStarts[line]))
  }

  /// The number of scalars that start before `offset`.
  private func scalars(before offset: Int) -> Int {
    let k = offset / Self.block
    return scalarsBefore[k] + Self.scalarStarts(bytes, k * Self.block, offset)
  }

  /// Scalar starts in `bytes[from..<to]`: every byte that is not a UTF-8 continuation byte.
  private static func scalarStarts(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
    bytes.withUnsafeBufferPointer { b in
      var n = 0
      var i = from
      while i < to {
        if b[i] & 0xC0 != 0x80 { n += 1 }
        i += 1
      }
      return n
    }
  }

  /// The byte range of the line holding `offset`, without its line break.
  public func lineRange(containing offset: Int) -> SourceRange {
    let line = lineNumber(of: offset)
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    while end > lineStarts[line], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    return SourceRange(start: lineStarts[line], end: end)
  }
}
