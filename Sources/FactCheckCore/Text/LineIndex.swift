/// Converts UTF-8 offsets to line and column, built once per document.
///
/// Lines end at LF, CR LF or a lone CR. Columns count Unicode scalars, 1-based.
public struct LineIndex: Sendable {
  /// UTF-8 offset of the first byte of each line.
  public private(set) var lineStarts: [Int]
  private let bytes: [UInt8]
  /// Scalars (bytes that are not UTF-8 continuation bytes) before every `stride`-th byte, so a
  /// column costs at most `stride` bytes of counting however long the line is.
  private let scalarsBefore: [Int]
  private static let stride = 128

  public init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    // One pass over the buffer, eight bytes at a time, for both the line starts and the scalar
    // counts: every article read builds one (two passes were 7,700 instructions an article).
    (lineStarts, scalarsBefore) = bytes.withUnsafeBufferPointer { b in
      var starts = [0]
      starts.reserveCapacity(b.count / 64 + 1)
      var counts = [0]
      counts.reserveCapacity(b.count / Self.stride + 1)
      guard let raw = UnsafeRawPointer(b.baseAddress) else { return (starts, counts) }
      let ones: UInt64 = 0x0101_0101_0101_0101
      var scalars = 0
      var i = 0
      while i < b.count {
        let blockEnd = min(i + Self.stride, b.count)
        while i + 8 <= blockEnd {
          let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          scalars += Self.scalarStarts(inWord: word)
          // Words with a byte below 0x0E (CR, LF, and the rarer tab, VT, FF) are read byte by
          // byte: a byte below n less n borrows into its high bit, which it did not have.
          if (word &- ones &* 0x0E) & ~word & (ones &* 0x80) != 0 {
            for k in i..<i + 8 { Self.noteLineBreak(b, k, &starts) }
          }
          i += 8
        }
        while i < blockEnd {
          if b[i] & 0xC0 != 0x80 { scalars += 1 }
          Self.noteLineBreak(b, i, &starts)
          i += 1
        }
        if blockEnd % Self.stride == 0 { counts.append(scalars) }
      }
      return (starts, counts)
    }
  }

  /// Records the line starting after `b[i]` when it ends one: LF, or CR not followed by LF.
  @inline(__always)
  private static func noteLineBreak(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ starts: inout [Int]) {
    if b[i] == 0x0A || (b[i] == 0x0D && (i + 1 == b.count || b[i + 1] != 0x0A)) {
      starts.append(i + 1)
    }
  }

  /// The number of scalar starts in `bytes[0..<offset]`.
  private func scalars(before offset: Int) -> Int {
    let block = offset / Self.stride
    return scalarsBefore[block] + scalars(from: block * Self.stride, to: offset)
  }

  /// The number of scalar starts in `bytes[from..<offset]`.
  private func scalars(from: Int, to offset: Int) -> Int {
    bytes.withUnsafeBufferPointer { Self.scalarStarts($0, from: from, to: offset) }
  }

  /// The bytes of `b[from..<to]` that are not UTF-8 continuation bytes (top bits 10), eight
  /// at a time: every claim and number written out asks for a column, and counting byte by
  /// byte was 0.4% of an audit.
  private static func scalarStarts(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    guard let raw = UnsafeRawPointer(b.baseAddress) else { return 0 }
    var count = 0
    var i = from
    while i + 8 <= to {
      count += scalarStarts(inWord: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      i += 8
    }
    while i < to {
      if b[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }

  /// The bytes of an eight-byte word that are not continuation bytes (top bits 10). A word
  /// without a byte outside ASCII, as most are, skips the bit count (which this target's
  /// baseline x86-64 has no instruction for).
  @inline(__always)
  private static func scalarStarts(inWord word: UInt64) -> Int {
    guard word & 0x8080_8080_8080_8080 != 0 else { return 8 }
    return 8 - ((word >> 7) & ~(word >> 6) & 0x0101_0101_0101_0101).nonzeroBitCount
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
    let start = lineStarts[line]
    let end = min(offset, bytes.count)
    // Count scalar starts: every byte that is not a UTF-8 continuation byte.
    // A column within one block's length of its line start is counted in one pass over those
    // bytes: the two counts from block starts read up to twice a block (680 instructions a
    // location, for every claim and number an audit writes).
    let column: Int
    if end <= start {
      column = 1
    } else if end - start <= Self.stride {
      column = 1 + scalars(from: start, to: end)
    } else {
      column = 1 + scalars(before: end) - scalars(before: start)
    }
    return SourceLocation(line: line + 1, column: column)
  }

  /// The byte range of the line holding `offset`, without its line break.
  public func lineRange(containing offset: Int) -> SourceRange {
    let line = lineNumber(of: offset)
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    while end > lineStarts[line], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    return SourceRange(start: lineStarts[line], end: end)
  }
}
