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

  var paragraphs: [String] = []
  var current = ""
  var pendingSpace = false
  var h1: String?
  var pageTitle: String?
  var metaDate: String?
  var timeDate: String?
  var h1Open = false
  var h1Text = ""

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
        if let content = n.pointee.content { append(String(cString: content)) }
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
    let name = String(cString: node.pointee.name).lowercased()
    switch name {
    case "head":
      head(node)
      return nil
    case "meta":
      meta(node)
      return nil
    case "time":
      if timeDate == nil { timeDate = attribute(node, "datetime") }
    case "header" where !inArticle:
      return nil
    default:
      if Self.dropped.contains(name) { return nil }
    }
    let block = Self.blocks.contains(name)
    if block { breakParagraph() }
    let isH1 = name == "h1" && h1 == nil && !h1Open
    if isH1 { h1Open = true; h1Text = "" }
    return Open(next: nil, inArticle: inArticle || name == "article", block: block, isH1: isH1)
  }

  mutating func close(_ open: Open) {
    if open.isH1 {
      h1Open = false
      let t = Self.collapse(h1Text)
      if !t.isEmpty { h1 = t }
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

  mutating func append(_ text: String) {
    if h1Open { h1Text += text }
    for scalar in text.unicodeScalars {
      if Self.isSpace(scalar) {
        pendingSpace = true
      } else {
        if pendingSpace && !current.isEmpty { current.unicodeScalars.append(" ") }
        pendingSpace = false
        current.unicodeScalars.append(scalar)
      }
    }
  }

  mutating func breakParagraph() {
    if !current.isEmpty { paragraphs.append(current) }
    current = ""
    pendingSpace = false
  }

  mutating func result() -> ArchiveHTML.Extracted {
    breakParagraph()
    var paras = paragraphs
    if h1 == nil, let t = pageTitle, !t.isEmpty { paras.insert(t, at: 0) }
    let title = h1 ?? pageTitle.flatMap { $0.isEmpty ? nil : $0 }
    return .init(title: title, text: paras.joined(separator: "\n\n"), published: metaDate ?? timeDate)
  }

  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case " ", "\t", "\n", "\r", "\u{0C}", "\u{A0}", "\u{202F}", "\u{2009}": true
    default: false
    }
  }

  static func collapse(_ text: String) -> String {
    text.unicodeScalars.split(whereSeparator: isSpace).map { String(String.UnicodeScalarView($0)) }
      .joined(separator: " ")
  }
}

extension String {
  fileprivate var trimmingHTMLSpace: String {
    let scalars = unicodeScalars.drop(while: HTMLWalker.isSpace).reversed().drop(while: HTMLWalker.isSpace)
    return String(String.UnicodeScalarView(scalars.reversed()))
  }
}
