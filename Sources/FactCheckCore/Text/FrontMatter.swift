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
    // A first line without "---" cannot open a block: most documents stop here, on bytes.
    let bytes = document.utf8
    let firstBreak = bytes.firstIndex(of: 0x0A) ?? bytes.count
    guard bytes[..<firstBreak].indices.contains(where: { i in
      i + 2 < firstBreak && bytes[i] == 0x2D && bytes[i + 1] == 0x2D && bytes[i + 2] == 0x2D
    }) else { return nil }
    let text = document.text
    let firstLine = text[..<(text.firstIndex(of: "\n") ?? text.endIndex)]
    guard trim(firstLine).replacingBOM == "---" else { return nil }
    // Line by line up to the closing delimiter only: splitting the whole text into lines first
    // was 4% of an audit of Markdown files.
    guard firstLine.endIndex < text.endIndex else { return nil }
    var lineStart = text.index(after: firstLine.endIndex)
    var fields: [String: String] = [:]
    var offset = firstLine.utf8.count + 1
    while true {
      let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
      let line = text[lineStart..<lineEnd]
      let content = trim(line)
      offset += line.utf8.count + 1
      if content == "---" || content == "..." {
        return FrontMatter(fields: fields, range: SourceRange(start: 0, end: min(offset, document.utf8.count)))
      }
      if let colon = content.firstIndex(of: ":") {
        let key = trim(content[..<colon])
        var value = trim(content[content.index(after: colon)...])
        if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
          value = String(value.dropFirst().dropLast())
        }
        if !key.isEmpty, !key.hasPrefix(" ") { fields[key] = value }
      }
      guard lineEnd < text.endIndex else { return nil }
      lineStart = text.index(after: lineEnd)
    }
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
