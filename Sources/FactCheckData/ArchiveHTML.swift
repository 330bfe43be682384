import CLibXML2
import FactCheckCore

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
    /// The paragraphs as UTF-8 (valid), separated by blank lines; starts with the title when
    /// the body has no `<h1>`.
    public var utf8: [UInt8]
    /// The raw date value as found (`2020-11-05T09:30:00Z`).
    public var published: String?

    /// `utf8` as a String.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    public init(title: String?, text: String, published: String?) {
      self.init(title: title, utf8: Array(text.utf8), published: published)
    }

    public init(title: String?, utf8: [UInt8], published: String?) {
      (self.title, self.utf8, self.published) = (title, utf8, published)
    }
  }

  /// libxml2's options: recover from anything, quietly, never fetch, imply no `<html>` or
  /// `<body>`; and XML_PARSE_HUGE, without which libxml2's tree builder silently dropped
  /// everything nested deeper than 256 elements when this read a tree (kept so that the parse
  /// itself is the one it was).
  static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
    | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue
    | XML_PARSE_HUGE.rawValue)

  /// Extracts the article from UTF-8 HTML; nil when libxml2 cannot read it at all (no bytes).
  ///
  /// libxml2 parses the page as `htmlReadMemory` would, but reports elements and text to an
  /// `HTMLWalker` as it goes instead of building a tree (which, allocated node by node, walked
  /// and freed again, was a fifth of reading a page; libxml2's own parse is most of the rest).
  ///
  /// Each thread keeps one libxml2 parser context for all the pages it reads
  /// (`fc_html_sax_read_reusing`); `reusingContext: false` makes a context for the page alone,
  /// as `htmlReadMemory` does (what tests compare the kept context with).
  public static func extract(_ bytes: [UInt8]) -> Extracted? {
    extract(bytes, reusingContext: true)
  }

  static func extract(_ bytes: [UInt8], reusingContext: Bool) -> Extracted? {
    var walker = HTMLWalker()
    // Room for text as long as the page: grown from empty, the text was copied to a new
    // buffer six or seven times a page (2.2 M instructions of 800 pages). A page's text is
    // no longer than its markup, so the room is not outgrown; it is often several times the
    // text a real page holds, for as long as the page is checked. Past a megabyte it grows
    // as it needs.
    walker.text.reserve(min(bytes.count, 1 << 20))
    var handler = HTMLWalker.handler()
    let status = withUnsafeMutablePointer(to: &walker) { state in
      bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) {
          reusingContext
            ? fc_html_sax_read_reusing($0.baseAddress, Int32($0.count), "UTF-8", options, &handler, state)
            : fc_html_sax_read($0.baseAddress, Int32($0.count), "UTF-8", options, &handler, state)
        }
      }
    }
    guard status == 0 else { return nil }
    return walker.finish()
  }
}

