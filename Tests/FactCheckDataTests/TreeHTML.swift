import CLibXML2

@testable import FactCheckData

/// The reading of HTML pages that `ArchiveHTML.extract` replaced, kept as the reference it is
/// checked against: libxml2 builds the whole tree (`htmlReadMemory`), which is then walked.
/// Slow and simple on purpose.
enum TreeHTML {
  static func extract(_ bytes: [UInt8]) -> ArchiveHTML.Extracted? {
    let doc = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", ArchiveHTML.options)
      }
    }
    guard let doc else { return nil }
    defer { xmlFreeDoc(doc) }
    var walker = TreeHTMLWalker()
    walker.walk(doc.pointee.children)
    return walker.result()
  }
}

/// Walks the parsed tree, collecting paragraphs, the headline and the date.
struct TreeHTMLWalker {
  static let dropped = HTMLWalker.dropped
  static let blocks = HTMLWalker.blocks
  static let dateMetas = HTMLWalker.dateMetas

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

  /// What the walk does with an element, read the plain way (by String).
  struct ElementKind {
    enum Tag { case head, meta, time, header, h1, article, other }
    var tag: Tag
    var dropped: Bool
    var block: Bool

    init(_ name: UnsafePointer<xmlChar>) {
      let name = String(cString: name).lowercased()
      let tags: [String: Tag] = ["head": .head, "meta": .meta, "time": .time, "header": .header,
                                 "h1": .h1, "article": .article]
      (tag, dropped, block) = (tags[name] ?? .other, TreeHTMLWalker.dropped.contains(name),
                               TreeHTMLWalker.blocks.contains(name))
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
    return Self.trimmed(String(cString: value))
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

  /// Without HTML space at either end, by scalars.
  static func trimmed(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[first...last])
    return String(out)
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

