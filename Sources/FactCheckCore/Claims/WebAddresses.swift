/// Web and e-mail addresses inside a sentence: "https://example.org/news/23136110.kent",
/// "www.kent.police.uk/2019/1596", "bbc.co.uk/news/4055", "press2019@example.org".
///
/// Their digits are ids, dates in paths and page numbers, never statistics, and their words
/// ("kent-sex-offenders") would otherwise name measures and areas for the numbers around them.
/// `ClaimExtractor` masks each address as one blank token and sets its numbers aside, as a
/// linter leaves URLs alone in prose.
enum WebAddresses {
  static let reason = "part of a web address"

  /// `tokens` with every token inside an address replaced by one space token spanning the
  /// address, and the address's number tokens as set-asides. The same array, and no
  /// set-asides, when no token is `/` or starts with `@` (nearly always).
  static func masked(_ tokens: [Token], in bytes: [UInt8], numbers: inout [SetAside]) -> [Token] {
    guard let first = tokens.first, let last = tokens.last,
      holdsSlashOrAt(bytes, first.range.start, last.range.end),
      tokens.contains(where: { isTrigger($0, bytes) })
    else { return tokens }
    var spans: [SourceRange] = []
    for t in tokens where isTrigger(t, bytes) {
      if let last = spans.last, last.end > t.range.start { continue }
      if let span = address(around: t.range.start, in: bytes, within: tokens.first!.range.start..<tokens.last!.range.end) {
        spans.append(span)
      }
    }
    guard !spans.isEmpty else { return tokens }
    var out: [Token] = []
    out.reserveCapacity(tokens.count)
    var s = 0
    for t in tokens {
      while s < spans.count, spans[s].end <= t.range.start { s += 1 }
      guard s < spans.count, t.range.end > spans[s].start else {
        out.append(t)
        continue
      }
      if t.kind == .number {
        numbers.append(SetAside(range: t.range, form: .label, value: t.number ?? 0, reason: reason))
      }
      // Tokens inside one address merge into one blank: the words on either side stay apart.
      if let last = out.last, last.kind == .space, last.range.end == t.range.start,
        last.range.start >= spans[s].start
      {
        out[out.count - 1].range.end = t.range.end
      } else {
        out.append(Token(range: t.range, kind: .space))
      }
    }
    return out
  }

  /// True when `bytes[start..<end]` holds a `/` or an `@`: going through every sentence's
  /// tokens instead cost about 5 M instructions for 2,000 articles.
  static func holdsSlashOrAt(_ bytes: borrowing [UInt8], _ start: Int, _ end: Int) -> Bool {
    ByteScan.holdsEither(bytes, start, end, 0x2F, 0x40)
  }

  /// A `/` token, or one that starts with `@` (ICU's word rules take "@example.org" as a
  /// word): every address this finds holds one.
  private static func isTrigger(_ t: Token, _ bytes: borrowing [UInt8]) -> Bool {
    t.kind != .space && t.kind != .number
      && (bytes[t.range.start] == 0x40 || (t.kind == .punctuation && bytes[t.range.start] == 0x2F))
  }

  /// The address holding byte `at`, if the run of non-blank bytes around it is one, without
  /// the brackets, quotes and sentence punctuation around it.
  static func address(around at: Int, in bytes: [UInt8], within bounds: Range<Int>) -> SourceRange? {
    var start = at
    while start > bounds.lowerBound, !isBlank(bytes[start - 1]) { start -= 1 }
    var end = at
    while end < bounds.upperBound, !isBlank(bytes[end]) { end += 1 }
    while start < end {
      if isOpening(bytes[start]) {
        start += 1
      } else if end - start >= 3, bytes[start] == 0xE2, bytes[start + 1] == 0x80,
        bytes[start + 2] == 0x98 || bytes[start + 2] == 0x9C
      {
        start += 3  // ‘ “
      } else {
        break
      }
    }
    end = trimmedEnd(bytes, start, end)
    guard start < end else { return nil }
    let chunk = bytes[start..<end]
    return isAddress(chunk) ? SourceRange(start: start, end: end) : nil
  }

  /// True for "scheme://…", "www.…", "name@domain.tld" and "domain.tld/…".
  static func isAddress(_ chunk: ArraySlice<UInt8>) -> Bool {
    let lower = chunk.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    if let colon = lower.firstIndex(of: 0x3A), colon > 0, lower[colon...].starts(with: [0x3A, 0x2F, 0x2F]),
      lower[..<colon].allSatisfy(isLetter)
    {
      return true
    }
    if lower.starts(with: Array("www.".utf8)), lower.count > 4 { return true }
    if let at = lower.firstIndex(of: 0x40) {
      let local = lower[..<at]
      let domain = lower[(at + 1)...]
      return !local.isEmpty && local.allSatisfy { isHostByte($0) || $0 == 0x2B || $0 == 0x25 }
        && isDomain(domain)
    }
    if let slash = lower.firstIndex(of: 0x2F) { return isDomain(lower[..<slash]) }
    return false
  }

  /// "bbc.co.uk": two or more labels of letters, digits and hyphens, the last one letters only.
  private static func isDomain(_ s: ArraySlice<UInt8>) -> Bool {
    let labels = s.split(separator: 0x2E, omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isHostByte) }),
      let tld = labels.last, tld.count >= 2, tld.allSatisfy(isLetter)
    else { return false }
    return true
  }

  private static func trimmedEnd(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
    var end = end
    while end > start {
      let c = bytes[end - 1]
      if ".,;:!?)]}>'\"".utf8.contains(c) {
        end -= 1
      } else if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
        bytes[end - 1] == 0x99 || bytes[end - 1] == 0x9D
      {
        end -= 3  // ’ ”
      } else {
        break
      }
    }
    return end
  }

  private static func isOpening(_ c: UInt8) -> Bool { "([{<'\"".utf8.contains(c) }
  private static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
  private static func isLetter(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
  private static func isHostByte(_ c: UInt8) -> Bool {
    isLetter(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E || c == 0x5F
  }
}