/// Follows libxml2's parse of a page, collecting paragraphs, the headline and the date.
///
/// It sees the page as the tree libxml2's tree builder (`xmlSAX2StartElement` and friends)
/// would have made of the same events, and walks that tree depth first: an element's frame is
/// pushed when it starts and popped when it ends. Two habits of that builder are kept:
/// - Text outside every element is dropped.
/// - Text pieces with no node between them make one text node, repaired as a whole when it
///   is not UTF-8 (see `held`).
///
/// One is not: when a page has no doctype, the builder made every top-level element after the
/// first a child of the first. A fragment (as JSON Lines records carry) that opened on `<nav>`
/// lost its whole body that way, and one that opened on `<h1>` had its body read into the
/// headline. Here top-level elements are siblings, as they are in the page.
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

  /// The paragraphs as UTF-8, separated by blank lines, the last one still growing. (Written
  /// here directly: collected apart and copied over at each paragraph's end, the paragraphs
  /// were copied twice.)
  var text = CollapsedText()
  var h1: String?
  var pageTitle: String?
  var metaDate: String?
  var timeDate: String?
  var h1Open = false
  var h1Text = CollapsedText()
  /// The text of the `<title>` being read, as UTF-8.
  var titleText: [UInt8] = []
  /// The walked text of the tree's current text (or CDATA) node, held back once a piece of it
  /// was not UTF-8: the node is repaired as a whole, as the tree's was (libxml2 passes bytes
  /// that are not UTF-8 through one by one, and the halves of a character can arrive apart).
  var held: [UInt8] = []
  var heldIsCDATA = false

  /// The elements open in the tree, innermost last.
  var stack: [Open] = []
  /// `ElementKind.known`, held here: reading the global checked its lazy initialisation at
  /// every element.
  let known = ElementKind.known

  init() {
    // Most pages nest less deeply: grown from empty, the stack was copied a few times a page.
    stack.reserveCapacity(16)
  }

  /// What an element is, by its name (as `ElementKind(name)`).
  func kind(_ name: UnsafePointer<xmlChar>) -> ElementKind {
    ElementKind.of(name, in: known)
  }
  /// An open element: what to do with what it holds, and when it closes.
  struct Open {
    enum Mode {
      /// Walked: its text is the article's.
      case walked
      /// Dropped with everything inside.
      case skipped
      /// `<head>`: only its `<meta>` and first `<title>` children count.
      case head
      /// The `<title>` child of a `<head>`, and the elements inside it: their text is the title.
      case title, inTitle
    }

    var mode: Mode
    var inArticle = false
    var block = false
    var isH1 = false

    static let skipped = Open(mode: .skipped)
  }

  // MARK: - Events

  mutating func start(_ name: UnsafePointer<xmlChar>, _ attributes: Attributes) {
    flushHeld()
    let parent = stack.last
    stack.append(open(name, attributes, in: parent))
  }

  mutating func end() {
    flushHeld()
    guard let open = stack.popLast() else { return }
    close(open)
  }

  /// Text, or the content of a CDATA section (`isCDATA`), which the tree kept apart from text.
  mutating func characters(_ utf8: UnsafeBufferPointer<UInt8>, isCDATA: Bool = false) {
    guard let top = stack.last else { return }
    switch top.mode {
    case .walked:
      if heldIsCDATA != isCDATA { flushHeld() }
      if held.isEmpty && DocumentLoader.firstInvalidUTF8(utf8) == nil { return append(utf8) }
      held.append(contentsOf: utf8)
      heldIsCDATA = isCDATA
    case .title, .inTitle: titleText.append(contentsOf: utf8)
    case .skipped, .head: break
    }
  }

  /// A comment or processing instruction: it ends a text node.
  mutating func otherNode() {
    flushHeld()
  }

  /// Closes whatever is still open (all of it when libxml2 stopped early).
  mutating func finish() -> ArchiveHTML.Extracted {
    flushHeld()
    while let open = stack.popLast() { close(open) }
    return result()
  }

  // MARK: - Elements

  /// What an element starting in `parent` (nil: the document) is.
  mutating func open(_ name: UnsafePointer<xmlChar>, _ attributes: Attributes, in parent: Open?) -> Open {
    switch parent?.mode {
    case nil: return enter(name, attributes, inArticle: false)
    case .walked: return enter(name, attributes, inArticle: parent?.inArticle ?? false)
    case .skipped: return .skipped
    case .title, .inTitle: return Open(mode: .inTitle)
    case .head:
      let kind = self.kind(name)
      if kind.tag == .meta { meta(attributes) }
      return kind.tag == .title && pageTitle == nil ? Open(mode: .title) : .skipped
    }
  }

  /// Starts an element of the walked tree.
  mutating func enter(_ name: UnsafePointer<xmlChar>, _ attributes: Attributes, inArticle: Bool) -> Open {
    let kind = self.kind(name)
    switch kind.tag {
    case .head:
      return Open(mode: .head)
    case .meta:
      meta(attributes)
      return .skipped
    case .time:
      if timeDate == nil { timeDate = attributes["datetime"] }
    case .header where !inArticle:
      return .skipped
    default:
      if kind.dropped { return .skipped }
    }
    if kind.block { breakParagraph() }
    let isH1 = kind.tag == .h1 && h1 == nil && !h1Open
    if isH1 { h1Open = true; h1Text.removeAll() }
    return Open(mode: .walked, inArticle: inArticle || kind.tag == .article, block: kind.block, isH1: isH1)
  }

  /// What the walk does with an element, from its name: `dropped`, `blocks` and the names it
  /// treats apart. Names of up to eight bytes (all but two of those it knows) are looked up as
  /// one integer; making a lowercased String of every element's name and hashing it into two
  /// sets was 1% of an audit with one page in five HTML.
  struct ElementKind: Equatable {
    enum Tag { case head, meta, title, time, header, h1, article, other }
    var tag = Tag.other
    var dropped = false
    var block = false

    init(tag: Tag = .other, dropped: Bool = false, block: Bool = false) {
      (self.tag, self.dropped, self.block) = (tag, dropped, block)
    }

    init(_ name: UnsafePointer<xmlChar>) {
      self = Self.of(name, in: Self.known)
    }

    /// The kind of `name`: from `table` (`known`) when its name fits a key.
    static func of(_ name: UnsafePointer<xmlChar>, in table: KindTable) -> ElementKind {
      if let key = key(name) { return table.kind(key) }
      return ElementKind(String(cString: name).lowercased())
    }

    /// The plain reading, by String.
    init(_ name: String) {
      let tags: [String: Tag] = ["head": .head, "meta": .meta, "title": .title, "time": .time,
                                 "header": .header, "h1": .h1, "article": .article]
      self.init(tag: tags[name] ?? .other, dropped: HTMLWalker.dropped.contains(name),
                block: HTMLWalker.blocks.contains(name))
    }

    /// Every name the walk knows that fits in a key.
    static let known: KindTable = {
      var table = KindTable()
      let names = HTMLWalker.dropped.union(HTMLWalker.blocks).union(["head", "meta", "title", "time"])
      for name in names.sorted() {
        var bytes = Array(name.utf8)
        bytes.append(0)
        if let key = bytes.withUnsafeBufferPointer({ key($0.baseAddress!) }) { table.add(key, ElementKind(name)) }
      }
      return table
    }()

    /// Kinds by key, in a small open-addressed table: a Dictionary's hashing was most of
    /// looking an element up.
    struct KindTable {
      /// 0 marks a free slot (no key is 0: names are not empty).
      var keys = [UInt64](repeating: 0, count: 128)
      var kinds = [ElementKind](repeating: ElementKind(), count: 128)

      static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57) }

      mutating func add(_ key: UInt64, _ kind: ElementKind) {
        var i = Self.slot(key)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & 127 }
        (keys[i], kinds[i]) = (key, kind)
      }

      /// The kind of `key`; a plain element's when it is not in the table (which always has
      /// free slots, so the search ends).
      func kind(_ key: UInt64) -> ElementKind {
        var i = Self.slot(key)
        while true {
          let k = keys[i]
          if k == key { return kinds[i] }
          if k == 0 { return ElementKind() }
          i = (i + 1) & 127
        }
      }
    }

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
    switch open.mode {
    case .walked:
      if open.isH1 {
        h1Open = false
        if !h1Text.bytes.isEmpty { h1 = String(decoding: h1Text.bytes, as: UTF8.self) }
      }
      if open.block { breakParagraph() }
    case .title:
      pageTitle = Self.collapse(titleText)
      titleText.removeAll()
    case .skipped, .head, .inTitle:
      break
    }
  }

  mutating func meta(_ attributes: Attributes) {
    guard metaDate == nil else { return }
    let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased()
    if let key, Self.dateMetas.contains(key), let value = attributes["content"], !value.isEmpty {
      metaDate = value
    }
  }

  /// Adds the held text, repaired, to the paragraph.
  mutating func flushHeld() {
    guard !held.isEmpty else { return }
    var repaired = String(decoding: held, as: UTF8.self)
    repaired.withUTF8 { append($0) }
    held.removeAll(keepingCapacity: true)
  }

  /// Adds valid UTF-8 to the paragraph (and the headline, when in one). Text is most of a
  /// page: its bytes are copied in runs rather than built up scalar by scalar in a String (3%
  /// of an audit).
  mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
    if h1Open { h1Text.append(utf8) }
    text.append(utf8)
  }

  mutating func breakParagraph() {
    text.breakParagraph()
  }

  mutating func result() -> ArchiveHTML.Extracted {
    // `text` is valid UTF-8: pieces were appended checked, or repaired (see `held`).
    var body = text.bytes
    if h1 == nil, let t = pageTitle, !t.isEmpty { body = body.isEmpty ? Array(t.utf8) : Array(t.utf8) + [0x0A, 0x0A] + body }
    let title = h1 ?? pageTitle.flatMap { $0.isEmpty ? nil : $0 }
    return .init(title: title, utf8: body, published: metaDate ?? timeDate)
  }

  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case " ", "\t", "\n", "\r", "\u{0C}", "\u{A0}", "\u{202F}", "\u{2009}": true
    default: false
    }
  }

  /// `collapse(String(decoding: utf8, as: UTF8.self))`, without the String in between when
  /// `utf8` is valid.
  static func collapse(_ utf8: [UInt8]) -> String {
    utf8.withUnsafeBufferPointer { buffer in
      guard DocumentLoader.firstInvalidUTF8(buffer) == nil else {
        return collapse(String(decoding: buffer, as: UTF8.self))
      }
      var collapsed = CollapsedText()
      collapsed.append(buffer)
      return String(decoding: collapsed.bytes, as: UTF8.self)
    }
  }

  static func collapse(_ text: String) -> String {
    var text = text
    var collapsed = CollapsedText()
    text.withUTF8 { collapsed.append($0) }
    return String(decoding: collapsed.bytes, as: UTF8.self)
  }
}

