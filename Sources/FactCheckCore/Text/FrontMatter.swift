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
    let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, trim(first).replacingBOM == "---" else { return nil }
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

  private static func trim(_ s: Substring) -> String {
    String(s.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
  }
}

extension String {
  fileprivate var replacingBOM: String { hasPrefix("\u{FEFF}") ? String(dropFirst()) : self }
}
