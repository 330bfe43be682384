/// White space as news text writes it, recognised on UTF-8 bytes.
///
/// ASCII space, tab, CR, LF, form feed, the BOM, no-break space (U+00A0), the Unicode spaces
/// U+2000–U+200B (thin, hair, figure…), narrow no-break space (U+202F), line and paragraph
/// separators (U+2028, U+2029) and ideographic space (U+3000).
public enum UTF8Space {
  /// The byte width of the space starting at `i`, or nil when there is none.
  @inlinable
  public static func width(_ b: [UInt8], at i: Int) -> Int? {
    guard i < b.count else { return nil }
    switch b[i] {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B: return 1
    case 0xC2: return i + 1 < b.count && b[i + 1] == 0xA0 ? 2 : nil
    case 0xE2:
      guard i + 2 < b.count, b[i + 1] == 0x80 else { return nil }
      let c = b[i + 2]
      return (0x80...0x8B).contains(c) || c == 0xA8 || c == 0xA9 || c == 0xAF ? 3 : nil
    case 0xE3: return i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : nil
    case 0xEF: return i + 2 < b.count && b[i + 1] == 0xBB && b[i + 2] == 0xBF ? 3 : nil
    default: return nil
    }
  }

  /// The byte width of the space ending just before `i`, or nil.
  @inlinable
  public static func widthBefore(_ b: [UInt8], at i: Int) -> Int? {
    for w in 1...3 where i - w >= 0 {
      if width(b, at: i - w) == w { return w }
    }
    return nil
  }

  /// True for a space that groups digits in "1 596": no-break, thin, narrow no-break, figure.
  public static func isDigitGroupSpace(_ b: [UInt8], _ range: SourceRange) -> Bool {
    // Compared in place: copying the bytes into an array per space token was 1.4% of an audit.
    let i = range.start
    switch range.length {
    case 1: return b[i] == 0x20
    case 2: return b[i] == 0xC2 && b[i + 1] == 0xA0
    case 3:
      return b[i] == 0xE2 && b[i + 1] == 0x80
        && (b[i + 2] == 0x89 || b[i + 2] == 0xAF || b[i + 2] == 0x87)
    default: return false
    }
  }
}
