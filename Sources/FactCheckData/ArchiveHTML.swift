import CLibXML2

/// The article inside an HTML page, read with libxml2's HTML parser (which, unlike an XML parser
/// in recovery mode, knows HTML's entities and its unclosed `<p>` and `<li>`).
///
/// Scripts, styles, navigation, page headers and footers, asides and forms are dropped. Block
/// elements become paragraphs separated by a blank line; runs of whitespace (no-break spaces
/// included) become one space. The date comes from `article:published_time` (or a similar meta
/// tag), else the first `<time datetime>`.
public enum ArchiveHTML {
  public struct Extracted: Sendable, Equatable {
    /// The first `<h1>`, else the page `<title>`.
    public var title: String?
    /// The paragraphs, separated by blank lines; starts with the title when the body has no `<h1>`.
    public var text: String
    /// The raw date value as found (`2020-11-05T09:30:00Z`).
    public var published: String?
  }

  private static let initialised: Void = { xmlInitParser() }()

  /// Extracts the article from UTF-8 HTML; nil when libxml2 cannot build a document at all.
  public static func extract(_ bytes: [UInt8]) -> Extracted? {
    _ = initialised
    let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue
      // Without it libxml2 silently drops everything nested deeper than 256 elements; the walk
      // below is iterative, so any depth is safe.
      | XML_PARSE_HUGE.rawValue)
    let doc = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options)
      }
    }
    guard let doc else { return nil }
    defer { xmlFreeDoc(doc) }
    var walker = HTMLWalker()
    walker.walk(doc.pointee.children)
    return walker.result()
  }
}

