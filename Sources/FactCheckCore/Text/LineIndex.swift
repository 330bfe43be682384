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
      // Room for a line every 32 bytes: news copy has a line break (paragraph or blank line)
      // every 50 to 60 bytes, and room for one every 64 left most articles' arrays to grow
      // (4,600 reallocations in a 2,000-article audit, 2 M instructions).
      // Each array made empty and then given its room: made from a literal `[0]`, it was
      // allocated twice.
      var starts: [Int] = []
      starts.reserveCapacity(b.count / 32 + 2)
      starts.append(0)
      var counts: [Int] = []
      counts.reserveCapacity(b.count / Self.stride + 1)
      counts.append(0)
      guard let raw = UnsafeRawPointer(b.baseAddress) else { return (starts, counts) }
      let ones: UInt64 = 0x0101_0101_0101_0101
      // Spelled with their type: as `SIMD16(repeating:)` inline, the compares were the
      // generic lane-by-lane ones.
      let wide = SIMD16<UInt8>(repeating: 0x80)
      let controls = SIMD16<UInt8>(repeating: 0x0E)
      let lf = SIMD16<UInt8>(repeating: 0x0A)
      let cr = SIMD16<UInt8>(repeating: 0x0D)
      var scalars = 0
      var i = 0
      while i < b.count {
        let blockEnd = min(i + Self.stride, b.count)
        // Unchecked arithmetic: `i` stays below `blockEnd`, and `scalars` below `i`.
        while i &+ 8 <= blockEnd {
          // Sixteen bytes at a time where they fit and are ASCII without a byte below 0x0E
          // (SSE2 compares): sixteen scalars and no line break.
          if i &+ 16 <= blockEnd {
            let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let isWide = v .>= wide
            if !(isWide .| (v .< controls)).anyLane {
              scalars &+= 16
              i &+= 16
              continue
            }
            // ASCII with a line break or other control: sixteen scalars, and the LF and CR
            // bytes visited from the lanes, as the words' flags do below.
            if !isWide.anyLane {
              scalars &+= 16
              var (low, high) = ((v .== lf) .| (v .== cr)).laneHighBits
              while low != 0 {
                Self.noteLineBreak(b, i &+ low.trailingZeroBitCount &>> 3, &starts)
                low &= low &- 1
              }
              while high != 0 {
                Self.noteLineBreak(b, i &+ 8 &+ high.trailingZeroBitCount &>> 3, &starts)
                high &= high &- 1
              }
              i &+= 16
              continue
            }
          }
          let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          scalars &+= Self.scalarStarts(inWord: word)
          // Words with a byte below 0x0E (CR, LF, and the rarer tab, VT, FF) are looked at
          // closer: a byte below n less n borrows into its high bit, which it did not have.
          // Then only the bytes that are LF or CR are visited, by their flags: reading all
          // eight bytes of each such word was most of building the index.
          if (word &- ones &* 0x0E) & ~word & (ones &* 0x80) != 0 {
            var breaks = Self.lineBreakFlags(word)
            while breaks != 0 {
              Self.noteLineBreak(b, i &+ breaks.trailingZeroBitCount &>> 3, &starts)
              breaks &= breaks &- 1
            }
          }
          i &+= 8
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

  /// The high bit of each byte of `word` (read from memory in order, little-endian) that is
  /// LF or CR, and no other bit. Exact, unlike the borrow test: no carry crosses a byte.
  @inline(__always)
  static func lineBreakFlags(_ word: UInt64) -> UInt64 {
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let ones: UInt64 = 0x0101_0101_0101_0101
    // 0x80 in exactly the bytes of `x` that are zero.
    func zeros(_ x: UInt64) -> UInt64 { ~(((x & lows) &+ lows) | x | lows) }
    return zeros(word ^ (ones &* 0x0A)) | zeros(word ^ (ones &* 0x0D))
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
