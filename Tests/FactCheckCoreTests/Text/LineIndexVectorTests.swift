import Testing

@testable import FactCheckCore

/// `LineIndex` reads sixteen bytes at a time, then eight, then one: every byte that needs a
/// closer look (a line break, another control, a byte outside ASCII, bytes on both sides of the
/// lower bound of plain ASCII) gives the same lines and columns wherever it falls among those
/// reads, as counted byte by byte.
@Suite struct LineIndexVectorTests {
  /// Line starts and every offset's line and column, byte by byte (`FastPathTests` uses it too).
  static func naive(_ bytes: [UInt8]) -> (starts: [Int], columns: [FactCheckCore.SourceLocation]) {
    var starts = [0]
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x0A {
        starts.append(i + 1)
      } else if bytes[i] == 0x0D {
        if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    var locations: [FactCheckCore.SourceLocation] = []
    var line = 0
    var column = 1
    for offset in 0...bytes.count {
      if offset > 0, bytes[offset - 1] & 0xC0 != 0x80 { column += 1 }
      while line + 1 < starts.count, starts[line + 1] <= offset {
        line += 1
        column = 1
      }
      locations.append(FactCheckCore.SourceLocation(line: line + 1, column: column))
    }
    return (starts, locations)
  }

  private static func check(_ bytes: [UInt8]) {
    let index = LineIndex(bytes: bytes)
    let (starts, locations) = naive(bytes)
    #expect(index.lineStarts == starts, "\(bytes)")
    let read = (0...bytes.count).map { index.location(of: $0) }
    #expect(read == locations, "\(bytes)")
  }

  /// One odd byte (or pair) at every position of plain ASCII texts of every length up to three
  /// blocks of the scalar counts (128 bytes each).
  @Test func oneOddByteAnywhere() {
    let odd: [[UInt8]] = [
      [0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0D], [0x09], [0x0B], [0x0C], [0x0E], [0x0D, 0x0D],
      [0x00], [0x7F], [0x20], [0xC3, 0xA9], [0xE2, 0x80, 0x94], [0xF0, 0x9F, 0x98, 0x80],
    ]
    for length in Array(0..<40) + [127, 128, 129, 143, 144, 160, 255, 256, 257, 300] {
      let plain = (0..<length).map { UInt8(0x61 + $0 % 26) }
      for o in odd {
        for at in 0...length {
          var bytes = plain
          bytes.insert(contentsOf: o, at: at)
          Self.check(bytes)
        }
      }
    }
  }

  /// Random mixes of every kind of byte run, some lines longer than a block.
  @Test func randomMixes() {
    let pieces: [[UInt8]] = [
      Array("abcdefghijklmnop".utf8), Array("a".utf8), Array(" ".utf8), [0x0A], [0x0D], [0x0D, 0x0A],
      [0x09], [0x0E], [0x0D, 0x0D, 0x0A], Array("é".utf8), Array("€".utf8), Array("😀".utf8),
      Array(String(repeating: "x", count: 130).utf8), Array(String(repeating: "£", count: 70).utf8),
    ]
    var state: UInt64 = 7
    for _ in 0..<400 {
      var bytes: [UInt8] = []
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<(state >> 33) % 60 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes += pieces[Int((state >> 33) % UInt64(pieces.count))]
      }
      Self.check(bytes)
    }
  }

  @Test func emptyAndTiny() {
    Self.check([])
    Self.check([0x0A])
    Self.check([0x0D])
    Self.check([0xC3])
    Self.check([0x80, 0x80])
  }
}
