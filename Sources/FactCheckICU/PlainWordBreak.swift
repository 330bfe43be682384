/// ICU's word boundaries and rule statuses for a span of plain text, found without ICU.
///
/// Between ASCII characters ICU's word rules (UAX #29 as ICU ships it) come down to a few
/// cases: letters and digits run together (WB5, WB8–WB10); a `.` or `'` joins two letters, and
/// a `.`, `'`, `,` or `;` two digits (WB6–WB7, WB11–WB12; ICU's rules leave the colon out of
/// MidLetter); spaces run together (WB3d); CR LF is one segment (WB3); everything else is a
/// segment of its own (WB999). A run of letters and digits has the status of the rule that
/// matched last: a word of letters (200) if it ends in a letter, a number (100) if it ends in a
/// digit ("M25" is 100, "42nd" 200); anything else has none (0).
///
/// Outside ASCII it takes only the curly quotes, dashes, ellipsis and pound sign of news copy
/// (`knownMark`). It gives up (nil) on anything that would take more than these cases: any
/// other character outside ASCII (letters, combining marks, non-breaking spaces, other
/// scripts), the underscore (ExtendNumLet, which joins across the other classes) and `@`
/// (which this ICU tags as a word). The caller then asks ICU for the whole span. Tests compare
/// segments, statuses and tokens with ICU's on random text, on every three characters of those
/// that matter to the rules, and on every line of Corpus/: ICU stays the reference.
///
/// Why: ICU's `handleNext` was 15% of an audit's instructions (119 M of the 786 M of a
/// 2,000-article audit), nearly all of it on plain English, for which this scan costs about
/// 16 instructions a byte.
enum PlainWordBreak {
  /// The status of a segment with a letter in it (`UBRK_WORD_LETTER`).
  static let letter: Int32 = 200
  /// The status of a segment of digits (`UBRK_WORD_NUMBER`).
  static let number: Int32 = 100

  @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

  /// True for the bytes the scan does not take by themselves: outside ASCII (of which it
  /// takes only `knownMark`'s), `_` and `@`.
  @inline(__always) static func needsICU(_ c: UInt8) -> Bool { c >= 0x80 || c == 0x5F || c == 0x40 }

  /// The width of the punctuation outside ASCII that news copy is full of, at `i`: 3 for the
  /// curly quotes ‘ ’ “ ”, the dashes – — and the ellipsis …, 2 for £; 0 for anything else.
  /// ‘ and ’ are MidNumLet to the word rules (they join letters and digits, as `.` and `'`
  /// do, `joins`); the others are Other. Anything else outside ASCII goes to ICU.
  @inline(__always)
  static func knownMark(_ b: UnsafeBufferPointer<UInt8>, at i: Int, to: Int) -> (width: Int, joins: Bool) {
    let c = b[i]
    if c == 0xE2 && i &+ 2 < to && b[i &+ 1] == 0x80 {
      switch b[i &+ 2] {
      case 0x98, 0x99: return (3, true)
      case 0x93, 0x94, 0x9C, 0x9D, 0xA6: return (3, false)
      default: return (0, false)
      }
    }
    if c == 0xC2 && i &+ 1 < to && b[i &+ 1] == 0xA3 { return (2, false) }
    return (0, false)
  }

  /// The end and ICU's rule status of the segment starting at `lo` in `b[..<to]`, or nil if
  /// the span must go to ICU. `lo < to`.
  @inline(__always)
  static func segment(_ b: UnsafeBufferPointer<UInt8>, from lo: Int, to: Int) -> (end: Int, status: Int32)? {
    let c = b[lo]
    var i = lo &+ 1
    if isLetter(c) || isDigit(c) {
      var last = c
      while i < to {
        let d = b[i]
        if isLetter(d) || isDigit(d) {
          last = d
          i &+= 1
          continue
        }
        // A mark joins only when a letter or digit of the same kind as `last` follows it.
        let width: Int
        let joinsLetters: Bool
        if d < 0x80 {
          if d == 0x5F || d == 0x40 { return nil }
          guard d == 0x2E || d == 0x27 || d == 0x2C || d == 0x3B else { break }
          width = 1
          joinsLetters = d != 0x2C && d != 0x3B
        } else {
          let mark = knownMark(b, at: i, to: to)
          guard mark.width > 0 else { return nil }
          guard mark.joins else { break }
          width = mark.width
          joinsLetters = true
        }
        guard i &+ width < to else { break }
        let e = b[i &+ width]
        if needsICU(e) && knownMark(b, at: i &+ width, to: to).width == 0 { return nil }
        guard (isLetter(last) && isLetter(e) && joinsLetters) || (isDigit(last) && isDigit(e)) else { break }
        last = e
        i &+= width &+ 1
      }
      return (i, isLetter(last) ? letter : number)
    }
    if needsICU(c) {
      let width = c >= 0x80 ? knownMark(b, at: lo, to: to).width : 0
      return width > 0 ? (lo &+ width, 0) : nil
    }
    if c == 0x20 {
      while i < to && b[i] == 0x20 { i &+= 1 }
    } else if c == 0x0D && i < to && b[i] == 0x0A {
      i &+= 1
    }
    return (i, 0)
  }
}