// MARK: - libxml2's side

extension HTMLWalker {
  /// An element's attributes as libxml2 hands them over: name, value, name, value, …, then a
  /// null name. Names are lowercase ASCII, each at most once (libxml2 drops repeats).
  struct Attributes {
    let pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    /// The value of `name` without HTML space at either end; "" for an attribute written
    /// without a value (what a tree's `xmlGetProp` gives), nil when there is none.
    subscript(name: StaticString) -> String? {
      guard let pairs else { return nil }
      var i = 0
      while let key = pairs[i] {
        if Self.equal(key, name) { return pairs[i + 1].map { String(cString: $0).trimmingHTMLSpace } ?? "" }
        i += 2
      }
      return nil
    }

    /// Whether the NUL-terminated `key` is `name` (which holds no NUL: a shorter key differs at
    /// its terminator, so nothing past it is read).
    static func equal(_ key: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
      let n = name.utf8CodeUnitCount
      for k in 0..<n where key[k] != name.utf8Start[k] { return false }
      return key[n] == 0
    }
  }

  /// The handler that turns libxml2's reports into calls on the walker its context points to.
  /// Everything that would build a tree (the document itself included) is left out.
  static func handler() -> xmlSAXHandlerV1 {
    var h = xmlSAXHandlerV1()
    h.startElement = { context, name, attributes in
      guard let name else { return }
      HTMLWalker.walker(context).pointee.start(name, Attributes(pairs: attributes))
    }
    h.endElement = { context, _ in HTMLWalker.walker(context).pointee.end() }
    h.characters = { context, bytes, count in
      guard let bytes, count > 0 else { return }
      HTMLWalker.walker(context).pointee.characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
    }
    h.cdataBlock = { context, bytes, count in
      guard let bytes, count > 0 else { return }
      HTMLWalker.walker(context).pointee.characters(UnsafeBufferPointer(start: bytes, count: Int(count)), isCDATA: true)
    }
    h.comment = { context, _ in HTMLWalker.walker(context).pointee.otherNode() }
    h.processingInstruction = { context, _, _ in HTMLWalker.walker(context).pointee.otherNode() }
    h.initialized = 1  // as in libxml2's own HTML handler
    return h
  }