/// Walks the parsed tree, collecting paragraphs, the headline and the date.
struct HTMLWalker {
  static let dropped: Set<String> = [
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe",
    "svg", "button", "select", "textarea", "object", "embed", "canvas",
  ]
  static let blocks: Set<String> = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section",
    "article", "main", "br", "tr", "table", "figcaption", "figure", "pre", "dd", "dt", "dl",
    "hr", "header", "body", "td", "th",
  ]
  static let dateMetas: Set<String> = [
    "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
    "dcterms.created", "og:published_time",
  ]

  /// The finished paragraphs as UTF-8, separated by blank lines.
  var text: [UInt8] = []
  var current = CollapsedText()
  var h1: String?
  var pageTitle: String?
  var metaDate: String?
  var timeDate: String?
  var h1Open = false
  var h1Text = CollapsedText()

  /// An element whose children are being walked: what to do when they are done.
  struct Open {
    var next: xmlNodePtr?
    var inArticle: Bool
    var block: Bool
    var isH1: Bool
  }

  /// Walks `first` and its siblings depth first with an explicit stack (pages nest thousands
  /// of elements deep; recursion would overflow a worker thread's stack).
  mutating func walk(_ first: xmlNodePtr?) {
    var stack: [Open] = []
    var node = first
    var inArticle = false
    while true {
      guard let n = node else {
        guard let open = stack.popLast() else { return }
        close(open)
        node = open.next
        inArticle = stack.last.map { $0.inArticle } ?? false
        continue
      }
      node = n.pointee.next
      switch n.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = n.pointee.content { append(content) }
      case XML_ELEMENT_NODE:
        if let open = enter(n, inArticle: inArticle) {
          stack.append(Open(next: node, inArticle: open.inArticle, block: open.block, isH1: open.isH1))
          inArticle = open.inArticle
          node = n.pointee.children
        }
      default:
        break
      }
    }
  }

  /// Starts an element; nil when its children are not walked.
  mutating func enter(_ node: xmlNodePtr, inArticle: Bool) -> Open? {
    let kind = ElementKind(node.pointee.name)
    switch kind.tag {
    case .head:
      head(node)
      return nil
    case .meta:
      meta(node)
      return nil
    case .time:
      if timeDate == nil { timeDate = attribute(node, "datetime") }
    case .header where !inArticle:
      return nil
    default:
      if kind.dropped { return nil }
    }
    if kind.block { breakParagraph() }
    let isH1 = kind.tag == .h1 && h1 == nil && !h1Open
    if isH1 { h1Open = true; h1Text.removeAll() }
    return Open(next: nil, inArticle: inArticle || kind.tag == .article, block: kind.block, isH1: isH1)
  }

  /// What the walk does with an element, from its name: `dropped`, `blocks` and the names it
  /// treats apart. Names of up to eight bytes (all but two of those it knows) are looked up as
  /// one integer; making a lowercased String of every element's name and hashing it into two
  /// sets was 1% of an audit with one page in five HTML.
  struct ElementKind: Equatable {
    enum Tag { case head, meta, time, header, h1, article, other }
    var tag = Tag.other
    var dropped = false
    var block = false

    init(tag: Tag = .other, dropped: Bool = false, block: Bool = false) {
      (self.tag, self.dropped, self.block) = (tag, dropped, block)
    }

    init(_ name: UnsafePointer<xmlChar>) {
      if let key = Self.key(name) {
        self = Self.known[key] ?? ElementKind()
      } else {
        self.init(String(cString: name).lowercased())
      }
    }

    /// The plain reading, by String.
    init(_ name: String) {
      let tags: [String: Tag] = ["head": .head, "meta": .meta, "time": .time, "header": .header,
                                 "h1": .h1, "article": .article]
      self.init(tag: tags[name] ?? .other, dropped: HTMLWalker.dropped.contains(name),
                block: HTMLWalker.blocks.contains(name))
    }

    /// Every name the walk knows that fits in a key.
    static let known: [UInt64: ElementKind] = {
      var table: [UInt64: ElementKind] = [:]
      let names = HTMLWalker.dropped.union(HTMLWalker.blocks).union(["head", "meta", "time"])
      for name in names {
        let kind = ElementKind(name)
        var bytes = Array(name.utf8)
        bytes.append(0)
        if let key = bytes.withUnsafeBufferPointer({ key($0.baseAddress!) }) { table[key] = kind }
      }
      return table
    }()

    /// An ASCII name of one to eight bytes, lowercased, packed into an integer; nil otherwise.
    static func key(_ name: UnsafePointer<xmlChar>) -> UInt64? {
      var key: UInt64 = 0
      for i in 0..<9 {
        var b = name[i]
        if b == 0 { return i == 0 ? nil : key }
        guard i < 8, b < 0x80 else { return nil }
        if b >= 0x41 && b <= 0x5A { b |= 0x20 }
        key |= UInt64(b) << (8 * UInt64(i))
      }
      return nil
    }
  }

  mutating func close(_ open: Open) {
    if open.isH1 {
      h1Open = false
      if !h1Text.bytes.isEmpty { h1 = String(decoding: h1Text.bytes, as: UTF8.self) }
    }
    if open.block { breakParagraph() }
  }

  mutating func head(_ node: xmlNodePtr) {
    var child = node.pointee.children
    while let c = child {
      if c.pointee.type == XML_ELEMENT_NODE {
        let name = String(cString: c.pointee.name).lowercased()
        if name == "meta" { meta(c) }
        if name == "title", pageTitle == nil, let text = xmlNodeGetContent(c) {
          pageTitle = Self.collapse(String(cString: text))
          fc_xml_free(text)
        }
      }
      child = c.pointee.next
    }
  }

  mutating func meta(_ node: xmlNodePtr) {
    guard metaDate == nil else { return }
    let key = (attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop"))?
      .lowercased()
    if let key, Self.dateMetas.contains(key), let value = attribute(node, "content"), !value.isEmpty {
      metaDate = value
    }
  }

  func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
    guard let value = xmlGetProp(node, name) else { return nil }
    defer { fc_xml_free(value) }
    return String(cString: value).trimmingHTMLSpace
  }

  /// Adds a text node's content to the paragraph (and the headline, when in one). Text nodes
  /// are most of a page: their bytes are copied in runs rather than built up scalar by scalar
  /// in a String (3% of an audit).
  mutating func append(_ content: UnsafePointer<xmlChar>) {
    let raw = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
    if !raw.contains(where: { $0 >= 0x80 }) { return append(raw) }
    // Not plain ASCII: decoded as before, so bytes that are not UTF-8 are repaired the same way.
    var decoded = String(cString: content)
    decoded.withUTF8 { append($0) }
  }

  mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
    if h1Open { h1Text.append(utf8) }
    current.append(utf8)
  }

  mutating func breakParagraph() {
    if !current.bytes.isEmpty {
      if !text.isEmpty { text.append(contentsOf: [0x0A, 0x0A]) }
      text.append(contentsOf: current.bytes)
    }
    current.removeAll()
  }

  mutating func result() -> ArchiveHTML.Extracted {
    breakParagraph()
    var body = String(decoding: text, as: UTF8.self)
    if h1 == nil, let t = pageTitle, !t.isEmpty { body = body.isEmpty ? t : t + "\n\n" + body }
    let title = h1 ?? pageTitle.flatMap { $0.isEmpty ? nil : $0 }
    return .init(title: title, text: body, published: metaDate ?? timeDate)
  }

  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case " ", "\t", "\n", "\r", "\u{0C}", "\u{A0}", "\u{202F}", "\u{2009}": true
    default: false
    }
  }

  static func collapse(_ text: String) -> String {
    var text = text
    var collapsed = CollapsedText()
    text.withUTF8 { collapsed.append($0) }
    return String(decoding: collapsed.bytes, as: UTF8.self)
  }
}

