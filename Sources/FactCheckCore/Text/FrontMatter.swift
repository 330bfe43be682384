/// The `---` block at the top of a Markdown article (Hugo, Jekyll): simple `key: value` lines;
/// or, without `---`, a first block of such lines ended by a blank line (see `headerBlock`).
///
/// Only flat scalar keys are read (`date`, `area`, `title`…); the block's bytes are blanked
/// out of the text that is analysed, so its dates are not read as claims and every offset still
/// points into the original file.
public struct FrontMatter: Sendable, Hashable {
  public var fields: [String: String]
  /// The block's bytes, delimiters included.
  public var range: SourceRange

  /// The fields that may give the publication date, in the order they are asked.
  static let dateKeys = ["date", "published", "publishDate"]

  /// The publication date: the first of `date`, `published` and `publishDate` that reads as
  /// YYYY-MM-DD or the start of an ISO time, or as YYYY-MM (its first day; see `dateDayGiven`).
  public var date: CalendarDate? { dated?.date }

  /// `date`, and whether its field gives the day, read once.
  public var dated: (date: CalendarDate, dayGiven: Bool)? {
    Self.dateKeys.lazy.compactMap { fields[$0] }.compactMap(CalendarDate.leading).first
  }

  /// The text of the field `date` is read from.
  public var dateText: String? {
    Self.dateKeys.lazy.compactMap { fields[$0] }.first { CalendarDate.leading($0) != nil }
  }

  /// The last day the date field may stand for when it gives no day (`CalendarDate.lastDay`:
  /// the month's end, or the end of a range of months, "2017-10/11").
  public var datedThrough: CalendarDate? { dateText.flatMap(CalendarDate.lastDay) }

  /// False when the date field gives a month but no day ("2020-11"): `date` is then the
  /// month's first day.
  public var dateDayGiven: Bool { dated?.dayGiven ?? false }

  public var area: String? { fields["area"] }
  /// The date field's text when it is there but `date` cannot read it.
  public var unreadDate: String? {
    guard date == nil else { return nil }
    return Self.dateKeys.lazy.compactMap { fields[$0] }.first { !$0.isEmpty }
  }

  /// The front matter of a document, when it starts with a `---` line closed by `---` or `...`,
  /// or with a header block (`headerBlock`).
  public static func parse(_ document: Document) -> FrontMatter? { parse(document.utf8) }

  /// The front matter of an article's text (see `parse(_:)` for a document).
  public static func parse(_ text: String) -> FrontMatter? {
    switch text.utf8.withContiguousStorageIfAvailable(parseASCII) {
    case .block(let matter)?: return matter
    case .noBlock?: return nil
    case .notASCII?, nil: return parseCharacters(text)
    }
  }

  /// The front matter of an article's UTF-8 (valid UTF-8: see `parse(_:)` for a document).
  public static func parse(_ utf8: [UInt8]) -> FrontMatter? {
    switch utf8.withUnsafeBufferPointer(parseASCII) {
    case .block(let matter): return matter
    case .noBlock: return nil
    case .notASCII: return parseCharacters(String(decoding: utf8, as: UTF8.self))
    }
  }

  private enum ASCIIReading {
    case block(FrontMatter)
    case noBlock
    /// A line read holds a byte outside ASCII: `parseCharacters` decides.
    case notASCII
  }

