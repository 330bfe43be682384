/// Byte searches read eight bytes at a time, for the checks that run on every sentence.
enum ByteScan {
  /// True when `bytes[start..<end]` holds byte `x` or byte `y`.
  static func holdsEither(_ bytes: borrowing [UInt8], _ start: Int, _ end: Int, _ x: UInt8, _ y: UInt8) -> Bool {
    bytes.withUnsafeBytes { raw in
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs = ones &* 0x80
      var i = max(start, 0)
      let end = min(end, raw.count)
      while i + 8 <= end {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        // A byte equal to `x` or `y` is a zero byte of `a` or `b`: `(v - 1) & ~v` sets the
        // high bit of the lowest zero byte (any borrow comes from a zero byte below).
        let a = w ^ (ones &* UInt64(x))
        let b = w ^ (ones &* UInt64(y))
        if ((a &- ones) & ~a | (b &- ones) & ~b) & highs != 0 { return true }
        i += 8
      }
      while i < end {
        if raw[i] == x || raw[i] == y { return true }
        i += 1
      }
      return false
    }
  }
}

extension SIMDMask where Storage == SIMD16<Int8> {
  /// Whether any lane is set, read as two words: what `any(_:)` says, but `any` at times
  /// compiled to a horizontal minimum over the sixteen lanes, ten times the instructions.
  /// Sound: a mask of sixteen one-byte lanes is sixteen bytes, each 0 or all ones.
  ///
  /// The scans that test sixteen bytes at once spell their vectors `SIMD16<UInt8>`: written
  /// `SIMD16(repeating:)` inline, the compares resolved to the generic lane-by-lane ones.
  @inlinable @inline(__always)
  package var anyLane: Bool {
    let words = unsafeBitCast(self, to: SIMD2<UInt64>.self)
    return words[0] | words[1] != 0
  }

  /// The lanes as the high bits of two words: lane k is the high bit of byte k % 8 (in
  /// memory order) of the first word for k < 8, of the second for the others. For visiting
  /// each lane set by its bit.
  @inlinable @inline(__always)
  package var laneHighBits: (low: UInt64, high: UInt64) {
    let words = unsafeBitCast(self, to: SIMD2<UInt64>.self)
    let highs: UInt64 = 0x8080_8080_8080_8080
    return (words[0] & highs, words[1] & highs)
  }

  /// The first lane set (0 to 15), or 16 when none is; from the same two words, each lane
  /// being eight bits of one of them (the first lanes the low bits of the first word).
  @inlinable @inline(__always)
  package var firstLane: Int {
    let words = unsafeBitCast(self, to: SIMD2<UInt64>.self)
    if words[0] != 0 { return words[0].trailingZeroBitCount &>> 3 }
    return 8 &+ words[1].trailingZeroBitCount &>> 3
  }
}
