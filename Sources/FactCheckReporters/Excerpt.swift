import FactCheckCore

/// A bounded excerpt of a claim's source line with the claim underlined.
///
/// The window holds at most `width` Unicode scalars of the line around the claim (a one-line
/// 50 MB file still prints a short excerpt), cut on scalar boundaries and marked with "…". Tabs
/// and control characters print as spaces; the underline is placed by terminal cells, so wide
/// characters (emoji, CJK) keep it aligned.
enum Excerpt {
  static let width = 100

  static func render(_ doc: Document, _ range: SourceRange) -> String {
    let line = doc.lineIndex.lineRange(containing: range.start)
    let start = range.start
    let (end, claimed) = forward(doc.utf8, from: start, limit: min(range.end, line.end), scalars: width)
    let room = width - claimed
    // Half the room each side; a side that needs less gives the rest to the other.
    let (_, afterward) = forward(doc.utf8, from: end, limit: line.end, scalars: room)
    let (lo, taken) = backward(doc.utf8, from: start, limit: line.start, scalars: max(room / 2, room - afterward))
    let (hi, _) = forward(doc.utf8, from: end, limit: line.end, scalars: room - taken)
    let prefix = lo > line.start ? "…" : ""
    let suffix = hi < line.end ? "…" : ""
    let before = clean(doc.slice(SourceRange(start: lo, end: start)))
    let claim = clean(doc.slice(SourceRange(start: start, end: end)))
    let after = clean(doc.slice(SourceRange(start: end, end: hi)))
    let pad = String(repeating: " ", count: cells(prefix + before))
    let mark = "^" + String(repeating: "~", count: max(0, cells(claim) - 1))
    return "    \(prefix)\(before)\(claim)\(after)\(suffix)\n    \(pad)\(mark)\n"
  }

  /// Moves forward over at most `scalars` scalars, not past `limit`: the end offset and count.
  static func forward(_ b: [UInt8], from: Int, limit: Int, scalars: Int) -> (Int, Int) {
    var i = from
    var n = 0
    while i < limit, n < scalars {
      i += 1
      while i < limit, isContinuation(b[i]) { i += 1 }
      n += 1
    }
    return (i, n)
  }

  /// Moves back over at most `scalars` scalars, not before `limit`: the start offset and count.
  static func backward(_ b: [UInt8], from: Int, limit: Int, scalars: Int) -> (Int, Int) {
    var i = from
    var n = 0
    while i > limit, n < scalars {
      i -= 1
      while i > limit, isContinuation(b[i]) { i -= 1 }
      n += 1
    }
    return (i, n)
  }

  static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

  /// Control characters (tab, CR, escape…) as spaces, so the excerpt cannot move the cursor.
  static func clean(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: isControl) else { return s }
    return String(String.UnicodeScalarView(s.unicodeScalars.map { isControl($0) ? " " : $0 }))
  }

  static func isControl(_ u: Unicode.Scalar) -> Bool { u.value < 0x20 || (0x7F..<0xA0).contains(u.value) }

  /// Terminal cells taken by `s`: two for emoji and East Asian wide characters, one otherwise.
  static func cells(_ s: String) -> Int {
    s.reduce(0) { $0 + cells($1) }
  }

  static func cells(_ c: Character) -> Int {
    guard let first = c.unicodeScalars.first else { return 0 }
    let p = first.properties
    if p.isEmojiPresentation || (p.isEmoji && c.unicodeScalars.contains("\u{FE0F}")) { return 2 }
    return isWide(first.value) ? 2 : 1
  }

  static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
      || (0x20000...0x3FFFD).contains(v)
  }
}
