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
  public static func parse(_ document: Document) -> FrontMatter? {
    let text = document.text
    let firstLine = text[..<(text.firstIndex(of: "\n") ?? text.endIndex)]
    guard trim(firstLine).replacingBOM == "---" else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let first = lines[0]
    var fields: [String: String] = [:]
    var offset = first.utf8.count + 1
    for line in lines.dropFirst() {
      let text = trim(line)
      offset += line.utf8.count + 1
      if text == "---" || text == "..." {
        return FrontMatter(fields: fields, range: SourceRange(start: 0, end: min(offset, document.utf8.count)))
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

  /// The document with the block's bytes replaced by spaces (line breaks kept).
  public func blanked(_ document: Document) -> Document {
    var bytes = document.utf8
    for i in range.start..<range.end where bytes[i] != 0x0A && bytes[i] != 0x0D { bytes[i] = 0x20 }
    return Document(name: document.name, text: String(decoding: bytes, as: UTF8.self))
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
