import FactCheckCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Joins ICU sentence segments that news text does not end there.
///
/// ICU (`en@ss=standard`) already ends a sentence at every line break, keeps decimals ("5.7")
/// whole and keeps a closing quote with its full stop. What it still gets wrong in news copy,
/// and what is joined here, on byte offsets only:
/// - a title before a name: "Dr. Jones", "Insp. Smith", "St. Albans" (any next word);
/// - a reference before a number: "No. 10", "Fig. 2", "para. 4";
/// - an initial before a capital: "J. K. Rowling";
/// - a segment that starts with a lower-case letter: "“Why?” she asked", or a line hard-wrapped
///   inside a sentence ("offences like⏎murder"). A blank line (paragraph break) is never joined.
///
/// And one place where ICU does not end a sentence that news copy does: a full stop after a
/// word, then a sentence that opens with a numeral ("… was jailed. 1,596 registered sex
/// offenders live in Essex."). UAX #29 keeps going whenever a lower-case word follows the
/// digits (its rule for "etc. 5 more"), so the two sentences were read as one, and a rule for
/// the first ("jailed … #") set the second's figure aside. The segment is cut there, and the
/// joins above then restore "No. 10" and "Dr. 5".
enum SentenceRepair {
  /// Titles written before a name; the next segment is joined whatever it starts with.
  static let titles: Set<String> = [
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Revd", "Cllr", "Sgt", "Insp", "Supt", "Det",
    "Con", "Capt", "Col", "Gen", "Lt", "Maj", "Sen", "Gov", "Hon", "Fr", "Rt", "St", "Mt",
  ]
  /// Abbreviations written before a number; joined only when the next segment starts with a digit.
  static let numberReferences: Set<String> = [
    "No", "no", "Nos", "nos", "Fig", "fig", "Figs", "Vol", "vol", "Art", "art", "p", "pp",
    "para", "paras", "approx", "c", "ca", "Ch", "ch", "Sec", "sec", "Reg",
  ]

  /// Joins adjacent `segments` (contiguous ICU segments, trailing white space included).
  static func repaired(_ segments: [SourceRange], in bytes: [UInt8]) -> [SourceRange] {
    let segments = cutBeforeNumerals(segments, bytes)
    guard var current = segments.first else { return [] }
    var result: [SourceRange] = []
    // At most one per segment; growing it from empty was a third of the repair's cost.
    result.reserveCapacity(segments.count)
    for next in segments.dropFirst() {
      if shouldJoin(current, next, bytes) {
        current = current.union(next)
      } else {
        result.append(current)
        current = next
      }
    }
    result.append(current)
    return result
  }

  /// Words whose full stop does not end a sentence before a number, beyond the references
  /// and titles the joins restore: "etc. 5 more", "v. 2", "cf. 12".
  static let packedUnended = Set(["etc", "vs", "v", "cf"].map { packed(Array($0.utf8)[...]) })

  /// `segments`, each cut after every ". " (spaces, no line break) that follows a word of two
  /// or more ASCII letters and comes before a digit. Most segments have none: they are
  /// returned as they are.
  static func cutBeforeNumerals(_ segments: [SourceRange], _ bytes: [UInt8]) -> [SourceRange] {
    var cuts: [Int] = []
    // Full stops found with `memchr`: a sentence holds one or two, and a search of the slice
    // (or a loop over the bytes) for them cost 6.4 M (7.1 M) instructions of a 2,000-article
    // audit.
    bytes.withUnsafeBufferPointer { b in
      guard let base = b.baseAddress else { return }
      for segment in segments where segment.end - segment.start > 3 {
        var dot = segment.start
        let last = min(segment.end, b.count) - 2
        while dot < last {
          guard let found = memchr(base + dot, 0x2E, last - dot) else { break }
          dot = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          guard b[dot + 1] == 0x20 else {
            dot += 1
            continue
          }
          var next = dot + 1
          while next < segment.end, b[next] == 0x20 { next += 1 }
          if next < segment.end, isDigit(b[next]) {
            let word = wordBefore(dot, lowerBound: segment.start, bytes)
            if word.count >= 2, !packedUnended.contains(packed(bytes[word])) { cuts.append(next) }
          }
          dot = next
        }
      }
    }
    guard !cuts.isEmpty else { return segments }
    var result: [SourceRange] = []
    result.reserveCapacity(segments.count + cuts.count)
    var k = 0
    for segment in segments {
      var start = segment.start
      while k < cuts.count, cuts[k] < segment.end {
        result.append(SourceRange(start: start, end: cuts[k]))
        start = cuts[k]
        k += 1
      }
      result.append(SourceRange(start: start, end: segment.end))
    }
    return result
  }