/// Text with each run of HTML space (`HTMLWalker.isSpace`) made one space and none at either
/// end, built from valid UTF-8 pieces. Every space character is one of the scalars tested
/// below, so valid UTF-8 can be read byte by byte: no other sequence contains their bytes.
struct CollapsedText {
  private(set) var bytes: [UInt8] = []
  private var pendingSpace = false

  mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
    var i = 0
    let n = utf8.count
    while i < n {
      let space = Self.spaceLength(utf8, at: i)
      if space > 0 {
        pendingSpace = true
        i += space
        continue
      }
      var end = i + 1
      // Most bytes are neither ASCII space nor the lead of a wide space: one compare each. A
      // lone ASCII space between two words is already collapsed, so it stays in the run, and
      // a paragraph is copied in a few pieces rather than word by word.
      while end < n {
        let b = utf8[end]
        if b > 0x20 && b != 0xC2 && b != 0xE2 || Self.spaceLength(utf8, at: end) == 0 {
          end += 1
        } else if b == 0x20, end + 1 < n, Self.spaceLength(utf8, at: end + 1) == 0 {
          end += 2
        } else {
          break
        }
      }
      if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
      pendingSpace = false
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<end]))
      i = end
    }
  }

  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    pendingSpace = false
  }

  /// The length of the space character at `i`, or 0: space, tab, LF, CR, FF, U+00A0, U+202F
  /// or U+2009.
  static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    switch b[i] {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0C: return 1
    case 0xC2: return i + 1 < b.count && b[i + 1] == 0xA0 ? 2 : 0
    case 0xE2:
      guard i + 2 < b.count, b[i + 1] == 0x80 else { return 0 }
      return b[i + 2] == 0xAF || b[i + 2] == 0x89 ? 3 : 0
    default: return 0
    }
  }

  /// The length of the space character that ends just before `end`, or 0. (0xC2 and 0xE2 only
  /// ever lead a sequence, so the bytes before the end are enough.)
  static func spaceLength(endingAt end: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
    switch b[end - 1] {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0C: return 1
    case 0xA0: return end >= 2 && b[end - 2] == 0xC2 ? 2 : 0
    case 0xAF, 0x89: return end >= 3 && b[end - 3] == 0xE2 && b[end - 2] == 0x80 ? 3 : 0
    default: return 0
    }
  }
}

extension String {
  /// Without HTML space at either end. On the bytes: every meta tag's attributes are trimmed,
  /// and reversing scalar views showed in profiles.
  fileprivate var trimmingHTMLSpace: String {
    var copy = self
    return copy.withUTF8 { utf8 in
      var lo = 0
      var hi = utf8.count
      while lo < hi, case let n = CollapsedText.spaceLength(utf8, at: lo), n > 0 { lo += n }
      while hi > lo, case let n = CollapsedText.spaceLength(endingAt: hi, in: utf8), n > 0 { hi -= n }
      if lo == 0 && hi == utf8.count { return self }
      return String(decoding: UnsafeBufferPointer(rebasing: utf8[lo..<hi]), as: UTF8.self)
    }
  }
}