  /// The walker behind libxml2's context pointer. Sound: `ArchiveHTML.extract` passes a pointer
  /// to its walker, which outlives the parse, and libxml2 calls back only during the parse, on
  /// the calling thread.
  static func walker(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLWalker> {
    context.unsafelyUnwrapped.assumingMemoryBound(to: HTMLWalker.self)
  }
}

/// Text with each run of HTML space (`HTMLWalker.isSpace`) made one space and none at either
/// end, built from valid UTF-8 pieces. Every space character is one of the scalars tested
/// below, so valid UTF-8 can be read byte by byte: no other sequence contains their bytes.
///
/// It may hold paragraphs: after `breakParagraph()` the text goes on after a blank line, which
/// is written only once more text comes, and only after text (so paragraphs without text make
/// none). Each paragraph is collapsed as if it stood alone.
struct CollapsedText {
  private(set) var bytes: [UInt8] = []
  private var pendingSpace = false

  /// Makes room for `count` bytes of text.
  mutating func reserve(_ count: Int) {
    bytes.reserveCapacity(count)
  }
  /// Whether the next text starts a paragraph.
  private var pendingBreak = false

  mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
    var i = 0
    let n = utf8.count
    // The vectors for sixteen bytes at a time (below), spelled with their type (`anyLane`).
    let controls = SIMD16<UInt8>(repeating: 0x20)
    let blank = SIMD16<UInt8>(repeating: 0x20)
    let c2 = SIMD16<UInt8>(repeating: 0xC2)
    let e2 = SIMD16<UInt8>(repeating: 0xE2)
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
        // Sixteen bytes at a time, with SSE2 compares, where they are plain as `isPlain`
        // defines it for eight: none below 0x20 or leading a wide space, no space followed by
        // a space (the byte after each read by a second load, one byte on), and the last not a
        // space. Sound: both loads lie inside the buffer (end + 17 <= n).
        if end &+ 17 <= n, let base = utf8.baseAddress {
          let at = UnsafeRawPointer(base + end)
          let v = at.loadUnaligned(as: SIMD16<UInt8>.self)
          let next = at.loadUnaligned(fromByteOffset: 1, as: SIMD16<UInt8>.self)
          let doubled: SIMDMask<SIMD16<Int8>> = (v .== blank) .& (next .== blank)
          let leads: SIMDMask<SIMD16<Int8>> = (v .== c2) .| (v .== e2)
          let flagged: SIMDMask<SIMD16<Int8>> = (v .< controls) .| leads .| doubled
          let first = flagged.firstLane
          if first == 16, base[end &+ 15] != 0x20 {
            end &+= 16
            continue
          }
          // Otherwise the bytes before the one ahead of the first flagged (or before the last,
          // a space) are taken as the byte loop below would take them: none is a control or
          // the lead of a wide space, and a space among them is followed by a byte that
          // starts no space, so it reads through them to that byte or one past it, and from
          // either it goes on alike. That byte and the next are read one by one.
          end &+= first == 16 ? 15 : Swift.max(first &- 1, 0)
        } else if end + 8 <= n, let base = utf8.baseAddress,
          Self.isPlain(UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self))
        {
          end += 8
          continue
        }
        let b = utf8[end]
        if b > 0x20 && b != 0xC2 && b != 0xE2 || Self.spaceLength(utf8, at: end) == 0 {
          end += 1
        } else if b == 0x20, end + 1 < n, Self.spaceLength(utf8, at: end + 1) == 0 {
          end += 2
        } else {
          break
        }
      }
      if pendingBreak {
        if !bytes.isEmpty {
          bytes.append(0x0A)
          bytes.append(0x0A)
        }
        pendingBreak = false
      } else if pendingSpace && !bytes.isEmpty {
        bytes.append(0x20)
      }
      pendingSpace = false
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<end]))
      i = end
    }
  }

  /// Whether the loop above would take all eight bytes of `word` (read from memory in order,
  /// little-endian) into a run: none is below 0x20 or leads a wide space (0xC2, 0xE2), and each
  /// ASCII space is followed, inside the word, by a byte that is not one. Tested eight at a
  /// time: byte by byte this was most of collapsing a page's text.
  static func isPlain(_ word: UInt64) -> Bool {
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    /// 0x80 in exactly the bytes of `x` that are zero (no carry crosses bytes).
    func zeros(_ x: UInt64) -> UInt64 { ~(((x & lows) &+ lows) | x | lows) }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let control = zeros(word & (ones &* 0xE0))
    let leads = zeros(word ^ (ones &* 0xC2)) | zeros(word ^ (ones &* 0xE2))
    let spaces = zeros(word ^ (ones &* 0x20))
    let spaceBeforeSpace = spaces & (spaces >> 8)
    let spaceLast = spaces & (0x80 << 56)
    return control | leads | spaceBeforeSpace | spaceLast == 0
  }

  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    pendingSpace = false
    pendingBreak = false
  }

  /// Ends the paragraph: space pending at its end is dropped, and text after it starts a new
  /// paragraph.
  mutating func breakParagraph() {
    pendingSpace = false
    pendingBreak = true
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