  // MARK: - Private

  private static func shouldJoin(_ a: SourceRange, _ b: SourceRange, _ bytes: [UInt8]) -> Bool {
    let (contentEnd, lineBreaks) = trailingSpace(of: a, bytes)
    guard lineBreaks < 2, let first = firstByte(of: b, bytes) else { return false }
    if isLower(first) { return true }
    guard lineBreaks == 0, contentEnd > a.start, bytes[contentEnd - 1] == UInt8(ascii: ".")
    else { return false }
    let word = wordBefore(contentEnd - 1, lowerBound: a.start, bytes)
    let key = packed(bytes[word])
    if packedTitles.contains(key) { return true }
    if packedReferences.contains(key) { return isDigit(first) }
    return word.count == 1 && isUpper(bytes[word.lowerBound]) && isUpper(first)
  }

  /// `titles` and `numberReferences` as `packed` keys: looked up without making a `String` of
  /// the word and hashing it (half of the repair's cost).
  static let packedTitles = Set(titles.map { packed(Array($0.utf8)[...]) })
  static let packedReferences = Set(numberReferences.map { packed(Array($0.utf8)[...]) })

  /// A word of one to eight bytes as one integer, its first byte lowest; 0 for an empty or a
  /// longer word. Words of ASCII letters (all that `wordBefore` gives and both lists hold)
  /// have no zero byte, so two of them share a key only when equal, and none has key 0.
  static func packed(_ word: ArraySlice<UInt8>) -> UInt64 {
    guard word.count <= 8 else { return 0 }
    var key: UInt64 = 0
    for (n, c) in word.enumerated() { key |= UInt64(c) << (8 * UInt64(n)) }
    return key
  }

  /// The end of `range` without its trailing white space, and how many line breaks that white
  /// space holds (CRLF counts once; a paragraph separator U+2029 counts as a blank line).
  private static func trailingSpace(of range: SourceRange, _ b: [UInt8]) -> (Int, Int) {
    var end = range.end
    var breaks = 0
    while end > range.start, let w = UTF8Space.widthBefore(b, at: end) {
      end -= w
      switch (w, b[end]) {
      case (1, 0x0A): breaks += 1
      case (1, 0x0D): breaks += end + 1 < b.count && b[end + 1] == 0x0A ? 0 : 1
      case (3, 0xE2) where b[end + 2] == 0xA8: breaks += 1
      case (3, 0xE2) where b[end + 2] == 0xA9: breaks += 2
      default: break
      }
    }
    return (end, breaks)
  }

  /// The first byte of `range` that is not white space.
  private static func firstByte(of range: SourceRange, _ b: [UInt8]) -> UInt8? {
    var i = range.start
    while i < range.end, let w = UTF8Space.width(b, at: i) { i += w }
    return i < range.end ? b[i] : nil
  }

  /// Where the ASCII letters just before the full stop at `dot` are, when they stand as a word
  /// of their own (not the tail of "U.S." or of a longer non-ASCII word); otherwise empty.
  private static func wordBefore(_ dot: Int, lowerBound: Int, _ b: [UInt8]) -> Range<Int> {
    var start = dot
    while start > lowerBound, isLower(b[start - 1]) || isUpper(b[start - 1]) { start -= 1 }
    if start > lowerBound, b[start - 1] == UInt8(ascii: ".") || b[start - 1] >= 0x80 { return dot..<dot }
    return start..<dot
  }

  private static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
  private static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
  private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
