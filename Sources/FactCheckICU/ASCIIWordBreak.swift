/// ICU's word boundaries and rule statuses for a span of plain ASCII text, found without ICU.
///
/// Between ASCII characters ICU's word rules (UAX #29 as ICU ships it) come down to a few
/// cases: letters and digits run together (WB5, WB8–WB10); a `.` or `'` joins two letters, and
/// a `.`, `'`, `,` or `;` two digits (WB6–WB7, WB11–WB12; ICU's rules leave the colon out of
/// MidLetter); spaces run together (WB3d); CR LF is one segment (WB3); everything else is a
/// segment of its own (WB999). A run of letters and digits has the status of the rule that
/// matched last: a word of letters (200) if it ends in a letter, a number (100) if it ends in a
/// digit ("M25" is 100, "42nd" 200); anything else has none (0).
///
/// The scan gives up (nil) on anything that would take more than these cases: a byte outside
/// ASCII (combining marks, non-breaking spaces, other scripts), the underscore (ExtendNumLet,
/// which joins across the other classes) and `@` (which this ICU tags as a word). The caller
/// then asks ICU for the whole span. Tests compare the tokens made both ways on random ASCII
/// text and on the Corpus: ICU stays the reference.
///
/// Why: ICU's `handleNext` was 15% of an audit's instructions (119 M of the 786 M of a
/// 2,000-article audit), most of it on plain ASCII English, for which this scan costs a few
/// instructions a byte.
enum ASCIIWordBreak {
  /// The status of a segment with a letter in it (`UBRK_WORD_LETTER`).
  static let letter: Int32 = 200
  /// The status of a segment of digits (`UBRK_WORD_NUMBER`).
  static let number: Int32 = 100

  @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

  /// True for the bytes the scan leaves to ICU: outside ASCII, `_` and `@`.
  @inline(__always) static func needsICU(_ c: UInt8) -> Bool { c >= 0x80 || c == 0x5F || c == 0x40 }

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
        } else if needsICU(d) {
          return nil
        } else {
          // A mark joins only when a letter or digit of the same kind as `last` follows it.
          guard i &+ 1 < to else { break }
          let e = b[i &+ 1]
          if needsICU(e) { return nil }
          let joinsLetters = isLetter(last) && isLetter(e) && (d == 0x2E || d == 0x27)
          let joinsDigits = isDigit(last) && isDigit(e) && (d == 0x2E || d == 0x27 || d == 0x2C || d == 0x3B)
          guard joinsLetters || joinsDigits else { break }
          i &+= 1
          last = e
          i &+= 1
          continue
        }
        last = d
        i &+= 1
      }
      return (i, isLetter(last) ? letter : number)
    }
    if needsICU(c) { return nil }
    if c == 0x20 {
      while i < to && b[i] == 0x20 { i &+= 1 }
    } else if c == 0x0D && i < to && b[i] == 0x0A {
      i &+= 1
    }
    return (i, 0)
  }
}
