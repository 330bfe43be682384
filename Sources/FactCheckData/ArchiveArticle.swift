import FactCheckCore
import Foundation

/// An article of an archive, ready to check: its text and what the file says about it.
public struct ArchiveArticle: Sendable {
  public var id: String?
  public var url: String?
  public var title: String?
  /// The date as written (front matter, meta tag, JSON `published`).
  public var published: String?
  public var area: String?
  /// The text analysed. For `.txt` and `.md` the file itself (front matter blanked, so offsets
  /// are into the file); for HTML the extracted paragraphs (headline first); for a JSON line
  /// its `title`, a blank line, then its `text` (or the paragraphs of its `html`).
  public var document: Document
}

/// Why an archive entry yields no article. Reported in the output, never fatal to the audit.
public struct ArchiveFailure: Error, Sendable, Equatable {
  public enum Kind: String, Sendable {
    case notFound = "not_found"
    case unreadable
    case binary
    case invalidUTF8 = "invalid_utf8"
    case tooLarge = "too_large"
    case malformedJSON = "malformed_json"
    case noText = "no_text"
    case unparsableHTML = "unparsable_html"
  }

  public var kind: Kind
  public var message: String
  /// Byte offset of the problem in the file or line, when known.
  public var offset: Int?
  /// The `id` and `url` of a JSON line that was read but not usable.
  public var id: String?
  public var url: String?

  public init(kind: Kind, message: String, offset: Int? = nil, id: String? = nil, url: String? = nil) {
    self.kind = kind
    self.message = message
    self.offset = offset
    self.id = id
    self.url = url
  }

  init(_ error: InputError) {
    switch error.reason {
    case .notFound: self.init(kind: .notFound, message: InputError.notFoundMessage(error.path))
    case .isDirectory: self.init(kind: .unreadable, message: "is a directory")
    case .unreadable(let why): self.init(kind: .unreadable, message: "cannot read: \(why)")
    case .binary(let o): self.init(kind: .binary, message: "binary file (NUL byte)", offset: o)
    case .invalidUTF8(let o): self.init(kind: .invalidUTF8, message: "invalid UTF-8", offset: o)
    case .tooLarge(let bytes, let limit):
      self.init(kind: .tooLarge, message: "too large to check (\(bytes) bytes; the limit is \(limit))")
    }
  }
}

extension ArchiveArticle {
  /// Reads one archive item in its format.
  public static func read(_ item: ArchiveItem) -> Result<ArchiveArticle, ArchiveFailure> {
    Result { () throws(ArchiveFailure) -> ArchiveArticle in
      let bytes: [UInt8]
      switch item.bytes {
      case .success(let b): bytes = b
      case .failure(let e): throw ArchiveFailure(e)
      }
      switch item.format {
      case .text: return try plain(bytes, name: item.name)
      case .markdown: return try markdown(bytes, name: item.name)
      case .html: return try html(bytes, name: item.name)
      case .jsonLines: return try jsonLine(bytes, name: item.name)
      }
    }
  }

  static func decode(_ bytes: [UInt8], name: String) throws(ArchiveFailure) -> Document {
    do {
      return try DocumentLoader.decode(bytes, name: name)
    } catch {
      throw ArchiveFailure(error)
    }
  }

  /// Checks that `bytes` are text, for formats whose document is built from something else
  /// (the extracted HTML, a JSON line's fields): building one only to drop it showed in profiles.
  static func validate(_ bytes: [UInt8], name: String) throws(ArchiveFailure) {
    do {
      try DocumentLoader.validate(bytes, name: name)
    } catch {
      throw ArchiveFailure(error)
    }
  }

  /// A plain text, with its front matter read and blanked as `check` does (a `---` block, or
  /// a header block of `key: value` lines).
  static func plain(_ bytes: [UInt8], name: String) throws(ArchiveFailure) -> ArchiveArticle {
    let document = try decode(bytes, name: name)
    guard let front = FrontMatter.parse(document) else {
      return ArchiveArticle(published: dateInFileName(name), document: document)
    }
    let f = front.fields
    return ArchiveArticle(
      id: f["id"], url: f["url"], title: f["title"],
      published: front.dateText ?? dateInFileName(name), area: f["area"], document: front.blanked(document))
  }