  /// `parseCharacters` on bytes, for text whose lines up to the block's end are ASCII, where
  /// each byte is one Character (a line holds no LF, so no CR LF pair either). The Character
  /// reading cost about 75,000 instructions an article, 1.5% of an audit.
  private static func parseASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> ASCIIReading {
    var start = 0
    var fields: [String: String] = [:]
    var first = true
    while start <= utf8.count {
      var end = asciiRun(utf8, from: start)
      while end < utf8.count, utf8[end] != 0x0A {
        if utf8[end] >= 0x80 { return .notASCII }
        end += 1
      }
      let line = trimmed(UnsafeBufferPointer(rebasing: utf8[start..<end]))
      let next = min(end + 1, utf8.count)
      if first {
        guard isTriple(line, 0x2D) else {
          return headerBlock(utf8).map { .block($0) } ?? .noBlock
        }
        first = false
        // Room for a block's usual handful of keys at once: grown from empty, the dictionary
        // was made again and rehashed twice for five keys (2.3 M instructions of 400 articles).
        // It is only ever read by key, so its order does not matter.
        fields.reserveCapacity(8)
      } else if isTriple(line, 0x2D) || isTriple(line, 0x2E) {
        return .block(FrontMatter(fields: fields, range: SourceRange(start: 0, end: next)))
      } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
        let key = trimmedString(UnsafeBufferPointer(rebasing: line[..<colon]), quotes: false)
        let value = trimmedString(UnsafeBufferPointer(rebasing: line[(colon + 1)...]), quotes: true)
        if !key.isEmpty { fields[key] = value }
      }
      if end == utf8.count { break }
      start = end + 1
    }
    return .noBlock
  }

  /// The keys that make a block of `key: value` lines without `---` front matter: those this
  /// tool reads (compared in lower case).
  static let headerKeys = Set(dateKeys.map { $0.lowercased() } + ["area"])

  /// Metadata keys whose values may hold digits (dates, addresses, identifiers). A header
  /// line with another key and a digit in its value is more likely a fact box ("offenders:
  /// 1,596") than metadata, and the block is then read as text.
  static let metadataKeys = headerKeys.union([
    "title", "subtitle", "headline", "description", "summary", "url", "link", "canonical", "id",
    "slug", "author", "authors", "byline", "publisher", "source", "section", "category",
    "categories", "tags", "keywords", "updated", "modified", "created", "lastmod", "region",
    "language", "lang", "image", "data_year", "edition", "issue", "page", "version",
  ])

  /// A block of `key: value` lines at the very top of a text, without `---` around it and
  /// ended by a blank line, as newsroom exports and MultiMarkdown metadata write it
  /// (`url: …`, `published: 2023-10-27`, `Area: South Yorkshire`).
  ///
  /// Taken only when every line is `key: value` with a one-word key at the start of the line
  /// (a letter, then letters, digits, `_` or `-`; at most 32 bytes), one of the keys is one
  /// this tool reads (`headerKeys`), and no key outside `metadataKeys` has a digit in its
  /// value. So a first paragraph such as "Update: police said …", a fact box, and a text that
  /// is nothing but such lines (no blank line ends it) stay text. Keys are case-insensitive,
  /// as in MultiMarkdown, and kept in lower case (`publishDate` as such, as front matter
  /// spells it).
  static func headerBlock(_ utf8: UnsafeBufferPointer<UInt8>) -> FrontMatter? {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    var start = utf8.starts(with: bom) ? 3 : 0
    var fields: [String: String] = [:]
    var known = false
    while start < utf8.count {
      var end = lfRun(utf8, from: start)
      while end < utf8.count, utf8[end] != 0x0A { end += 1 }
      let line = UnsafeBufferPointer(rebasing: utf8[start..<end])
      if trimmed(line).isEmpty {
        guard known else { return nil }
        return FrontMatter(fields: fields, range: SourceRange(start: 0, end: min(end + 1, utf8.count)))
      }
      guard let colon = line.prefix(33).firstIndex(of: UInt8(ascii: ":")), colon > 0,
        isLetter(line[0]), line[1..<colon].allSatisfy({ isLetter($0) || isDigit($0) || $0 == 0x5F || $0 == 0x2D })
      else { return nil }
      let key = String(decoding: UnsafeBufferPointer(rebasing: line[..<colon]), as: UTF8.self).lowercased()
      let value = UnsafeBufferPointer(rebasing: line[(colon + 1)...])
      if !metadataKeys.contains(key), value.contains(where: isDigit) { return nil }
      fields[key == "publishdate" ? "publishDate" : key] = trimmedString(value, quotes: true)
      if headerKeys.contains(key) { known = true }
      start = end + 1
    }
    return nil
  }

  /// The end of the eight-byte words from `start` that hold neither LF nor a byte outside
  /// ASCII: the bytes a line's byte-by-byte reading would pass over without stopping (it was
  /// 7 instructions a byte, 0.7 M of the 400 front matter blocks of a 2,000-article audit).
  private static func asciiRun(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    wordRun(utf8, from: start, stopOutsideASCII: true)
  }

  /// As `asciiRun`, stopping only at a word that holds LF: `headerBlock` reads every text's
  /// first line, most often a paragraph (0.87 M instructions of 960 article bodies).
  private static func lfRun(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    wordRun(utf8, from: start, stopOutsideASCII: false)
  }

  @inline(__always)
  private static func wordRun(
    _ utf8: UnsafeBufferPointer<UInt8>, from start: Int, stopOutsideASCII: Bool
  ) -> Int {
    guard let base = utf8.baseAddress else { return start }
    let raw = UnsafeRawPointer(base)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs = ones &* 0x80
    var i = start
    // `i + 8 <= utf8.count`: each load is in the buffer.
    while i &+ 8 <= utf8.count {
      let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      // A byte of `w` is LF exactly when that byte of `x` is zero; `(x - ones) & ~x` has a high
      // bit set when `x` has a zero byte (a borrow starts only at one), and `w`'s own high bits
      // are the bytes outside ASCII.
      let x = w ^ (ones &* 0x0A)
      if ((stopOutsideASCII ? w : 0) | ((x &- ones) & ~x)) & highs != 0 { break }
      i &+= 8
    }
    return i
  }

  /// True when `line` is `c` three times ("---", "..."). Compared as bytes: `elementsEqual`
  /// with a string's UTF-8 view went through its generic iteration, about 115 instructions a
  /// line (600,000 of an audit of 2,000 articles).
  private static func isTriple(_ line: UnsafeBufferPointer<UInt8>, _ c: UInt8) -> Bool {
    line.count == 3 && line[0] == c && line[1] == c && line[2] == c
  }

  private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// ASCII bytes without spaces and tabs before, and spaces, tabs and CRs after, as `trim`.
  private static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var lo = 0
    var hi = b.count
    while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
    while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 || b[hi - 1] == 0x0D { hi -= 1 }
    return UnsafeBufferPointer(rebasing: b[lo..<hi])
  }

  /// `trimmed` as a String, and, for a value, without a pair of matching quotes around it.
  private static func trimmedString(_ b: UnsafeBufferPointer<UInt8>, quotes: Bool) -> String {
    var t = trimmed(b)
    if quotes, t.count >= 2, t[0] == 0x22 || t[0] == 0x27, t[t.count - 1] == t[0] {
      t = UnsafeBufferPointer(rebasing: t[1..<(t.count - 1)])
    }
    return String(decoding: t, as: UTF8.self)
  }

  /// The Character-level reading, for blocks with text outside ASCII (a byte order mark,
  /// accented values).
  static func parseCharacters(_ text: String) -> FrontMatter? {
    let length = text.utf8.count
    var lines = Lines(text: text)
    guard let first = lines.next(), trim(first).replacingBOM == "---" else {
      var text = text
      return text.withUTF8(headerBlock)
    }
    var fields: [String: String] = [:]
    var offset = first.utf8.count + 1
    while let line = lines.next() {
      let text = trim(line)
      offset += line.utf8.count + 1
      if text == "---" || text == "..." {
        return FrontMatter(fields: fields, range: SourceRange(start: 0, end: min(offset, length)))
      }
      guard let colon = text.firstIndex(of: ":") else { continue }
      let key = trim(text[..<colon])
      var value = trim(text[text.index(after: colon)...])
      if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
        value = String(value.dropFirst().dropLast())
      }
      if !key.isEmpty, !key.hasPrefix(" ") { fields[key] = value }
    }
    return nil
  }

  /// The lines of a text, cut at every LF byte, one at a time: only the block's lines are
  /// needed, and splitting whole articles showed in audit profiles. A CR before the LF stays
  /// on the line, where `trim` drops it, so files saved with Windows line ends (CR LF) have
  /// their front matter read too. (Cutting at "\n" Characters missed them: CR LF is one
  /// Character, so such a file was one long line and its block was analysed as text.)
  private struct Lines {
    let text: String
    var start: String.Index
    var done = false

    init(text: String) {
      self.text = text
      start = text.startIndex
    }

    mutating func next() -> Substring? {
      guard !done else { return nil }
      let utf8 = text.utf8
      var end = start
      while end < utf8.endIndex, utf8[end] != 0x0A { utf8.formIndex(after: &end) }
      let line = text[start..<end]
      if end == utf8.endIndex { done = true } else { start = utf8.index(after: end) }
      return line
    }
  }

  /// The document with the block's bytes replaced by spaces (line breaks kept).
  public func blanked(_ document: Document) -> Document {
    // Valid still: only whole bytes of the block become spaces.
    Document(name: document.name, validUTF8: blanking(document.utf8))
  }

  /// A document's bytes with the block's replaced by spaces (line breaks kept).
  public func blanking(_ utf8: [UInt8]) -> [UInt8] {
    var bytes = utf8
    // Written through the buffer, the block clamped to it: indexing the array checked its
    // bounds and uniqueness at every byte (4,300 instructions a markdown article).
    bytes.withUnsafeMutableBufferPointer { b in
      let end = min(range.end, b.count)
      var i = max(range.start, 0)
      while i < end {
        if b[i] != 0x0A && b[i] != 0x0D { b[i] = 0x20 }
        i += 1
      }
    }
    return bytes
  }

  /// Without leading spaces and tabs, and trailing spaces, tabs and carriage returns.
  private static func trim(_ s: Substring) -> String {
    var lo = s.startIndex
    var hi = s.endIndex
    while lo < hi, s[lo] == " " || s[lo] == "\t" { lo = s.index(after: lo) }
    while lo < hi {
      let last = s.index(before: hi)
      guard s[last] == " " || s[last] == "\t" || s[last] == "\r" else { break }
      hi = last
    }
    return String(s[lo..<hi])
  }
}

extension String {
  fileprivate var replacingBOM: String { hasPrefix("\u{FEFF}") ? String(dropFirst()) : self }
}
