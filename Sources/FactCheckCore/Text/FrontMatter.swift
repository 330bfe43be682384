/// The `---` block at the top of a Markdown article (Hugo, Jekyll): simple `key: value` lines.
///
/// Only flat scalar keys are read (`date`, `area`, `title`…); the block's bytes are blanked
/// out of the text that is analysed, so its dates are not read as claims and every offset still
/// points into the original file.
public struct FrontMatter: Sendable, Hashable {
  public var fields: [String: String]
  /// The block's bytes, delimiters included.
  public var range: SourceRange

  /// The publication date: `date` (or `published`), as YYYY-MM-DD or the start of an ISO time.
  public var date: CalendarDate? {
    guard let raw = fields["date"] ?? fields["published"] ?? fields["publishDate"] else { return nil }
    return CalendarDate(iso: String(raw.prefix(10)))
  }

  public var area: String? { fields["area"] }

  /// The front matter of a document, when it starts with a `---` line closed by `---` or `...`.
  public static func parse(_ document: Document) -> FrontMatter? { parse(document.text) }

  /// The front matter of an article's text (see `parse(_:)` for a document).
  public static func parse(_ text: String) -> FrontMatter? {
    let length = text.utf8.count
    var lines = Lines(text: text)
    guard let first = lines.next(), trim(first).replacingBOM == "---" else { return nil }
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
    Document(name: document.name, text: String(decoding: blanking(document.utf8), as: UTF8.self))
  }

  /// A document's bytes with the block's replaced by spaces (line breaks kept).
  public func blanking(_ utf8: [UInt8]) -> [UInt8] {
    var bytes = utf8
    for i in range.start..<range.end where bytes[i] != 0x0A && bytes[i] != 0x0D { bytes[i] = 0x20 }
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