  /// The `YYYY-MM-DD` a file name starts with (Jekyll's `_posts/2020-11-05-title.md`), if any.
  public static func dateInFileName(_ path: String) -> String? {
    // The name follows the last "/" (NSString only differs for a path ending in "/", which it
    // trims first; asked for every file, its path handling showed in audit profiles).
    var name = Array(path.utf8)
    if name.last == UInt8(ascii: "/") {
      name = Array((path as NSString).lastPathComponent.utf8)
    } else if let slash = name.lastIndex(of: UInt8(ascii: "/")) {
      name.removeSubrange(...slash)
    }
    guard name.count >= 10 else { return nil }
    let digits = [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { name[$0] >= 0x30 && name[$0] <= 0x39 }
    guard digits, name[4] == 0x2D, name[7] == 0x2D else { return nil }
    return String(decoding: name[0..<10], as: UTF8.self)
  }

  static func markdown(_ bytes: [UInt8], name: String) throws(ArchiveFailure) -> ArchiveArticle {
    try validate(bytes, name: name)
    guard let front = FrontMatter.parse(bytes) else {
      return ArchiveArticle(published: dateInFileName(name), document: Document(name: name, validUTF8: bytes))
    }
    let f = front.fields
    return ArchiveArticle(
      id: f["id"], url: f["url"], title: f["title"],
      published: front.dateText ?? dateInFileName(name), area: f["area"],
      document: Document(name: name, validUTF8: front.blanking(bytes)))
  }

  static func html(_ bytes: [UInt8], name: String) throws(ArchiveFailure) -> ArchiveArticle {
    try validate(bytes, name: name)
    guard let page = ArchiveHTML.extract(bytes) else {
      throw ArchiveFailure(kind: .unparsableHTML, message: "libxml2 could not read the page")
    }
    return ArchiveArticle(title: page.title, published: page.published ?? dateInFileName(name),
                          document: Document(name: name, validUTF8: page.utf8))
  }

  static func jsonLine(_ bytes: [UInt8], name: String) throws(ArchiveFailure) -> ArchiveArticle {
    try validate(bytes, name: name)
    let line: JSONLine
    if let read = ArchiveJSONLine.parse(bytes) {
      line = read
    } else {
      do {
        line = try JSONDecoder().decode(JSONLine.self, from: Data(bytes))
      } catch {
        throw ArchiveFailure(kind: .malformedJSON, message: "not an article object: \(Self.describe(error))")
      }
    }
    let text: [UInt8]
    var published = line.published
    var title = line.title
    if let body = line.text {
      text = title.map { Self.joined(Array($0.utf8), body) } ?? body
    } else if let html = line.html {
      guard let page = ArchiveHTML.extract(html) else {
        throw ArchiveFailure(kind: .unparsableHTML, message: "libxml2 could not read 'html'", id: line.id, url: line.url)
      }
      published = published ?? page.published
      text = page.title == nil ? (title.map { Self.joined(Array($0.utf8), page.utf8) } ?? page.utf8) : page.utf8
      title = title ?? page.title
    } else {
      throw ArchiveFailure(kind: .noText, message: "the line has neither 'text' nor 'html'", id: line.id, url: line.url)
    }
    return ArchiveArticle(id: line.id, url: line.url, title: title, published: published,
                          area: line.area, document: Document(name: name, validUTF8: text))
  }

  /// `title`, a blank line, then `body`, in one allocation.
  static func joined(_ title: [UInt8], _ body: [UInt8]) -> [UInt8] {
    var text: [UInt8] = []
    text.reserveCapacity(title.count + 2 + body.count)
    text.append(contentsOf: title)
    text.append(0x0A)
    text.append(0x0A)
    text.append(contentsOf: body)
    return text
  }

  static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let c): c.debugDescription
    case DecodingError.typeMismatch(_, let c): "'\(c.codingPath.map(\.stringValue).joined(separator: "."))': \(c.debugDescription)"
    default: "\(error)"
    }
  }

  struct JSONLine: Decodable {
    var id: String?
    var url: String?
    var published: String?
    var title: String?
    /// The text's UTF-8 (valid: the line was checked). Kept as bytes: it only ever becomes the
    /// document's bytes, and made a String first it was checked and copied once more.
    var text: [UInt8]?
    /// The page's UTF-8 (valid: the line was checked).
    var html: [UInt8]?
    var area: String?

    enum CodingKeys: String, CodingKey { case id, url, published, title, text, html, area }

    init() {}

    init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      // Ids are often numbers in exports; accept either.
      if let n = try? c.decodeIfPresent(Int.self, forKey: .id) { id = String(n) } else {
        id = try c.decodeIfPresent(String.self, forKey: .id)
      }
      url = try c.decodeIfPresent(String.self, forKey: .url)
      published = try c.decodeIfPresent(String.self, forKey: .published)
      title = try c.decodeIfPresent(String.self, forKey: .title)
      text = try c.decodeIfPresent(String.self, forKey: .text).map { Array($0.utf8) }
      html = try c.decodeIfPresent(String.self, forKey: .html).map { Array($0.utf8) }
      area = try c.decodeIfPresent(String.self, forKey: .area)
    }
  }
}
