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
      // Spelled with their type: as `SIMD16(repeating:)` inline, the compares were the
      // generic lane-by-lane ones.
      let wide = SIMD16<UInt8>(repeating: 0x80)
      let controls = SIMD16<UInt8>(repeating: 0x0E)
      let plainSpan = SIMD16<UInt8>(repeating: 0x7F - 0x0E)
      let lf = SIMD16<UInt8>(repeating: 0x0A)
      let cr = SIMD16<UInt8>(repeating: 0x0D)
      var scalars = 0
      var i = 0
      while i < b.count {
        let blockEnd = min(i + Self.stride, b.count)
        // Unchecked arithmetic: `i` stays below `blockEnd`, and `scalars` below `i`.
        // Sixteen bytes at a time where they fit (all of every block but the text's last), one
        // loop test each: testing first for eight bytes and then for sixteen was a quarter of
        // the instructions of a plain ASCII vector.
        while i &+ 16 <= blockEnd {
          // ASCII without a byte below 0x0E (SSE2 compares): sixteen scalars and no line break.
          // One unsigned compare for both bounds: less 0x0E (wrapping), the bytes from 0x0E to
          // 0x7F are those up to 0x71.
          let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
          if !((v &- controls) .> plainSpan).anyLane {
            scalars &+= 16
            i &+= 16
            continue
          }
          if !(v .>= wide).anyLane {
            // ASCII with a line break or other control: sixteen scalars, and the LF and CR
            // bytes visited from the lanes, as the words' flags do below.
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
          } else {
            Self.scanWord(raw, b, at: i, &scalars, &starts)
            Self.scanWord(raw, b, at: i &+ 8, &scalars, &starts)
          }
          i &+= 16
        }
        if i &+ 8 <= blockEnd {
          Self.scanWord(raw, b, at: i, &scalars, &starts)
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

  /// Counts the scalar starts of the eight bytes at `i` (all in `b`) into `scalars` and records
  /// the lines their LF and CR bytes end.
  @inline(__always)
  private static func scanWord(
    _ raw: UnsafeRawPointer, _ b: UnsafeBufferPointer<UInt8>, at i: Int, _ scalars: inout Int,
    _ starts: inout [Int]
  ) {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
    scalars &+= scalarStarts(inWord: word)
    // Words with a byte below 0x0E (CR, LF, and the rarer tab, VT, FF) are looked at closer: a
    // byte below n less n borrows into its high bit, which it did not have. Then only the bytes
    // that are LF or CR are visited, by their flags: reading all eight bytes of each such word
    // was most of building the index.
    if (word &- ones &* 0x0E) & ~word & (ones &* 0x80) != 0 {
      var breaks = lineBreakFlags(word)
      while breaks != 0 {
        noteLineBreak(b, i &+ breaks.trailingZeroBitCount &>> 3, &starts)
        breaks &= breaks &- 1
      }
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
